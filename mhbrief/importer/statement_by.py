"""Whose statement a text is, from a line "Statement by …" / "Verklaring van …" at its top."""

from __future__ import annotations

import re

from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.speakers import Person, parse_person, plausible_name

#: "Statement by UNICEF Executive Director Jane Roe" above the text: whose statement it is.
STATEMENT_BY = re.compile(
    r"^(?:(?:joint\s+)?(?:statement|remarks|message|speech|op-ed)\s+(?:by|of|from)|"
    r"(?:verklaring|toespraak|reactie|speech)\s+van)\s+(?P<who>[^!?;:“”„\"‘’]{3,120})$",
    re.IGNORECASE,
)
#: How many paragraphs at the top such a line is looked for in.
STATEMENT_LINES = 4


def statement_by(paragraphs: list[Paragraph]) -> Person | None:
    """The person of a line "Statement by …" / "Verklaring van …" at the top, with a
    name of two words or more."""
    for paragraph in paragraphs[:STATEMENT_LINES]:
        for line in filter(None, (paragraph.context, paragraph.text)):
            match = STATEMENT_BY.match(line.strip())
            if match is None:
                continue
            person = parse_person(match["who"])
            if person.name and len(person.name.split()) >= 2 and plausible_name(person.name):
                return person
    return None
