"""The notes on a quote's speaker agree with the draft: a note that the speaker was carried
over or taken from a sentence is dropped when the speaker stayed TODO (nothing was carried:
the quote before had no one either), and "no speaker found" is dropped when a later rule
did find one. Only the true note is kept."""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER

#: A note that says a speaker was given: "speaker carried over …", "speaker taken from …".
_GIVEN = re.compile(r"^(?P<id>quote-\d+): speaker (?:carried over|taken from)\b")
_NONE_FOUND = re.compile(r"^(?P<id>quote-\d+): no speaker found\b")


def agreeing_notes(notes: list[str], quotes: list[dict[str, Any]]) -> list[str]:
    """``notes`` without the ones the quotes' speakers contradict."""
    empty = {q["id"] for q in quotes if q.get("speaker", PLACEHOLDER_SPEAKER).startswith("TODO")}
    kept = []
    for note in notes:
        if (given := _GIVEN.match(note)) and given["id"] in empty:
            continue
        if (none := _NONE_FOUND.match(note)) and none["id"] not in empty:
            continue
        kept.append(note)
    return kept
