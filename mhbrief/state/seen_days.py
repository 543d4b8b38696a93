"""First-seen days of many item ids, held in some 10 bytes an id.

A session needs two things of the dates: the day an id was first seen (``added:``)
and whether it was seen at all (the ``new`` mark, and what to note). Neither needs
the id's text, which at 100,000 items cost some 12 MB a copy as a ``dict`` (issue
25). :class:`SeenDays` keeps each id as its string hash in one sorted array, with
the number of its day beside it; the ids themselves come from the collection when
a question needs them. The hashes live in this process only (Python's string hash
differs between processes), and two ids of 100,000 sharing a 64-bit hash is a
chance of some one in 10^9.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice

#: Ids hashed and checked at a time by :meth:`SeenDays.with_day`.
BATCH = 20_000


class SeenDays:
    """The day each id was first seen, by its hash; immutable, so threads can share it."""

    __slots__ = ("_days", "_hashes", "_numbers")

    def __init__(self, hashes: array[int], numbers: array[int], days: tuple[date, ...]) -> None:
        #: Sorted, one a hash; ``_numbers[i]`` indexes ``_days`` for ``_hashes[i]``.
        self._hashes = hashes
        self._numbers = numbers
        self._days = days

    @classmethod
    def empty(cls) -> SeenDays:
        return cls(array("q"), array("H"), ())

    @classmethod
    def from_days(cls, by_day: Iterable[tuple[date, Iterable[str]]]) -> SeenDays:
        """Each ``(day, ids)`` group in; an id in several keeps its earliest day."""
        found = cls.empty()
        for day, ids in sorted(by_day, key=lambda pair: pair[0]):
            found = found.with_day(ids, day)
        return found

    def __len__(self) -> int:
        return len(self._hashes)

    def day(self, item_id: str) -> date | None:
        """The day ``item_id`` was first seen, or None if it never was (for a few ids:
        :meth:`unseen` and :meth:`among` answer for many at once)."""
        found = self._find(hash(item_id))
        return None if found is None else self._days[self._numbers[found]]

    def _find(self, key: int) -> int | None:
        at = bisect_left(self._hashes, key)
        return at if at < len(self._hashes) and self._hashes[at] == key else None

    def unseen(self, ids: Iterable[str]) -> list[str]:
        """Those of ``ids`` never seen, in their order."""
        return [item for batch in self.unseen_batches(ids) for item in batch]

    def unseen_batches(self, ids: Iterable[str]) -> Iterator[list[str]]:
        """:meth:`unseen` a batch at a time (an id twice in a batch comes once): ``ids``
        are read as they are needed."""
        each = iter(ids)
        while batch := {hash(item): item for item in islice(each, BATCH)}:
            seen = set(batch).intersection(self._hashes)
            if new := [item for key, item in batch.items() if key not in seen]:
                yield new

    def among(self, candidates: Iterable[str], holds: Callable[[date], bool]) -> frozenset[str]:
        """Those of ``candidates`` first seen on a day that ``holds``."""
        wanted = [holds(day) for day in self._days]
        keys = {
            key for key, number in zip(self._hashes, self._numbers, strict=True) if wanted[number]
        }
        return frozenset(item for item in candidates if hash(item) in keys)

    def with_day(self, ids: Iterable[str], day: date) -> SeenDays:
        """These dates with ``day`` for each of ``ids`` not seen before.

        Returns ``self`` when nothing is new. The ids are read once, in batches of
        :data:`BATCH`: a batch's hashes are a set, the ones seen taken out in one pass
        over the array (some 5 ms at 100,000 ids; a lookup an id took 0.5 s).
        """
        fresh: set[int] = set()
        keys = map(hash, ids)
        while batch := set(islice(keys, BATCH)):
            batch.difference_update(self._hashes)
            fresh.update(batch)
        if not fresh:
            return self
        return self._merged(sorted(fresh), day)

    def _merged(self, fresh: list[int], day: date) -> SeenDays:
        days = tuple(sorted({*self._days, day}))
        renumber = [days.index(old) for old in self._days]
        number = days.index(day)
        same = renumber == list(range(len(renumber)))
        hashes, numbers = array("q"), array("H")
        old_hashes, old_numbers = self._hashes, self._numbers

        def carry(start: int, end: int) -> None:
            hashes.extend(old_hashes[start:end])
            run = old_numbers[start:end]
            numbers.extend(run if same else array("H", (renumber[n] for n in run)))

        i = 0
        for key in fresh:  # two sorted runs merged (no key is in both)
            at = bisect_left(old_hashes, key, i)
            carry(i, at)
            i = at
            hashes.append(key)
            numbers.append(number)
        carry(i, len(old_hashes))
        return SeenDays(hashes, numbers, days)
