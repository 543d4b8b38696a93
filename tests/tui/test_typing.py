"""Typing never waits for a search nobody wants any more.

No clock decides it (issue 25): the slow searches here block on an event the test never
sets while it types, so an answer to the newer query can only come if the old search was
cancelled and let go of the index. A loop that waits for that answer gives up after
``HUNG`` seconds (a hang guard, not a speed claim)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.visual import VisualType
from textual.widgets import OptionList, Static

from mhbrief.library import Cancelled, Library
from mhbrief.results import SearchResponse
from mhbrief.tui.app import MHBriefApp
from mhbrief.tui.messages import SearchDone
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import NARROW, WIDE, MakeApp, ManyHits, result_ids, screen_lines, settle, type_text

HUNG = 30.0  # seconds: waiting longer for an answer means the app hangs


class SlowFirstWord(Library):
    """A real library whose search for "k" alone holds the index until cancelled: it is
    never released by the test."""

    def __init__(self, briefings: Path, index_dir: Path) -> None:
        super().__init__(briefings, index_dir)
        self.started = threading.Event()
        self.cancelled = threading.Event()
        self.release = threading.Event()  # set only when the test is over

    def search(self, query: str, **options: Any) -> SearchResponse:
        cancelled = options.get("cancelled")
        if query.strip() == "k":
            with self._search_lock:  # as a long Whoosh search holds it
                self.started.set()
                while not self.release.wait(0.01):
                    if cancelled is not None and cancelled():
                        self.cancelled.set()
                        raise Cancelled
        return super().search(query, **options)


async def until(pilot: Pilot[None], done: Callable[[], bool], what: str) -> None:
    """Wait until ``done()``; failing as hung after ``HUNG`` seconds."""
    deadline = time.monotonic() + HUNG
    while not done():
        assert time.monotonic() < deadline, f"{what}: hung"
        await pilot.pause(0.02)


async def answer_to(pilot: Pilot[None], query: str) -> None:
    """Wait for the main screen's answer to ``query``."""
    app = pilot.app
    assert isinstance(app, MHBriefApp)

    def answered() -> bool:
        return app.main.response is not None and app.main.response.query == query

    await until(pilot, answered, f"no answer to {query!r}")


async def test_the_next_key_does_not_wait_for_the_search_before_it(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = SlowFirstWord(briefings, tmp_path / "slow-index")
    app = make_app(briefings, library=library)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("k")
            await until(pilot, library.started.is_set, 'the search for "k"')  # holds the index
            await pilot.press(*"lant")
            assert app.main.query_one(SearchBox).value == "klant"
            await answer_to(pilot, "klant")
            assert library.cancelled.is_set() and not library.release.is_set()
            assert "centrum-2018/klant" in app.main.hits
    finally:
        library.release.set()


class SlowRelated(Library):
    """A real library whose more-like-this search holds the index until cancelled, or
    until the test is over."""

    def __init__(self, briefings: Path, index_dir: Path) -> None:
        super().__init__(briefings, index_dir)
        self.hold = threading.Event()  # from now on, hold the index
        self.started = threading.Event()
        self.cancelled = threading.Event()
        self.done = threading.Event()  # the test is over: let go

    def related(
        self, doc_id: str, *, limit: int = 10, cancelled: Callable[[], bool] | None = None
    ) -> SearchResponse:
        if not self.hold.is_set():
            return super().related(doc_id, limit=limit, cancelled=cancelled)
        with self._search_lock:
            self.started.set()
            while not self.done.wait(0.01):
                if cancelled is not None and cancelled():
                    self.cancelled.set()
                    raise Cancelled
        return super().related(doc_id, limit=limit, cancelled=cancelled)


async def test_a_key_does_not_wait_for_the_related_items_of_the_previewed_hit(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = SlowRelated(briefings, tmp_path / "slow-index")
    app = make_app(briefings, library=library)
    try:
        async with app.run_test(size=WIDE) as pilot:  # the detail pane, with related, is shown
            await settle(pilot)
            library.hold.set()
            await pilot.press(*"klant", "down")  # into the results: the related items are asked
            # The preview's related items hold the index:
            await until(pilot, library.started.is_set, "the related search")
            await pilot.press("up")  # back into the search box
            await pilot.press("e")
            await answer_to(pilot, "klante")
            # Answered while the related search was never let go: it was cancelled.
            assert library.cancelled.is_set() and not library.done.is_set()
    finally:
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
