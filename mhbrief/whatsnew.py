"""What is new for this user: first-seen dates, the ``new`` mark, and the ``added:`` filter.

The dates live in the per-user state (:meth:`mhbrief.state.StateStore.first_seen`),
never in the index, which can be rebuilt. An item is *new* when it was not
known at the start of this session while other items were (the very first
session marks nothing). ``added:`` takes the forms ``date:`` takes:
``added:2026``, ``added:2026-11``, ``added:2026-11-01``, and ranges
``added:2026-10..2026-11``, ``added:2026-11-01..``, ``added:..2026-10``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mhbrief.model import Collection

if TYPE_CHECKING:
    from mhbrief.state.seen_days import SeenDays

_ADDED = re.compile(r"(?:^|(?<=[\s(]))added:(\S*)", re.IGNORECASE)
_DAY = re.compile(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?")


@dataclass(frozen=True)
class DayRange:
    """Days from ``first`` to ``last``, both included; None is open."""

    first: date | None
    last: date | None

    def holds(self, day: date) -> bool:
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)


class AddedError(ValueError):
    """An ``added:`` value that is not a date or a range of dates."""


def _bounds(text: str) -> tuple[date, date]:
    """The first and last day a year, month or day stands for."""
    match = _DAY.fullmatch(text)
    if not match:
        raise AddedError(text)
    year = int(match.group(1))
    try:
        if match.group(3):
            day = date(year, int(match.group(2)), int(match.group(3)))
            return day, day
        if match.group(2):
            month = int(match.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError as exc:
        raise AddedError(text) from exc


def parse_day_range(value: str) -> DayRange:
    """``2026-11``, ``2026-11-01..``, ``..2026`` and the like; raises :class:`AddedError`."""
    if ".." not in value:
        first, last = _bounds(value)
        return DayRange(first, last)
    start, _, end = value.partition("..")
    if not start and not end:
        raise AddedError(value)
    return DayRange(_bounds(start)[0] if start else None, _bounds(end)[1] if end else None)


@dataclass(frozen=True)
class AddedQuery:
    """A query with its ``added:`` filters taken out."""

    rest: str
    ranges: tuple[DayRange, ...] = ()
    #: ``added:`` values that are not dates (the filter then matches nothing).
    bad: tuple[str, ...] = ()

    @property
    def filtered(self) -> bool:
        return bool(self.ranges or self.bad)

    def holds(self, day: date) -> bool:
        """``day`` is within every range (never, if a value was bad)."""
        return not self.bad and all(r.holds(day) for r in self.ranges)

    def ids(self, first_seen: Mapping[str, date]) -> frozenset[str]:
        """Ids first seen within every range (nothing if a value was bad)."""
        return frozenset(item for item, day in first_seen.items() if self.holds(day))

    def ids_among(self, seen: SeenDays, candidates: Iterable[str]) -> frozenset[str]:
        """Those of ``candidates`` first seen within every range, by compact dates."""
        return frozenset() if self.bad else seen.among(candidates, self.holds)


def split_added(query: str) -> AddedQuery:
    """Take the ``added:`` filters out of ``query``; the rest is searched as usual."""
    ranges: list[DayRange] = []
    bad: list[str] = []
    for match in _ADDED.finditer(query):
        try:
            ranges.append(parse_day_range(match.group(1)))
        except AddedError:
            bad.append(match.group(1))
    if not ranges and not bad:
        return AddedQuery(query)
    rest = " ".join(_ADDED.sub(" ", query).split())
    # A trailing space says the last word is finished: keep it.
    if query.endswith(" ") and rest:
        rest += " "
    return AddedQuery(rest, tuple(ranges), tuple(bad))


def collection_ids(collection: Collection) -> Iterator[str]:
    """Every id a user can meet: briefings, their quotes and points, plans, their sections."""
    for briefing in collection.briefings.values():
        yield briefing.id
        for item in briefing.items:
            yield item.global_id
    for plan in collection.plans.values():
        yield plan.id
        for section in plan.sections:
            yield section.ref


def new_since(known_at_start: SeenDays, current: Iterable[str]) -> frozenset[str]:
    """Ids not known when the session started; none on a user's very first session."""
    if not len(known_at_start):
        return frozenset()
    return frozenset(known_at_start.unseen(current))
