"""``added:`` filters and what counts as new, without the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mhbrief.loader import load_collection
from mhbrief.state.seen_days import SeenDays
from mhbrief.whatsnew import (
    AddedError,
    DayRange,
    collection_ids,
    new_since,
    parse_day_range,
    split_added,
)

FOLDER = Path(__file__).parent / "fixtures" / "browse"


@pytest.mark.parametrize(
    ("value", "days"),
    [
        ("2026", DayRange(date(2026, 1, 1), date(2026, 12, 31))),
        ("2026-02", DayRange(date(2026, 2, 1), date(2026, 2, 28))),
        ("2026-11-05", DayRange(date(2026, 11, 5), date(2026, 11, 5))),
        ("2026-11-01..", DayRange(date(2026, 11, 1), None)),
        ("..2026-10", DayRange(None, date(2026, 10, 31))),
        ("2026-10..2026-11", DayRange(date(2026, 10, 1), date(2026, 11, 30))),
    ],
)
def test_day_ranges_read_like_date_filters(value: str, days: DayRange) -> None:
    assert parse_day_range(value) == days


@pytest.mark.parametrize("value", ["", "..", "nov", "2026-13", "2026-02-30", "2026-1"])
def test_bad_values_are_refused(value: str) -> None:
    with pytest.raises(AddedError):
        parse_day_range(value)


def test_split_added_keeps_the_rest_of_the_query() -> None:
    found = split_added("klant added:2026-11 theme:zorg ")
    assert found.rest == "klant theme:zorg "
    seen = {"a": date(2026, 11, 3), "b": date(2026, 10, 30)}
    assert found.ids(seen) == {"a"}
    assert split_added("klant").filtered is False
    bad = split_added("added:nov")
    assert bad.bad == ("nov",) and bad.ids(seen) == frozenset()
    compact = (
        SeenDays.empty().with_day(["b"], date(2026, 10, 30)).with_day(["a"], date(2026, 11, 3))
    )
    assert found.ids_among(compact, ["a", "b", "c"]) == {"a"}
    assert bad.ids_among(compact, ["a", "b"]) == frozenset()


def test_nothing_is_new_on_the_first_session() -> None:
    ids = list(collection_ids(load_collection(FOLDER)))
    assert "plan-veilig/actielijn-2.1" in ids and "centrum-2023/opvang" in ids
    assert new_since(SeenDays.empty(), ids) == frozenset()
    known = SeenDays.empty().with_day(ids[1:], date(2026, 1, 1))
    assert new_since(known, iter(ids)) == {ids[0]}
