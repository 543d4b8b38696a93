"""The theme pane: choosing a theme filter while typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from mhbrief.library import Library
from mhbrief.results import SearchResponse
from mhbrief.tui.screens.results_view import ResultsView
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import (
    NARROW,
    SIZES,
    MakeApp,
    footer_line,
    result_ids,
    settle,
    settled,
    type_text,
)


@SIZES
async def test_a_theme_chosen_while_typing_keeps_the_last_word_a_prefix(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klant minderj")
        before = set(result_ids(app.main))
        assert "centrum-2018/klant" in before
        await pilot.press("f4")
        await pilot.pause()
        themes = app.main.query_one("#themes", OptionList)
        theme = str(themes.get_option_at_index(0).id)
        themes.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        assert box.value == f"theme:{theme} klant minderj"
        assert "centrum-2018/klant" in result_ids(app.main)
        await pilot.press("enter")  # again: the filter comes off, the words stay
        await settle(pilot)
        assert box.value == "klant minderj"
        assert set(result_ids(app.main)) == before


async def test_the_first_answer_comes_before_the_counts_and_the_sync_brings_them(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Before the first sync no theme is loaded, so the first answer (from the index of an
    earlier session) counts none and comes sooner; after the sync the themes have counts."""
    with Library(briefings, tmp_path / "index") as earlier:
        earlier.sync()
    shown: list[tuple[bool, dict[str, dict[str, int]], int]] = []
    original = ResultsView.show

    def recording(self: ResultsView, response: SearchResponse, **kwargs: object) -> None:
        counts = {name: dict(found) for name, found in response.facets.items()}
        shown.append((self.screen.synced, counts, response.total))
        original(self, response, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ResultsView, "show", recording)
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        assert app.main.synced
        assert shown[0][:2] == (False, {}) and shown[0][2] > 0  # rows at once, no counts
        synced = [found for was_synced, found, _ in shown if was_synced]
        assert synced and synced[-1]["theme"]
        themes = app.main.query_one("#themes", OptionList)
        counts = [str(themes.get_option_at_index(i).prompt) for i in range(themes.option_count)]
        assert any(row.split()[0].isdigit() and int(row.split()[0]) > 0 for row in counts)


@SIZES
async def test_a_theme_no_result_has_replaces_the_query_rather_than_finding_nothing(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klant minderj")
        await pilot.press("f4")
        await pilot.pause()
        themes = app.main.query_one("#themes", OptionList)
        rows = [str(themes.get_option_at_index(i).prompt) for i in range(themes.option_count)]
        empty = next(i for i, row in enumerate(rows) if row.split()[0] == "0")
        theme = str(themes.get_option_at_index(empty).id)
        themes.highlighted = empty
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == f"theme:{theme} "
        assert result_ids(app.main)  # everything on the theme, not "Nothing found"


@SIZES
async def test_c_on_the_themes_tab_copies_nothing_out_of_sight(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    """Narrow, the Themes tab shows no quote: c is not offered and copies nothing (it
    says where to copy). Wide, the open item stands beside the themes: c copies it."""
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "gemeente")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.detail_id == "centrum-2018/gemeente"
        await pilot.press("f4")
        await settle(pilot)
        assert app.focused is app.main.query_one("#themes")
        app.copy_to_clipboard("")
        await pilot.press("c")
        await pilot.pause()
        narrow = size == NARROW
        assert ("Copy cite" in footer_line(app)) is not narrow
        assert (app.clipboard == "") is narrow
        assert app.main.page == "themes"
        told = [str(n.message) for n in app._notifications]
        assert any("Themes tab shows no quote" in m for m in told) is narrow
        if not narrow:
            assert "Elke gemeente moet weten" in app.clipboard
