"""Scores kept between keystrokes: what the next key can reuse, within a budget.

:mod:`mhbrief.engine.ranking` keeps each segment's scores of a term, and of a word in
all its fields, so the next keystroke only scores what it adds. At 100k items one
letter's edge term alone holds half the collection: kept, it pushed out the words
already typed, which every later key of the query needs (bench/README.md). So the
prefix a key extends is let go (:meth:`KeptScores.drop`). And once a word's scores (all its
fields summed) are kept, the terms they were summed from are the first to go: keeping
both, the words of a three-word query did not fit, and each key read every one of them
again (bench/README.md).

Kept scores are packed: document numbers and scores in two arrays, 12 bytes a posting
where a dict of Python numbers took about 110 (13 MB of the 100k app's peak). A hit
unpacks them into a new dict in the order they were kept, so the sums a query makes
from them are the same, bit for bit.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

#: Segment-local document number -> score.
Scores = dict[int, float]
#: Postings kept as scores across keystrokes: a few words of the most frequent kind, or
#: at 100k the words typed last, which is what the next key reuses (bench/README.md).
#: A word is kept if it fills at most a quarter.
CACHE_POSTINGS = 120_000


class KeptScores:
    """Unrestricted scores of sub-queries, by segment, least recently used dropped."""

    def __init__(self, budget: int = CACHE_POSTINGS) -> None:
        self._items: OrderedDict[tuple[int, Any], tuple[array[int], array[float]]] = OrderedDict()
        self._size = 0
        self._budget = budget

    def get(self, key: tuple[int, Any]) -> Scores | None:
        """A new dict of the scores kept under ``key`` (None if not kept)."""
        found = self._items.get(key)
        if found is None:
            return None
        self._items.move_to_end(key)
        return dict(zip(*found, strict=True))

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is kept (without counting as a use)."""
        return key in self._items

    def put(
        self, key: tuple[int, Any], scores: Scores, parts: Iterable[tuple[int, Any]] = ()
    ) -> None:
        """Keep ``scores``; ``parts`` (the terms a word's scores were summed from) are
        the first to go from now on: the next key reuses the word, not its terms."""
        for part in parts:
            if part in self._items:
                self._items.move_to_end(part, last=False)
        if len(scores) > self._budget // 4 or key in self._items:
            return
        self._items[key] = (array("i", scores), array("d", scores.values()))
        self._size += len(scores)
        while self._size > self._budget:
            self._size -= len(self._items.popitem(last=False)[1][0])

    def drop(self, key: tuple[int, Any]) -> None:
        """Let go of one entry (the prefix a keystroke extended)."""
        found = self._items.pop(key, None)
        if found is not None:
            self._size -= len(found[0])

    def __len__(self) -> int:
        """Postings held."""
        return self._size
