"""Where each text entry of a TOML array stands, for problems about one entry.

``themes = ["digitaal", "finaciering"]``: an unknown theme is reported at its own
line and column, so an editor opened there lands on it. Only arrays of plain
strings are read; anything else ends the scan (the key's own place is used then).
Each call is linear in the array's text.
"""

from __future__ import annotations

import bisect
import re

Position = tuple[int, int]

#: Entries placed per list; later ones are reported at their item's header. Real
#: lists hold a handful; this keeps a hostile 200,000-entry list cheap.
MAX_PLACED = 256

_LINE_END = re.compile("\n")


class ArrayEntries:
    """Finds the entries of arrays in one document's text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _LINE_END.finditer(self.text)]
        return self._starts

    def offset(self, at: Position) -> int:
        line, column = at
        return self.starts[line - 1] + column - 1

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def entries(self, key_at: Position) -> dict[str, Position]:
        """``{value: (line, column)}`` of the strings in the array whose key is at ``key_at``
        (the first place of a value listed twice)."""
        text, n = self.text, len(self.text)
        if not 1 <= key_at[0] <= len(self.starts):
            return {}
        i = text.find("=", self.offset(key_at))
        found: dict[str, Position] = {}
        if i < 0:
            return found
        i = _skip(text, i + 1)
        if i >= n or text[i] != "[":
            return found
        i += 1
        while len(found) < MAX_PLACED:
            i = _skip(text, i)
            if i >= n or text[i] not in "\"'" or text.startswith(text[i] * 3, i):
                return found  # "]", the end, or something this scan does not read
            quote, start = text[i], i
            i += 1
            while i < n and text[i] not in (quote, "\n"):
                i += 2 if quote == '"' and text[i] == "\\" else 1
            if i >= n or text[i] != quote:
                return found
            found.setdefault(text[start + 1 : i], self.position(start))
            i += 1
        return found


def _skip(text: str, i: int) -> int:
    """Past blanks, line ends, commas and comments."""
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n,":
            i += 1
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        else:
            return i
    return i
