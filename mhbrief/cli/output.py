"""Output for people: how matches are marked, and the line that says what a result is.

Matches are bold on a terminal and plain when piped (text is copied and pasted: markers
would end up inside quoted words) or when ``NO_COLOR`` is set.
"""

from __future__ import annotations

import os
from enum import Enum
from typing import TextIO

from mhbrief.results import Hit

BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


class Style(Enum):
    """How matched words are shown: bold on a terminal, as they are otherwise."""

    BOLD = "bold"
    PLAIN = "plain"


def style_for(out: TextIO) -> Style:
    # Piped text is copied and pasted: markers would end up inside quoted words.
    if not out.isatty() or os.environ.get("NO_COLOR"):
        return Style.PLAIN
    return Style.BOLD


def byline(hit: Hit) -> str:
    who = hit.speaker or ""
    if who and hit.role:
        who += f" ({hit.role})"
    parts = [hit.kind.value]
    if hit.stance:
        parts.append(hit.stance.value)
    parts += [p for p in (who, hit.organisation) if p]
    if hit.date:
        parts.append(hit.date.isoformat())
    if hit.from_problem_file:
        parts.append("from a file with problems")
    if hit.draft:
        parts.append("[draft]")
    return " · ".join(parts)
