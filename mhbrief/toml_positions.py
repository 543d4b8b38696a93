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
#: The body of a one-line string up to its closing quote or the line's end, a backslash
#: taking the next character with it (in a basic string only), in one regex step rather
#: than a Python step a character (a third of a 10k build's parse under cProfile).
_ONE_LINE = {
    '"': re.compile(r'(?:[^"\n\\]++|\\.)*+', re.DOTALL),
    "'": re.compile(r"[^'\n]*+"),
}
_ESCAPE = re.compile(r"\\(.)")


#: Limits that keep any file's cost linear and small (tomllib itself grows with
#: the square of a dotted key's length: 20,000 parts took 1.6 GB).
MAX_KEY_PARTS = 64
MAX_KEYS = 50_000


class ScanLimit(Exception):
    """A file beyond :data:`MAX_KEY_PARTS` or :data:`MAX_KEYS`, at ``line``."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Node:
    """One key part in the tree of key paths."""

    __slots__ = ("children", "exact", "first")

    def __init__(self) -> None:
        self.children: dict[str | int, _Node] = {}
        #: Where this very path is defined (a key, or a header).
        self.exact: Position | None = None
        #: The first position at or below this path (positions only grow while scanning).
        self.first: Position | None = None

    def child(self, part: str | int, at: Position) -> _Node:
        node = self.children.get(part)
        if node is None:
            node = self.children[part] = _Node()
        if node.first is None:
            node.first = at
        return node


class _Arrays:
    """Array-of-tables counts by plain header parts (``[[quotes]]`` seen twice: 2)."""

    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: dict[str, _Arrays] = {}
        self.count = 0

    def child(self, part: str) -> _Arrays:
        node = self.children.get(part)
        if node is None:
            node = self.children[part] = _Arrays()
        return node


@dataclass(frozen=True)
class KeyPositions:
    """Key paths to ``(line, column)``, both 1-based.

    Kept as a tree of key parts, so a dotted key of n parts costs n steps, not
    one stored path per prefix.
    """

    root: _Node = field(default_factory=_Node)

    def _walk(self, path: KeyPath) -> list[_Node]:
        nodes = [self.root]
        for part in path:
            node = nodes[-1].children.get(part)
            if node is None:
                break
            nodes.append(node)
        return nodes

    def locate(self, path: KeyPath) -> Position | None:
        """The position of ``path``, or of its first header below it (``[theme.a]``
        defines ``theme`` without naming it alone), or of its nearest enclosing
        key or header."""
        nodes = self._walk(path)
        if len(nodes) == len(path) + 1 and path:
            found = nodes[-1]
            return found.exact or found.first
        for node in reversed(nodes[1 : len(path)]):
            if node.exact is not None:
                return node.exact
        return None

    @property
    def positions(self) -> Mapping[KeyPath, Position]:
        """Every defined path and its position (for tests and debugging)."""
        found: dict[KeyPath, Position] = {}
        stack: list[tuple[KeyPath, _Node]] = [((), self.root)]
        while stack:
            path, node = stack.pop()
            if node.exact is not None:
                found[path] = node.exact
            stack.extend(((*path, part), child) for part, child in node.children.items())
        return found


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.tree = KeyPositions()
        self.table = self.tree.root
        self.arrays = _Arrays()
        self.keys = 0

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
        start = self.pos
        while True:
            if len(parts) == MAX_KEY_PARTS:
                line = self.where(start)[0]
                raise ScanLimit(
                    line,
                    f"a key of more than {MAX_KEY_PARTS} dotted parts; use fewer nested tables",
                )
            self.skip_blank(newlines=False)
            ch = self.peek()
            if ch and ch in "\"'":  # "" (the end) is in every string
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

    def read_string(self, *, decode: bool = True) -> str:
        """Read a string; its value is decoded only when asked (keys, not values)."""
        quote = self.peek()
        if quote not in ('"', "'"):  # at the end of the text: nothing to read
            return ""
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
        i = _ONE_LINE[quote].match(self.text, start).end()  # type: ignore[union-attr]
        if i < len(self.text) and self.text[i] == "\\":  # a backslash ending the text
            i += 2
        self.pos = i + 1
        raw = self.text[start:i]
        return _unescape(raw) if quote == '"' and decode else raw

    def skip_value(self) -> None:
        self.skip_blank(newlines=False)
        ch = self.peek()
        if not ch:  # a key with no value at the end of the text
            return
        if ch in "\"'":
            self.read_string(decode=False)
        elif ch in "[{":
            self.skip_bracketed()
        else:
            while self.pos < len(self.text) and self.text[self.pos] not in ",]}#\n":
                self.pos += 1

    def skip_bracketed(self) -> None:
        """Skip an array or inline table, counting (and limiting) inline-table keys:
        tomllib's time grows with the square of a dotted key there too."""
        stack: list[str] = []
        while self.pos < len(self.text):
            ch = self.peek()
            if ch in "[{":
                stack.append(ch)
                self.pos += 1
                if ch == "{":
                    self.inline_key()
            elif ch in "]}":
                if stack:
                    stack.pop()
                self.pos += 1
                if not stack:
                    return
            elif ch == ",":
                self.pos += 1
                if stack and stack[-1] == "{":
                    self.inline_key()
            elif ch in "\"'":
                self.read_string(decode=False)
            elif ch == "#":
                self.skip_blank(newlines=True)
            else:
                self.pos += 1

    def inline_key(self) -> None:
        self.skip_blank(newlines=True)
        start = self.pos
        parts = self.read_key()
        if parts:
            self.count_keys(start, len(parts))

    def header_node(self, parts: tuple[str, ...], at: Position, *, array: bool) -> _Node:
        """The node of a header, with array-of-tables indices inserted
        (``[quotes.x]`` after ``[[quotes]]`` is ``quotes.<last>.x``)."""
        node, plain = self.tree.root, self.arrays
        for number, part in enumerate(parts, start=1):
            plain = plain.child(part)
            node = node.child(part, at)
            if array and number == len(parts):
                plain.count += 1
                if node.exact is None:
                    node.exact = at
                node = node.child(plain.count - 1, at)
            elif plain.count:  # an array of tables: its latest element
                node = node.child(plain.count - 1, at)
        node.exact = at
        return node

    def count_keys(self, start: int, parts: int) -> None:
        """Each part of a dotted key or header names a key (a table or a value)."""
        self.keys += parts
        if self.keys > MAX_KEYS:
            raise ScanLimit(
                self.where(start)[0],
                f"more than {MAX_KEYS:,} keys in one file (each part of a dotted key "
                "counts); split it into several files",
            )

    def run(self) -> None:
        text = self.text
        while self.pos < len(text):
            self.skip_blank(newlines=True)
            if self.pos >= len(text):
                break
            start = self.pos
            if self.peek(2) == "[[" or self.peek() == "[":
                array = self.peek(2) == "[["
                self.pos += 2 if array else 1
                parts = self.read_key()
                self.count_keys(start, len(parts))
                self.table = self.header_node(parts, self.where(start), array=array)
                self.skip_line()
            else:
                parts = self.read_key()
                if not parts:
                    self.skip_line()
                    continue
                self.count_keys(start, len(parts))
                at = self.where(start)
                node = self.table
                for part in parts:
                    node = node.child(part, at)
                    if node.exact is None:
                        node.exact = at
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
    """Positions of the keys in ``text``, in time and memory linear in its length.

    Meant for a document ``tomllib`` accepted, but safe on any text, so it can
    run first: raises :class:`ScanLimit` for a key of more than
    :data:`MAX_KEY_PARTS` parts or more than :data:`MAX_KEYS` keys.
    """
    scanner = _Scanner(text)
    scanner.run()
    return scanner.tree
