"""Back/forward behaves like a browser's."""

from __future__ import annotations

from mhbrief.tui.history import History


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
