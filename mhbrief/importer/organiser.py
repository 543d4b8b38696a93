"""The body that organised what the text reports, as its organisation when nothing else
names one: "De bijeenkomst was een initiatief van de Harbour Raad (HR)", "the summit,
organised by the Sea Work Alliance", "georganiseerd door Stichting Havenhulp".

A report of a meeting, a campaign or a day of action says whose it was; when no quoted
person and no speaking body gives the text's organisation, that organiser is the one the
text reports for. Only a name shaped as a body counts (letters in brackets after it, a
word of an organisation's kind, or a capitalised name of two words or more that is not a
person's); two different organisers give none. The text is read in a bounded window.
"""

from __future__ import annotations

import itertools
import re

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word

#: How much of the text is read, and how many organisers.
_REACH = 20_000
_FOUND = 10

_WORD = r"[A-Z][\w&'’-]*"
_JOIN = r"(?:of|for|and|against|on|van|voor|tegen|en|der)"
_NAME = rf"(?P<name>{_WORD}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)?{_WORD}){{0,5}})"
_ORGANISED = re.compile(
    r"\b(?:(?:een|an?)[^\S\n]+initiatief[^\S\n]+van|(?:was|is)[^\S\n]+an[^\S\n]+initiative"
    r"[^\S\n]+of|organi[sz]ed[^\S\n]+by|hosted[^\S\n]+by|georganiseerd[^\S\n]+door|"
    r"op[^\S\n]+initiatief[^\S\n]+van)[^\S\n]+(?:(?:de|het|the)[^\S\n]+)?"
    rf"{_NAME}(?:[^\S\n]+\((?P<short>[A-Z][A-Za-z&]{{1,9}})\))?"
)


def organiser(text: str) -> str | None:
    """The one body the text says organised what it reports."""
    found = set()
    for match in itertools.islice(_ORGANISED.finditer(text[:_REACH]), _FOUND):
        name, words = match["name"], match["name"].split()
        if is_outlet(name):
            continue
        if match["short"] or any(is_org_word(w) for w in words) or len(words) >= 3:
            found.add(name)
    return found.pop() if len(found) == 1 else None
