"""Quotes of people who speak for another organisation than the draft's.

A statement quotes a professor of a university, a news article the police beside the
organisation it is about. Each such quote gets its own ``organisation`` (read from its
role the way the draft's organisation is read from the quoted people's roles), so that
its citation names the speaker's organisation and never the publisher's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mhbrief.importer.bracketed import whom_for
from mhbrief.importer.organisation import (
    Named,
    government_of_role,
    named_organisations,
    org_of_role,
)
from mhbrief.importer.roles import is_role_word
from mhbrief.importer.words import fold_text


def own_organisations(
    quotes: list[dict[str, Any]],
    organisation: str | None,
    short: str | None,
    text: str,
    notes: list[str],
) -> None:
    """Give each quote whose role names an organisation other than the draft's that
    organisation; each is noted, to be checked with the rest."""
    roles = [quote.get("role") for quote in quotes]
    if not any(roles):
        return
    named = named_organisations(text)
    same = _same_as(organisation, short, named)
    for quote, role in zip(quotes, roles, strict=True):
        if not role or quote.get("organisation") or FORMER.search(role):
            continue  # "former Chief Constable at X": no longer speaks for X
        found = org_of_role(role, named) or _bracketed(role) or government_of_role(role)
        if not found or same(found):
            continue
        # Right after the role, as a person writing the file would put it.
        entries = list(quote.items())
        at = next(n for n, (key, _) in enumerate(entries) if key == "role") + 1
        quote.clear()
        quote.update([*entries[:at], ("organisation", found), *entries[at:]])
        notes.append(
            f"{quote['id']}: organisation '{found}' read from the role ('{role}'): the "
            "speaker is not from the briefing's organisation; check it"
        )


def _bracketed(role: str) -> str | None:
    """ "hoogleraar jeugdrecht (Universiteit Utrecht)": an organisation in brackets at
    the role's end, as a name's bracket is read into it (:mod:`.bracketed`)."""
    match = _LAST_BRACKET.search(role)
    if match is None or not whom_for(match["inner"]) or is_role_word(match["inner"].split()[0]):
        return None
    return match["inner"].strip()


#: A role someone held before: they no longer speak for its organisation.
FORMER = re.compile(r"(?i)\b(?:former|formerly|ex-|voormalig|voormalige|oud-|gewezen)")
#: Brackets closing a role.
_LAST_BRACKET = re.compile(r"\((?P<inner>[^()]+)\)\s*$")


def _same_as(
    organisation: str | None, short: str | None, named: list[Named]
) -> Callable[[str], bool]:
    """Whether a name found in a role is the draft's organisation: the same name, its
    short form, a part of it or it a part ("Kinderwacht" of "Stichting Kinderwacht", a
    "sheriff" of "X County Sheriff's Office")."""
    if not organisation:
        return lambda found: False
    own = _unpossessed(organisation)
    given = (short, *(n.short for n in named if n.name == organisation))
    shorts = {fold_text(s) for s in given if s}

    def same(found: str) -> bool:
        name = _unpossessed(found)
        if name in shorts or _words_in(name, own) or _words_in(own, name):
            return True
        # "OM" and "Openbaar Ministerie": a short form of the other's initials
        return _initials(found) == organisation or _initials(organisation) == found

    return same


def _unpossessed(name: str) -> str:
    """``name`` folded, a possessive's "'s" left out: "sheriff's office" holds "sheriff"."""
    return _POSSESSIVE.sub("", fold_text(name))


_POSSESSIVE = re.compile(r"['’]s\b")


def _words_in(part: str, whole: str) -> bool:
    """Whether ``part``'s words stand in ``whole`` in order, whole words only: "kinderwacht"
    in "stichting kinderwacht", never "ind" in "kinderwacht"."""
    return f" {' '.join(part.split())} " in f" {' '.join(whole.split())} "


def _initials(name: str) -> str:
    """ "Openbaar Ministerie" → "OM": the capitals its words start with."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())
