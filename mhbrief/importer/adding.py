"""A quote introduced by "adding" after a verb of saying: "…, he said, adding: “…”",
"Jane Roe said, adding that “…”". Whoever "said" is the one who adds the quoted words:
the subject of the verb, a name, a role or a pronoun (the person named last).
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import SAY
from mhbrief.importer.speakers import Person, parse_person

#: The verb's subject (a few words after the clause's start), the verb of saying, then
#: "adding" (", adding:", " and added that") right before the quote.
_SAID_ADDING = re.compile(
    rf"(?:^|[,.;:]\s+)(?P<who>[^,.;:!?“”„\"‘’]{{1,60}}?)\s+(?:{SAY})"
    r"(?P<tail>,?\s+(?:adding|and\s+added)(?:\s+that)?\s*[,:]?)\s*$",
    re.IGNORECASE,
)
#: How much of the end of the text before a quote is read for the clause.
_REACH = 160


def said_adding(before: str) -> tuple[Person, str] | None:
    """The person of "…, he said, adding: " ending ``before``, and the text to keep (the
    clause without "adding"); ``None`` when it does not end so or names nobody."""
    start = max(0, len(before) - _REACH)
    match = _SAID_ADDING.search(before, start)
    if match is None:
        return None
    person = parse_person(match["who"])
    if not (person.name or person.back or person.role) or person.unnamed:
        return None
    return person, before[: match.start("tail")]
