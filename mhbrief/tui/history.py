"""Back and forward through what the user opened, like a browser. No Textual here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Step:
    """One opened item, with the query its results came from (Back brings both back)."""

    id: str
    query: str


class History(Generic[T]):
    """A list of visited entries with a cursor; visiting drops the forward part."""

    def __init__(self, limit: int = 200) -> None:
        self._entries: list[T] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> T | None:
        return self._entries[self._index] if self._entries else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def __len__(self) -> int:
        return len(self._entries)

    def visit(self, entry: T) -> None:
        """Record ``entry`` as opened now; re-opening the current entry changes nothing."""
        if self._entries and self._entries[self._index] == entry:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(entry)
        if len(self._entries) > self._limit:
            del self._entries[: len(self._entries) - self._limit]
        self._index = len(self._entries) - 1

    def back(self) -> T | None:
        """The previous entry (now current), or None at the start."""
        if not self.can_go_back:
            return None
        self._index -= 1
        return self._entries[self._index]

    def forward(self) -> T | None:
        """The next entry (now current), or None at the end."""
        if not self.can_go_forward:
            return None
        self._index += 1
        return self._entries[self._index]
