"""Where a name ends before "van de"/"van het" and the body the person is of.

"Ron Dekker van de Zeeuwse politie" is Ron Dekker of the Zeeland police, never a person
called "Ron Dekker van de Zeeuwse": after a full name (two words at least), "van de",
"van het", "van der" followed by a capitalised adjective ("Zeeuwse", "Nederlandse",
"Haagsche") or by a word of an organisation's name ("Stichting", "Politie") opens the
organisation, and the name ends before it. "Anna van de Berg" stays one name (one word
before the particles), and so does "Jan Smit van de Berg" (no adjective, no body's word).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from mhbrief.importer.joint_statement import joint_speakers
from mhbrief.importer.roles import is_org_word

if TYPE_CHECKING:
    from mhbrief.importer.speakers import Person

#: The particle run that opens a body after a full name, and the capitalised word after it.
_OF_THE = re.compile(
    r"(?<=\S)[ \u00a0]+(?:van|of)[ \u00a0]+(?:de|het|der|the)[ \u00a0]+"
    r"(?P<word>[A-Z][\w'’-]*)"
)
#: A capitalised adjective of a place or a nation: "Nederlandse", "Zeeuwse", "Haagsche".
_ADJECTIVE = re.compile(r"[A-Z][a-zë]{2,}(?:se|sche)")


def name_end_before_body(name: str) -> int | None:
    """The length of the person's name in ``name`` when it runs on into a body's name
    ("Ron Dekker van de Zeeuwse" gives the length of "Ron Dekker"), else None."""
    for match in _OF_THE.finditer(name):
        if len(name[: match.start()].split()) < 2:
            continue
        word = match["word"]
        if _ADJECTIVE.fullmatch(word) or is_org_word(word):
            return match.start()
    if second := _SECOND_VAN.search(name):  # "Jan Van Dijk van Terre des Hommes"
        return second.start("cut")
    return None


#: A second "van" after a full name whose surname has its own particle: "Gideon van Dam
#: van Stichting X", "Jan Van Dijk van Terre des Hommes" is that person of that body.
_SECOND_VAN = re.compile(
    r"^(?:[A-Z][\w'’-]{1,30}[ \u00a0]+){1,2}(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en)"
    r"(?:[ \u00a0]+(?:de|der|den))?"
    r"[ \u00a0]+[A-Z][\w'’-]{1,30}(?P<cut>[ \u00a0]+van[ \u00a0]+)(?=[A-Z])"
)


def person_then_body(text: str, parse: Callable[[str], Person]) -> Person | None:
    """``Ron Dekker van de Zeeuwse politie``: the person (read by ``parse``) and, as the
    role, the body after the name, when the words before "van de" are a full name alone."""
    cut = name_end_before_body(text)
    if cut is None or _SECOND_VAN.search(text):  # "Jan van Dijk van Fier": left unsure
        return None
    head = parse(text[:cut])
    if not head.name or head.role or head.name != text[:cut].strip():
        return None
    body = re.sub(r"^\s*(?:van|of)\s+(?:de|het|der|the)\s+", "", text[cut:])
    return type(head)(head.name, body.strip() or None)


def person_in_other_forms(text: str, parse: Callable[[str], Person]) -> Person | None:
    """A person (or two speaking as one) in a form the main reading does not take: a
    name then its body ("X van de Zeeuwse politie"), two names after a plural role."""
    return person_then_body(text, parse) or joint_speakers(text, parse)
