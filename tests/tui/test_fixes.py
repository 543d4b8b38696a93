"""Copying long and problem-file quotes, theme filters while typing, did-you-mean."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.app import App
from textual.widgets import OptionList

from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    SIZES,
    MakeApp,
    detail_text,
    result_ids,
    screen_lines,
    screen_text,
    settle,
    type_text,
)

REPO_BRIEFINGS = Path(__file__).parents[2] / "briefings"


async def test_a_long_copied_citation_shows_its_attribution_at_80x24(
    tmp_path: Path, make_app: MakeApp
) -> None:
    folder = tmp_path / "ckm"
    shutil.copytree(REPO_BRIEFINGS, folder)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "cybercrime")
        await pilot.press("down", "c")
        await pilot.pause()
        assert "cybercrime" in app.clipboard
        attribution = app.clipboard.rsplit(" — ", 1)[1]
        assert "13 november 2018" in attribution
        bar = app.main.query_one(CopiedBar)
        assert bar.display
        shown = screen_text(app)
        # Wrapped at 80 columns: compare without the line breaks.
        assert " ".join(attribution.split()) in shown


async def test_a_quote_from_a_file_with_problems_is_copied_with_its_attribution_and_a_flag(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        path = briefings / "network-2026.toml"
        path.write_text(path.read_text(encoding="utf-8") + "\n[[quotes]\nbroken", encoding="utf-8")
        app.main.start_sync()
        await settle(pilot)
        await type_text(pilot, "platforms remove")
        hit = app.main.hits["network-2026/platforms"]
        assert hit.from_problem_file
        await pilot.press("down", "enter", "c")
        assert app.clipboard == (
            "“Platforms must remove exploitative advertisements within a day.” — Carol White, "
            "director, Anti-Trafficking Network, 4 May 2026 (Statement on online exploitation) "
            "[NOTE: from the last good version of a file that now has problems]"
        )
        shown = detail_text(app.main)
        assert "Carol White, director · Anti-Trafficking Network · 4 May 2026" in shown
        assert "file that now has problems" in shown


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


@SIZES
async def test_a_single_misspelt_word_gets_a_did_you_mean(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "mensenhndel")
        results = app.main.query_one("#results", OptionList)
        prompts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any("Did you mean mensenhandel?" in p for p in prompts), prompts
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.query_one(SearchBox).value == "mensenhandel"
        assert result_ids(app.main)


def _footer(app: App[None]) -> str:
    return screen_lines(app)[-1]


async def test_each_panes_footer_fits_80_columns_and_help_shows_its_own(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "klant")
        await pilot.press("down")
        await pilot.pause()
        footer = _footer(app)
        for shown in ("⏎ Open", "c Copy cite", "b Back", "f1 Help", "^p palette"):
            assert shown in footer, footer
        await pilot.press("enter")
        await settle(pilot)
        footer = _footer(app)
        for shown in ("⏎ Follow link", "pgdn Scroll text", "c Copy cite", "b Back", "f1 Help"):
            assert shown in footer, footer
        await pilot.press("f4")
        await pilot.pause()
        assert "⏎ Filter by theme" in _footer(app)
        assert "f1 Help" in _footer(app)
        await pilot.press("f1")
        await pilot.pause()
        footer = _footer(app)
        assert "esc Close" in footer
        assert "Copy cite" not in footer


async def test_typing_a_new_search_from_the_detail_tab_shows_the_results(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "platformen")
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = app.main
        assert screen.page == "detail"
        await pilot.press("slash")
        await type_text(pilot, "x")
        assert screen.page == "results"
        assert screen.query_one("#results-pane").region.width == 80
        assert app.focused is screen.query_one(SearchBox)
