"""Back/forward behaves like a browser's: the list, and the keys on the main screen."""

from __future__ import annotations

from pathlib import Path

from mhbrief.tui.history import History
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import NARROW, MakeApp, settle, type_text

GEMEENTE = "centrum-2018/gemeente"
ACTIELIJN = "plan-veilig/actielijn-1"
PLATFORMEN = "centrum-2021/platformen"
ZORG = "centrum-2021/zorg"


def test_back_and_forward_walk_the_visits() -> None:
    history: History[str] = History()
    for entry in ("a", "b", "c"):
        history.visit(entry)
    assert history.back() == "b"
    assert history.back() == "a"
    assert history.back() is None
    assert history.current == "a"
    assert history.forward() == "b"
    assert history.current == "b"


def test_visiting_after_going_back_drops_the_forward_part() -> None:
    history: History[str] = History()
    for entry in ("a", "b", "c"):
        history.visit(entry)
    history.back()
    history.visit("d")
    assert not history.can_go_forward
    assert history.back() == "b"


def test_reopening_the_current_entry_is_not_a_new_step() -> None:
    history: History[str] = History()
    history.visit("a")
    history.visit("a")
    assert len(history) == 1
    assert not history.can_go_back


def test_the_oldest_entries_fall_off_at_the_limit() -> None:
    history: History[int] = History(limit=3)
    for entry in range(5):
        history.visit(entry)
    assert len(history) == 3
    assert history.back() == 3
    assert history.back() == 2
    assert history.back() is None


async def test_back_retraces_what_was_opened_with_its_query_and_forward_goes_back_over_it(
    briefings: Path, make_app: MakeApp
) -> None:
    """A step opened from a link (not in its query's results) stays the step Back shows."""
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        screen = app.main
        box = screen.query_one(SearchBox)
        await type_text(pilot, "elke gemeente")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.detail_id == GEMEENTE
        await pilot.press("enter")  # its first link: the plan section
        await settle(pilot)
        assert screen.detail_id == ACTIELIJN
        await pilot.press("slash", "ctrl+u")
        await type_text(pilot, "platformen")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.detail_id == PLATFORMEN

        walked = []
        for key in ("b", "b", "f", "f"):
            await pilot.press(key)
            await settle(pilot)
            walked.append((screen.detail_id, box.value))
        assert walked == [
            (ACTIELIJN, "elke gemeente"),
            (GEMEENTE, "elke gemeente"),
            (ACTIELIJN, "elke gemeente"),
            (PLATFORMEN, "platformen"),
        ]


async def test_opening_from_the_middle_of_the_history_drops_the_forward_part(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        screen = app.main
        box = screen.query_one(SearchBox)
        await type_text(pilot, "elke gemeente")
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("enter")  # its plan section
        await settle(pilot)
        await pilot.press("slash", "ctrl+u")
        await type_text(pilot, "platformen")
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert (screen.detail_id, box.value) == (ACTIELIJN, "elke gemeente")
        await pilot.press("enter")  # from the middle: open its newest backlink
        await settle(pilot)
        assert screen.detail_id == ZORG
        await pilot.press("f")
        await settle(pilot)
        assert screen.detail_id == ZORG  # platformen is no longer ahead
        assert any("Nothing to go forward to" in str(n.message) for n in app._notifications)
        walked = []
        for _ in range(2):
            await pilot.press("b")
            await settle(pilot)
            walked.append(screen.detail_id)
        assert walked == [ACTIELIJN, GEMEENTE]
