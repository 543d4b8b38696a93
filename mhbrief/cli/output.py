"""Output for people: how matches are marked, the line that says what a result is, and
long lines wrapped to the terminal.

Matches are bold on a terminal and plain when piped (text is copied and pasted: markers
would end up inside quoted words) or when ``NO_COLOR`` is set.

On a terminal, long lines are wrapped at its width (:class:`Lines`), broken only at
spaces, so a word, a date or an id is never cut in two, and continuation lines are
indented under the line's own text. Piped, every line is written whole, exactly as
before: scripts read them, and a citation pasted from a pipe holds no line breaks.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from enum import Enum
from typing import TextIO

from mhbrief.citation import MONTHS
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


# --- wrapping ------------------------------------------------------------------------

#: Our own styles (bold, dim, the source view's mark): no width. Briefing text holds no
#: escape sequences (sanitised at load), so these are the only ones a line can carry.
_SGR = re.compile(r"\x1b\[[0-9;]*m")
#: A date as citations write it (``13 november 2018``, ``(13 November 2018)``): one word.
_MONTH_NAMES = "|".join(sorted({month for names in MONTHS.values() for month in names}))
_DATE = rf"[^ \d]*\d{{1,2}} (?:{_MONTH_NAMES}) \d{{4}}[^ ]*"
#: Runs of plain spaces and what stands between them, a date whole. Only a plain space is
#: a break: a no-break space keeps its words together, as it is meant to.
_PIECES = re.compile(rf"{_DATE}|[^ ]+| +", re.IGNORECASE)
#: A separator standing alone stays at the end of the line, with the word before it.
_GLUED = frozenset("·—–-|")
#: Narrower than this, wrapping helps nobody: lines are broken as if it were this wide.
MIN_WIDTH = 20


def terminal_width(out: TextIO) -> int | None:
    """The width to wrap ``out`` at: its terminal's, or ``None`` when piped (never wrapped)."""
    if not out.isatty():
        return None
    return max(shutil.get_terminal_size().columns, MIN_WIDTH)


def cells(text: str) -> int:
    """The columns ``text`` takes on a terminal: our styles none, wide characters two."""
    text = _SGR.sub("", text)
    if text.isascii():
        return len(text)
    return sum(_cell(char) for char in text)


def _cell(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _words(text: str) -> list[tuple[str, str]]:
    """``(spaces before, word)`` pairs; a lone separator (``·``) joined to the word before."""
    words: list[tuple[str, str]] = []
    gap = ""
    for piece in _PIECES.findall(text):
        if piece.startswith(" "):
            gap = piece
        elif words and _SGR.sub("", piece) in _GLUED:
            before, word = words[-1]
            words[-1] = (before, word + gap + piece)
            gap = ""
        else:
            words.append((gap, piece))
            gap = ""
    return words


def _style_after(word: str, active: str) -> str:
    """The style in force after ``word``: its last reset ends what came before."""
    for code in _SGR.findall(word):
        active = "" if code in (RESET, "\x1b[m") else active + code
    return active


def wrap(line: str, width: int, hang: int = 0) -> list[str]:
    """``line`` (one line, no newline) as lines of at most ``width`` columns, broken at
    spaces only: a word longer than the width keeps a line of its own, uncut. A
    continuation line is indented as ``line`` is, plus ``hang``; a style open at a break
    is closed there and opened again after the indent (no underlined indents)."""
    if cells(line) <= width:
        return [line]
    lead = len(line) - len(line.lstrip(" "))
    pad = " " * min(lead + hang, width // 2)
    lines: list[str] = []
    current, used, empty, active = line[:lead], lead, True, ""
    for gap, word in _words(line[lead:]):
        size = cells(word)
        if not empty and used + len(gap) + size > width:
            lines.append(current + (RESET if active else ""))
            current, used, empty = pad + active, len(pad), True
        if not empty:
            current, used = current + gap, used + len(gap)
        current, used, empty = current + word, used + size, False
        active = _style_after(word, active)
    lines.append(current)
    return lines


class Lines:
    """Lines for people on ``out``: wrapped at the terminal's width, whole when piped."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.width = terminal_width(out)

    def line(self, text: str = "", hang: int = 0) -> None:
        """Write ``text`` and a newline; each of its lines wrapped on a terminal, its
        continuation lines indented as it is plus ``hang``."""
        if self.width is not None:
            text = "\n".join("\n".join(wrap(part, self.width, hang)) for part in text.split("\n"))
        self.out.write(text + "\n")
