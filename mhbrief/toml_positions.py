"""Where each key of a TOML document stands: ``tomllib`` keeps no positions.

:func:`scan` walks a document that ``tomllib`` has already accepted and maps
every key path (``("quotes", 2, "speaker")``) to the line and column of the
key, and every table header to its own line, so that semantic problems can
point at the place a person has to edit.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field

KeyPath = tuple[str | int, ...]
Position = tuple[int, int]

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class KeyPositions:
    """Key paths to ``(line, column)``, both 1-based."""

    positions: Mapping[KeyPath, Position] = field(default_factory=dict)

    def locate(self, path: KeyPath) -> Position | None:
        """The position of ``path``, or of its first header below it (``[theme.a]``
        defines ``theme`` without naming it alone), or of its nearest enclosing
        key or header."""
        found = self.positions.get(path)
        if found is not None:
            return found
        below = [pos for key, pos in self.positions.items() if key[: len(path)] == path]
        if below and path:
            return min(below)
        for end in range(len(path) - 1, 0, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                return found
        return None


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.positions: dict[KeyPath, Position] = {}
        self.table: KeyPath = ()
        self.array_counts: dict[KeyPath, int] = {}

    def where(self, offset: int) -> Position:
        # Binary search over line starts.
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - self.line_starts[lo] + 1

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def skip_blank(self, newlines: bool) -> None:
        text, n = self.text, len(self.text)
        while self.pos < n:
            ch = text[self.pos]
            if ch in " \t" or (newlines and ch in "\r\n"):
                self.pos += 1
            elif ch == "#":
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else (end + 1 if newlines else end)
            else:
                return

    def skip_line(self) -> None:
        end = self.text.find("\n", self.pos)
        self.pos = len(self.text) if end < 0 else end + 1

    def read_key(self) -> tuple[str, ...]:
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            ch = self.peek()
            if ch in "\"'":
                parts.append(self.read_string())
            else:
                match = _BARE.match(self.text, self.pos)
                if not match:
                    break
                parts.append(match.group())
                self.pos = match.end()
            self.skip_blank(newlines=False)
            if self.peek() != ".":
                break
            self.pos += 1
        return tuple(parts)

    def read_string(self) -> str:
        quote = self.peek()
        if self.peek(3) == quote * 3:
            start = self.pos + 3
            end = self.text.find(quote * 3, start)
            while quote == '"' and end > 0 and _escaped(self.text, end):
                end = self.text.find(quote * 3, end + 1)
            end = len(self.text) if end < 0 else end
            self.pos = end + 3
            while self.peek() == quote:  # up to two quotes may close the string
                self.pos += 1
            return self.text[start:end]
        start = self.pos + 1
        i = start
        while i < len(self.text) and self.text[i] not in (quote, "\n"):
            i += 2 if (quote == '"' and self.text[i] == "\\") else 1
        self.pos = i + 1
        raw = self.text[start:i]
        return _unescape(raw) if quote == '"' else raw

    def skip_value(self) -> None:
        self.skip_blank(newlines=False)
        ch = self.peek()
        if ch in "\"'":
            self.read_string()
        elif ch in "[{":
            self.skip_bracketed()
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in ",]}#\n":
                self.pos += 1

    def skip_bracketed(self) -> None:
        depth = 0
        while self.pos < len(self.text):
            ch = self.peek()
            if ch in "[{":
                depth += 1
                self.pos += 1
            elif ch in "]}":
                depth -= 1
                self.pos += 1
                if depth == 0:
                    return
            elif ch in "\"'":
                self.read_string()
            elif ch == "#":
                self.skip_blank(newlines=True)
            else:
                self.pos += 1

    def header_path(self, parts: tuple[str, ...]) -> KeyPath:
        """Insert array-of-tables indices: ``[quotes.x]`` after ``[[quotes]]``."""
        path: list[str | int] = []
        plain: list[str] = []
        for part in parts:
            plain.append(part)
            path.append(part)
            count = self.array_counts.get(tuple(plain))
            if count is not None:
                path.append(count - 1)
        return tuple(path)

    def run(self) -> None:
        text = self.text
        while self.pos < len(text):
            self.skip_blank(newlines=True)
            if self.pos >= len(text):
                break
            start = self.pos
            if self.peek(2) == "[[":
                self.pos += 2
                parts = self.read_key()
                parent = self.header_path(parts[:-1]) + parts[-1:]
                count = self.array_counts.get(parts, 0)
                self.array_counts[parts] = count + 1
                self.table = (*parent, count)
                self.positions[self.table] = self.where(start)
                self.positions.setdefault(parent, self.where(start))
                self.skip_line()
            elif self.peek() == "[":
                self.pos += 1
                self.table = self.header_path(self.read_key())
                self.positions[self.table] = self.where(start)
                self.skip_line()
            else:
                parts = self.read_key()
                if not parts:
                    self.skip_line()
                    continue
                for end in range(1, len(parts) + 1):
                    self.positions.setdefault((*self.table, *parts[:end]), self.where(start))
                self.skip_blank(newlines=False)
                if self.peek() == "=":
                    self.pos += 1
                    self.skip_value()
                self.skip_line()


def _unescape(raw: str) -> str:
    """A basic string's value as ``tomllib`` reads it (``\\u001b``, ``\\t``, ...)."""
    try:
        value = tomllib.loads(f'k = "{raw}"')["k"]
    except tomllib.TOMLDecodeError:
        return _ESCAPE.sub(r"\1", raw)
    return value if isinstance(value, str) else raw


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index > 0 and text[index - 1] == "\\":
        backslashes += 1
        index -= 1
    return backslashes % 2 == 1


def scan(text: str) -> KeyPositions:
    """Positions of the keys in ``text``, a document ``tomllib`` accepted."""
    scanner = _Scanner(text)
    scanner.run()
    return KeyPositions(scanner.positions)
