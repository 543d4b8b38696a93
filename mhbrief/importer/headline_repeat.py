"""A headline printed again further down the page, after a strip of labels.

A release's page shows its headline, then a strip of short labels (the body, the
meeting, the kind of coverage: "Sixty-first Assembly", "Plenary Meeting", "AM & PM
Meetings"), then the headline again, often broken over two or three lines. The repeat
and the labels between are the page's furniture, not the story.
"""

from __future__ import annotations

import re

from mhbrief.importer.boilerplate import is_boilerplate
from mhbrief.importer.words import fold_text

#: Lines from the top where the headline and its repeat are looked for.
_REACH = 16
#: A label of the strip: a few words, no sentence's end, no quote, no number (a date).
_LABEL = re.compile(r"^[^\d.!?:;“”„\"«»]{2,60}$")
_LABEL_WORDS = 6


def _fold(text: str) -> str:
    return " ".join(fold_text(text).strip(" .").split())


def headline_repeated(lines: list[str]) -> set[int]:
    """The lines of the headline's repeat below a strip of labels, and those labels;
    empty when the lines between are not all short labels or the page's boilerplate."""
    content = [i for i, line in enumerate(lines[:300]) if line and line.strip()][:_REACH]
    if len(content) < 3:
        return set()
    top = content[0]
    headline = _fold(lines[top])
    if len(headline.split()) < 5:
        return set()
    for n, at in enumerate(content[2:], start=2):
        repeat = _repeat_at(lines, at, headline)
        if not repeat:
            continue
        between = content[1:n]
        if all(_label(lines[i]) for i in between):
            return set(between) | repeat
        return set()
    return set()


def _repeat_at(lines: list[str], at: int, headline: str) -> set[int]:
    """The lines from ``at`` on, with no blank line between, that together are
    ``headline`` (one line, or the headline broken over up to three)."""
    joined = ""
    for end in range(at, min(at + 3, len(lines))):
        line = lines[end]
        if not line or not line.strip():
            return set()
        joined = f"{joined} {line}" if joined else line
        folded = _fold(joined)
        if folded == headline:
            return set(range(at, end + 1))
        if not headline.startswith(folded):
            return set()
    return set()


def _label(line: str) -> bool:
    stripped = line.strip()
    if is_boilerplate(stripped):
        return True
    return len(stripped.split()) <= _LABEL_WORDS and _LABEL.match(stripped) is not None
