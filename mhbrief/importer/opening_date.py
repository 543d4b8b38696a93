"""The date a release gives in its first sentence: "Today (22.06.2023) the council …"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from mhbrief.importer.dateline import parse_date_line

#: "Today (22.06.2023)", "Vandaag (3 mei 2024)": the day the release speaks of as its own,
#: with the date in brackets straight after it.
_TODAY_DATE = re.compile(
    r"^(?:(?:today|vandaag|this morning|vanochtend|vanmorgen),?\s*)\((?P<date>[^()\n]{6,30})\)",
    re.IGNORECASE,
)
#: How many paragraphs from the top the release's first sentence may be.
_OPENING = 3


class _Text(Protocol):
    @property
    def text(self) -> str: ...


def today_in_opening(body: Sequence[_Text]) -> date | None:
    """The bracketed date after "Today" opening one of the first paragraphs, else ``None``."""
    for paragraph in body[:_OPENING]:
        match = _TODAY_DATE.match(paragraph.text.strip())
        if match:
            return parse_date_line(match["date"])
    return None
