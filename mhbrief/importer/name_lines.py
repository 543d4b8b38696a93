"""Lines that are only a name: "Jane Roe, director of X" under a quote, "• Jane Roe (NGO
Y)" above one, and such a line with the role run into the surname ("Jane RoeCounty
Sheriff", its line break lost in the copy)."""

from __future__ import annotations

import re

from mhbrief.importer.carryover import People
from mhbrief.importer.roles import is_role_word
from mhbrief.importer.speakers import Person, parse_person, plausible_name

#: A line that is only a name, with an apposition perhaps: "Jane Roe, director of X".
_SIGNATURE = re.compile(
    r"^[—–-]?\s*(?:(?:[A-Z][\w.'’-]*|van|de|der|den|ter|te|von|da|du|le|la|el|al)\s+){1,5}"
    r"[A-Z][\w'’-]+(?:\s*,\s*[^.!?;“”„\"]{2,80})?\.?$"
)
#: A bullet line: "• Jane Roe (NGO Y)".
_BULLET_NAME = re.compile(r"^\s*[•·▪*–-]\s+(?P<line>[^•\n]{3,100})$")


#: A surname run into the role after it, the line break lost: "Jane RoeCounty Sheriff".
_GLUED = re.compile(
    r"^(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]{3,})(?P<role>[A-Z][\w’'-]*(?:\s+\S+){0,6})$"
)


def _unglued(line: str) -> str:
    """A name line with the role run into the surname, split again with a comma when what
    follows the name holds a role word ("Jane Roe, County Sheriff")."""
    glued = _GLUED.match(line.strip())
    if glued is None or not any(is_role_word(word) for word in glued["role"].split()):
        return line
    return f"{glued['name']}, {glued['role']}"


def name_line(line: str, people: People) -> Person | None:
    """The person a line that is only a name (and an apposition) names, with a first name
    and a surname."""
    line = _unglued(line)
    if not _SIGNATURE.match(line):
        return None
    return _full_name(parse_person(line.rstrip(".")), people)


def bullet_name(line: str, people: People) -> Person | None:
    """The person a bullet line that is only a name names: "• Jane Roe (NGO Y)"."""
    match = _BULLET_NAME.match(line)
    if match is None or not _SIGNATURE.match(re.sub(r"\s*\([^()]*\)$", "", match["line"])):
        return None
    return _full_name(parse_person(match["line"]), people)


def _full_name(person: Person, people: People) -> Person | None:
    if (
        person.name
        and len(person.name.split()) >= 2
        and plausible_name(person.name)
        and people.looks_like_a_name(person.name)
    ):
        return person
    return None
