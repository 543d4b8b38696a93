"""Scores kept between keystrokes: what the next key can reuse, within a budget.

:mod:`mhbrief.engine.ranking` keeps each segment's scores of a term, and of a word in
all its fields, so the next keystroke only scores what it adds. At 100k items one
letter's edge term alone holds half the collection: kept, it pushed out the words
already typed, which every later key of the query needs (bench/README.md). So the
prefix a key extends is let go (:meth:`KeptScores.drop`), and the same scores kept
under two keys (a prefix whose postings are its extension's) count once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

#: Segment-local document number -> score.
Scores = dict[int, float]
#: Postings kept as scores across keystrokes, about 110 bytes each with their document
#: numbers: a few words of the most frequent kind, or at 100k the words typed last, which
#: is what the next key reuses (bench/README.md). A word is kept if it fills at most half.
CACHE_POSTINGS = 120_000


class KeptScores:
    """Unrestricted scores of sub-queries, by segment, least recently used dropped."""

    def __init__(self, budget: int = CACHE_POSTINGS) -> None:
        self._items: OrderedDict[tuple[int, Any], Scores] = OrderedDict()
        #: How many keys hold each kept object (by id): its size counts once.
        self._holders: dict[int, int] = {}
        self._size = 0
        self._budget = budget

    def get(self, key: tuple[int, Any]) -> Scores | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: tuple[int, Any], scores: Scores) -> None:
        if len(scores) > self._budget // 4 or key in self._items:
            return
        self._items[key] = scores
        held = self._holders.get(id(scores), 0)
        self._holders[id(scores)] = held + 1
        if not held:
            self._size += len(scores)
        while self._size > self._budget:
            self._forget(self._items.popitem(last=False)[1])

    def drop(self, key: tuple[int, Any]) -> None:
        """Let go of one entry (the prefix a keystroke extended)."""
        scores = self._items.pop(key, None)
        if scores is not None:
            self._forget(scores)

    def _forget(self, scores: Scores) -> None:
        held = self._holders.pop(id(scores)) - 1
        if held:
            self._holders[id(scores)] = held
        else:
            self._size -= len(scores)

    def __len__(self) -> int:
        """Postings held."""
        return self._size
