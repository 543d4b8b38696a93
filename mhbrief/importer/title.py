"""Cleaning: the headline, the date and site furniture taken out of the text's lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mhbrief.importer.boilerplate import is_boilerplate
from mhbrief.importer.dateline import parse_date_line, split_dateline
from mhbrief.importer.words import fold_text


@dataclass
class Cleaned:
    """What cleaning found, and the lines left for the body (``None``: blank or taken)."""

    title: str | None = None
    published: date | None = None
    lines: list[str | None] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def is_headline(line: str) -> bool:
    """Short enough, and not a long sentence: the text starts with its headline."""
    return len(line) <= 150 and not (line.endswith(".") and len(line.split()) > 12)


def clean(lines: list[str]) -> Cleaned:
    """Take the headline, the first date and boilerplate lines out of ``lines``."""
    cleaned = Cleaned()
    for line in lines:
        cleaned.lines.append(_body_line(line, cleaned))
    return cleaned


def _body_line(line: str, cleaned: Cleaned) -> str | None:
    """``line`` as the body keeps it, or ``None`` when cleaning took it."""
    if not line:
        return None
    if is_boilerplate(line):
        cleaned.dropped.append(line)
        return None
    when = parse_date_line(line)
    if when is not None and cleaned.published is None:
        cleaned.published = when
        return None
    opening = split_dateline(line) if cleaned.published is None else None
    if opening is not None:
        cleaned.published, line = opening
        cleaned.notes.append(f"date taken from the dateline: {cleaned.published.isoformat()}")
    if cleaned.title is None and when is None:
        if is_headline(line):
            cleaned.title = line.rstrip(".")
            return None
        cleaned.title = ""  # the text starts with a paragraph: no headline
    if cleaned.title and fold_text(line.rstrip(".")) == fold_text(cleaned.title):
        return None  # the headline repeated below the date
    return line
