"""A reposted article's source note at the end of a paragraph: the outlet it came from
and its date ("… tot een veroordeling. Trouw 12-03-15"). The note is no part of the
text; its date is the article's."""

from __future__ import annotations

import re
from datetime import date

from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.outlets import is_outlet

#: An outlet's name and a numeric date after a paragraph's last sentence.
_NOTE = re.compile(
    r"(?<=[.!?”’\"])\s+(?P<note>(?P<outlet>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}?)"
    r"\s*[,|–-]?\s*(?P<date>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})))\s*$"
)


def split_source_note(line: str) -> tuple[str, str, date] | None:
    """``(text, note, date)`` for a paragraph ending in an outlet's name and a date,
    else ``None``."""
    match = _NOTE.search(line)
    if match is None or not is_outlet(match["outlet"]):
        return None
    when = parse_date_line(match["date"])
    if when is None:
        return None
    return line[: match.start()].rstrip(), match["note"], when
