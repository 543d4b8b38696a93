"""Compact first-seen dates: the same answers as a dict of every id, in a fraction of it."""

from __future__ import annotations

import tracemalloc
from datetime import date

from mhbrief.state.seen_days import BATCH, SeenDays

NOV = date(2026, 11, 1)
DEC = date(2026, 12, 1)
IDS = [f"briefing-{n // 20:05d}/quote-{n % 20:02d}" for n in range(3 * BATCH + 7)]


def test_each_id_keeps_the_first_day_it_was_seen() -> None:
    seen = SeenDays.empty().with_day(IDS[:100], NOV)
    later = seen.with_day(IDS[50:150], DEC)
    assert len(seen) == 100 and len(later) == 150
    assert later.day(IDS[0]) == NOV and later.day(IDS[99]) == NOV
    assert later.day(IDS[100]) == DEC and later.day(IDS[149]) == DEC
    assert later.day(IDS[150]) is None
    assert seen.day(IDS[100]) is None  # the earlier value is left as it was


def test_nothing_new_is_the_same_object_and_an_earlier_day_can_come_later() -> None:
    seen = SeenDays.empty().with_day(IDS[:10], DEC)
    assert seen.with_day(iter(IDS[:10]), DEC) is seen
    earlier = seen.with_day(["old/one"], NOV)  # a clock set back: days stay in order
    assert earlier.day("old/one") == NOV and earlier.day(IDS[3]) == DEC


def test_from_days_keeps_the_earliest_whatever_the_order_given() -> None:
    seen = SeenDays.from_days([(DEC, ["a/1", "a/2"]), (NOV, ["a/2", "a/3"])])
    assert [seen.day(i) for i in ("a/1", "a/2", "a/3")] == [DEC, NOV, NOV]


def test_many_ids_at_once_across_batches() -> None:
    seen = SeenDays.empty().with_day(iter(IDS[::2]), NOV)
    assert len(seen) == len(IDS[::2])
    unseen = seen.unseen(iter(IDS))
    assert unseen == IDS[1::2]  # in their order, over several batches
    batches = list(seen.unseen_batches(IDS))
    assert len(batches) > 1 and all(len(batch) <= BATCH for batch in batches)
    both = seen.with_day(IDS, DEC)
    assert both.among(IDS, lambda day: day >= DEC) == frozenset(IDS[1::2])
    assert both.among(iter(IDS), lambda day: day < DEC) == frozenset(IDS[::2])


def test_a_hundred_thousand_ids_take_a_fraction_of_a_dict() -> None:
    ids = [f"briefing-{n // 20:05d}/quote-{n % 20:02d}" for n in range(100_000)]
    tracemalloc.start()
    try:
        seen = SeenDays.empty().with_day(iter(ids), NOV)
        compact, _ = tracemalloc.get_traced_memory()
        # What a session kept before: each id made afresh (the model makes them so).
        as_dict = {f"briefing-{n // 20:05d}/quote-{n % 20:02d}": NOV for n in range(100_000)}
        both, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(seen) == len(as_dict) == 100_000
    assert compact < 1_500_000 and both - compact > 5 * compact
