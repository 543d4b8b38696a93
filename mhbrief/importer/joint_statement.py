"""Two people who speak as one, after a role in the plural: "said Special Rapporteurs
Ann Roe and Joy Lee", "aldus onderzoekers Piet Bos en Els Smit". The speaker is both
names as the text joins them, the role the plural one; a role in the singular before two
names ("said director Ann Roe and Joy Lee") is not read: whose role it is is unsure."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from mhbrief.importer.roles import is_role_word

if TYPE_CHECKING:
    from mhbrief.importer.speakers import Person

_JOINT = re.compile(
    r"^(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*s)\s+"
    r"(?P<first>[A-Z][^,;:]*?)\s+(?P<joint>and|en|&)\s+(?P<second>[A-Z][^,;:]*)$"
)


def _singular(word: str) -> str:
    for plural, singular in (("ies", "y"), ("s", "")):
        if word.endswith(plural):
            return word[: -len(plural)] + singular
    return word


def joint_speakers(text: str, parse: Callable[[str], Person]) -> Person | None:
    """The two people and their plural role, each name read whole by ``parse``."""
    joint = _JOINT.match(text)
    if joint is None:
        return None
    role = joint["role"]
    if not is_role_word(_singular(role.split()[-1])) or is_role_word(role.split()[-1]):
        return None  # "Rapporteurs", "onderzoekers": a plural of a role word
    first, second = parse(joint["first"]), parse(joint["second"])
    if not first.name or not second.name or first.role or second.role:
        return None
    if first.name != joint["first"] or second.name != joint["second"]:
        return None
    return type(first)(f"{first.name} {joint['joint']} {second.name}", role)


def plural_role_alone(role: str) -> bool:
    """ "Special Rapporteurs", "onderzoekers": a role in the plural, with no body's name."""
    words = role.split()
    return (
        0 < len(words) <= 3
        and is_role_word(_singular(words[-1]))
        and not is_role_word(words[-1])
        and not any(w.lower() in ("of", "van", "at", "bij", "for", "voor") for w in words)
    )
