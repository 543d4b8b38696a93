"""Typing never waits for a search nobody wants any more."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.visual import VisualType
from textual.widgets import OptionList, Static

from mhbrief.library import Cancelled, Library
from mhbrief.results import SearchResponse
from mhbrief.tui.messages import SearchDone
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import NARROW, WIDE, MakeApp, ManyHits, result_ids, screen_lines, settle, type_text

SLOW = 20.0  # seconds: the first search would take this long if nobody stopped it


class SlowFirstWord(Library):
    """A real library whose search for "k" alone holds the index very long unless cancelled."""

    def search(self, query: str, **options: Any) -> SearchResponse:
        cancelled = options.get("cancelled")
        if query.strip() == "k":
            with self._search_lock:  # as a long Whoosh search holds it
                deadline = time.monotonic() + SLOW
                while time.monotonic() < deadline:
                    if cancelled is not None and cancelled():
                        raise Cancelled
                    time.sleep(0.01)
        return super().search(query, **options)


async def test_the_next_key_does_not_wait_for_the_search_before_it(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = SlowFirstWord(briefings, tmp_path / "slow-index")
    app = make_app(briefings, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        started = time.monotonic()
        await pilot.press("k")
        await pilot.pause(0.2)  # the slow search for "k" is running
        await pilot.press(*"lant")
        await settle(pilot)
        assert time.monotonic() - started < SLOW / 2
        assert app.main.response is not None
        assert app.main.response.query == "klant"
        assert "centrum-2018/klant" in app.main.hits


class SlowRelated(Library):
    """A real library whose more-like-this search holds the index until cancelled."""

    hold = threading.Event()  # from now on, hold the index
    started = threading.Event()
    done = threading.Event()  # the test is over: let go

    def related(
        self, doc_id: str, *, limit: int = 10, cancelled: Callable[[], bool] | None = None
    ) -> SearchResponse:
        if not self.hold.is_set():
            return super().related(doc_id, limit=limit, cancelled=cancelled)
        with self._search_lock:
            self.started.set()
            deadline = time.monotonic() + SLOW
            while time.monotonic() < deadline and not self.done.is_set():
                if cancelled is not None and cancelled():
                    raise Cancelled
                time.sleep(0.01)
        return super().related(doc_id, limit=limit, cancelled=cancelled)


async def test_a_key_does_not_wait_for_the_related_items_of_the_previewed_hit(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = SlowRelated(briefings, tmp_path / "slow-index")
    app = make_app(briefings, library=library)
    async with app.run_test(size=WIDE) as pilot:  # the detail pane, with related, is shown
        await settle(pilot)
        library.hold.set()
        await pilot.press(*"klant", "down")  # into the results: the related items are asked
        started = time.monotonic()
        while not library.started.is_set() and time.monotonic() - started < 5:
            await pilot.pause(0.05)
        assert library.started.is_set()  # the preview's related items hold the index
        await pilot.press("up")  # back into the search box
        typed = time.monotonic()
        await pilot.press("e")
        while (
            app.main.response is None or app.main.response.query != "klante"
        ) and time.monotonic() - typed < SLOW / 2:
            await pilot.pause(0.05)
        assert app.main.response is not None and app.main.response.query == "klante"
        assert time.monotonic() - typed < SLOW / 2
        library.done.set()


class CountedRelated(Library):
    """A real library that counts its more-like-this searches."""

    def __init__(self, briefings: Path, index_dir: Path) -> None:
        super().__init__(briefings, index_dir)
        self.asked: list[str] = []

    def related(
        self, doc_id: str, *, limit: int = 10, cancelled: Callable[[], bool] | None = None
    ) -> SearchResponse:
        self.asked.append(doc_id)
        return super().related(doc_id, limit=limit, cancelled=cancelled)


async def test_while_a_query_is_typed_the_preview_asks_no_related_items(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    """A more-like-this search takes longer than a key at 10k items: asked for while
    typing, it would redraw the screen long after each key's results."""
    library = CountedRelated(briefings, tmp_path / "counted-index")
    app = make_app(briefings, library=library)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        for key in "gemeente":
            await pilot.press(key)
            await settle(pilot)
        screen = app.main
        assert screen.detail_id == "centrum-2018/gemeente"  # previewed as typed
        assert library.asked == []
        related = screen.query_one("#related", OptionList)
        assert not related.display
        await pilot.press("down")  # the typing is done: into the results
        await settle(pilot)
        await settle(pilot)
        assert library.asked == ["centrum-2018/gemeente"]
        assert related.display and related.option_count > 0
        assert "Related, other briefings" in "\n".join(screen_lines(app))


