"""An organisation's bare name joined to a role without "van"/"of".

"A Free for Good Spokesperson": a name of capitalised words (with its small words,
"for", "a", "van") before a role word in Title Case is the organisation whole; it is never
split at its "for" into a role ("Free") and an organisation ("Good Spokesperson").
"directeur en medeoprichter Free a Girl", "ambassadeur Free a Girl": role words, then a
name with no preposition before it. Either is only a candidate; the caller checks that the
text writes it again (:func:`orgnames.looks_like_an_organisation`).
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_org_word, is_role_word

#: The small words inside an organisation's name: "Free for Good", "Free a Girl",
#: "Defence for Children", "Huis van de Hoop".
_SMALL = r"(?:a|an|een|for|of|the|and|van|voor|tegen|de|het|der|en|in)"
_CAPITAL = r"[A-Z][\w'’&-]*"
_NAME = rf"{_CAPITAL}(?:\s+(?:{_CAPITAL}|{_SMALL})){{1,5}}"
#: "Free for Good Spokesperson", "Save the Children Director".
#: The role is one capitalised word of its own ("Stichting X-woordvoerder" is a prefixed role).
_NAME_THEN_ROLE = re.compile(rf"^(?P<org>{_NAME})\s+(?P<role>[A-Z]\w*)$")
#: "directeur en medeoprichter Free a Girl", "ambassadeur Free a Girl".
_ROLES_THEN_NAME = re.compile(
    rf"^(?P<roles>[a-z][\w-]*(?:(?:\s+(?:en|and|&)|,)?\s+[a-z][\w-]*){{0,3}})\s+(?P<org>{_NAME})$"
)
_JOINING = frozenset(["en", "and", "&"])


def _a_name(org: str) -> bool:
    """Capitalised words (two at least, the last one too), none a role's."""
    words = org.split()
    capitals = [w for w in words if w[:1].isupper()]
    return (
        len(capitals) >= 2
        and words[-1][:1].isupper()
        and not any(is_role_word(w) for w in capitals)
    )


def name_before_role(role: str) -> str | None:
    """``Free for Good`` of ``Free for Good Spokesperson``: a name before its role word."""
    match = _NAME_THEN_ROLE.match(role.strip())
    if match is None or not is_role_word(match["role"]):
        return None
    return match["org"] if _a_name(match["org"]) else None


def name_after_roles(role: str) -> str | None:
    """``Free a Girl`` of ``directeur en medeoprichter Free a Girl``: role words, then a
    name with no preposition before it."""
    match = _ROLES_THEN_NAME.match(role.strip())
    if match is None:
        return None
    words = match["roles"].replace(",", " ").split()
    if not all(is_role_word(w) or w in _JOINING for w in words) or not is_role_word(words[-1]):
        return None
    org = match["org"]
    # a small word inside ("Free a Girl") or a word of its kind: two capitalised words
    # alone after a role are a person's name as often ("director Jane Roe")
    inside = any(w[:1].islower() or is_org_word(w) for w in org.split())
    return org if inside and _a_name(org) else None


def bare_name_in_role(role: str) -> str | None:
    """The organisation's name a role holds with no "van"/"of" before it, if any."""
    return name_before_role(role) or name_after_roles(role)


def ends_in_role(org: str) -> bool:
    """``Good Spokesperson``: a "name" that ends in a role word is no organisation's."""
    words = org.split()
    return len(words) > 1 and is_role_word(words[-1])
