"""Bylines: who wrote a page, on a line of its own ("Door Jan Smit", "Author: X")."""

from __future__ import annotations

import re

#: "Author: International Justice Mission": who wrote the page, on a line of its own.
AUTHOR_LINE = re.compile(
    r"^(?i:author|auteur|published by|uitgegeven door)\s*:\s*(?P<who>[^.!?:]{3,80})$"
)

#: A person's name alone: "Evgenia Filimianova", "Jan de Vries".
BARE_NAME = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|ter|von|da)){0,2}(?:\s+[A-Z][\w'’-]+){1,2}$"
)

#: "Door Jan Smit", "By Ann Lee, Staff Writer".
BYLINE = re.compile(
    r"^(?i:door|by)\s+(?:(?:onze?|our)\s+(?:\w+\s+)?(?:redacteur|redactrice|verslaggever|"
    r"verslaggeefster|correspondent|reporter)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)*[A-Z][\w'’-]+){0,3}"
    # "By Ann Lee, SC ’19, Staff Writer", "Door Jan Smit, verslaggever"
    r"(?:\s*,\s*[^,.!?:;“”„\"]{1,30}){0,3}"
    # "by Ann Lee | Harbour News Agency": the outlet after a separator
    r"(?:\s*[|·•]\s*[^|·•.!?:;“”„\"]{1,50})?$"
)


#: A name with a separator after it, the rest of the page's meta bar (the date) lost:
#: "Mr. Jan Smit |", "By Ann Lee ·".
_NAME_AND_SEPARATOR = re.compile(
    r"^(?:(?i:by|door)\s+)?(?:(?i:mr|mrs|ms|dr|dhr|mevr)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:van|de|der|den|ter|von|da)){0,2}(?:\s+[A-Z][\w'’-]+){1,2}\s*[|·•]$"
)


#: A name, then the outlet it writes for: "Ann Lee - The Harbour Star", "Jan Smit | Dagblad
#: van het Oosten". The outlet opens with "The" or has a newspaper's word in it.
_NAME_AND_OUTLET = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|ter|von|da)){0,2}(?:\s+[A-Z][\w'’.-]+){1,3}"
    r"\s+[-–|]\s+(?P<outlet>[A-Z][\w&'’.-]*"
    r"(?:\s+(?:(?:van|het|de|of|the|and|en)\s+){0,2}[A-Z][\w&'’.-]*){0,4})$"
)
_PAPER_WORD = re.compile(
    r"(?i)\b(?:star|times|post|news|nieuws|herald|tribune|journal|gazette|chronicle|"
    r"standard|express|inquirer|mail|daily|courier|courant|dagblad|krant|observer)\b"
)


def _name_and_outlet(line: str) -> bool:
    match = _NAME_AND_OUTLET.match(line) if len(line) <= 120 else None
    return match is not None and _PAPER_WORD.search(match["outlet"]) is not None


def is_byline(line: str) -> bool:
    """ "Door Jan Smit", a name with the meta bar's separator after it ("Jan Smit |"), or a
    name printed twice (an author's picture's alt text, then the name: "Jan Smit Jan Smit")."""
    if BYLINE.match(line) or _NAME_AND_SEPARATOR.match(line) or _name_and_outlet(line):
        return True
    words = line.split()
    half = len(words) // 2
    return (
        len(words) in (4, 6)
        and words[:half] == words[half:]
        and BARE_NAME.match(" ".join(words[:half])) is not None
    )


#: How many lines with text above an author's name under the lead it may have.
_LEAD_LINES = 6
_QUOTE_OPENS = ("“", "‘", '"', "'", "„", "«", ",,")
_CREDIT_WORDS = frozenset(["foto", "beeld", "tekst", "photo", "image", "picture", "text", "video"])


def author_under_lead(lines: list[str], number: int) -> bool:
    """A name alone under the lead paragraph near the top ("Ann Lee" between blank lines
    under the standfirst) that the text never names again: its author, not a person in
    it. A name over a quotation says who speaks and stays."""
    line = lines[number]
    if BARE_NAME.match(line) is None or not 0 < number < len(lines) - 1:
        return False
    if lines[number - 1] or lines[number + 1]:
        return False
    above = [text for text in lines[:number] if text]
    below = next((text for text in lines[number + 1 :] if text), "")
    if not above or len(above) > _LEAD_LINES or not below or below.startswith(_QUOTE_OPENS):
        return False
    if line.split()[0].lower() in _CREDIT_WORDS:
        return False  # "Foto ANP", "Beeld Piet Bos": a picture's credit
    lead = above[-1]
    if len(lead.split()) < 15 or not lead.rstrip("”’\"'").endswith((".", "!", "?")):
        return False
    surname = line.split()[-1]
    return sum(text.count(surname) for text in lines if text) == 1


def first_author(lines: list[str]) -> str | None:
    """Who the first "Author: X" line among ``lines`` names, or None."""
    authors = (m["who"] for line in lines if (m := AUTHOR_LINE.match(line or "")))
    return next(authors, None)