async def test_each_answer_draws_the_preview_once_and_an_unchanged_one_not_at_all(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame after a key is its last: no second drawing of the detail pane
    (as the results list's highlight event used to cause), no redrawing of what is shown."""
    drawn: list[str] = []
    original = Static.update

    def update(self: Static, content: VisualType = "", *, layout: bool = True) -> None:
        if self.id == "detail-body":
            drawn.append(str(content)[:30])
        original(self, content, layout=layout)

    monkeypatch.setattr(Static, "update", update)
    app = make_app(briefings)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_text(pilot, "klant")
        screen = app.main
        assert screen.detail_id == "centrum-2018/klant"
        drawn.clear()
        await type_text(pilot, "e")  # another answer, another preview
        assert screen.response is not None and screen.response.query == "klante"
        assert len(drawn) <= 1
        results = screen.query_one("#results", OptionList)
        before = list(results.options)
        drawn.clear()
        screen.start_search()  # the same answer again: nothing is redrawn
        await settle(pilot)
        assert drawn == []
        assert list(results.options) == before
        assert all(a is b for a, b in zip(results.options, before, strict=True))


async def test_an_answer_to_an_older_query_never_replaces_a_newer_one(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "klant")
        screen = app.main
        old_request = screen.current_request()
        old = app.library.search("klant", as_you_type=True)
        await type_text(pilot, "e")  # "klante": the newer query
        shown = result_ids(screen)
        screen.post_message(SearchDone(old_request, old))  # a late answer for "klant"
        await settle(pilot)
        assert screen.response is not None and screen.response.query == "klante"
        assert result_ids(screen) == shown


async def test_a_query_longer_than_the_box_scrolls_to_keep_the_cursor_in_view(
    briefings: Path, make_app: MakeApp
) -> None:
    """The box repaints without laying out the screen on each key (SearchBox.virtual_size):
    its text still scrolls as typed, and back."""
    app = make_app(briefings)
    words = [f"woord{i:02d}" for i in range(14)]  # 8 characters each: 112 in all
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_text(pilot, " ".join(words))
        box = app.main.query_one(SearchBox)
        text = "\n".join(screen_lines(app))
        assert box.scroll_x > 0
        assert words[-1] in text and words[0] not in text
        await pilot.press("home")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert box.scroll_x == 0
        assert words[0] in text and words[-1] not in text


class HitsByLength(ManyHits):
    """As many synthetic hits as the query asks: 40 for two letters, else 2."""

    def search(self, query: str, **options: Any) -> SearchResponse:
        self.count = 40 if len(query.strip()) == 2 else 2
        return super().search(query, **options)


async def test_the_results_scrollbar_follows_the_rows_as_a_full_layout_would(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    """A new answer repaints the list without laying out the screen (ResultsList.virtual_size):
    the scrollbar still comes, goes and sizes its thumb as after a full layout."""
    library = HitsByLength(briefings, tmp_path / "many-index", 2)
    app = make_app(briefings, library=library)
    async with app.run_test(size=NARROW) as pilot:
        results = app.main.query_one("#results", OptionList)
        for query, scrollbar in (("a", False), ("ab", True), ("abc", False), ("ab", True)):
            box = app.main.query_one(SearchBox)
            box.value = query
            await settle(pilot)
            await pilot.pause()
            assert results.show_vertical_scrollbar is scrollbar
            shown = screen_lines(app)
            app.screen.refresh(layout=True)
            await pilot.pause()
            await pilot.pause()
            assert screen_lines(app) == shown, query
