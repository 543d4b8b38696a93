"""The main screen: searching, the result list, opening, copying, reloading, sorting."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from mhbrief.library import Library
from mhbrief.tui.screens.copied import CopiedScreen
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.widgets.detail import DetailPane
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    NEW_BRIEFING,
    REPO_BRIEFINGS,
    SIZES,
    BrokenSearch,
    MakeApp,
    ManyHits,
    detail_text,
    make_draft,
    open_item,
    result_ids,
    row_prompts,
    rows_above,
    screen_text,
    settle,
    type_text,
    wait_for,
    words,
)


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
        # Drawn as a quote is: in its marks, under its speaker's name.
        assert "“Platforms must remove exploitative advertisements within a day.”" in shown
        assert str(app.main.query_one(DetailPane).border_title).startswith("Quote · Carol White")
        app._notifications.clear()
        await pilot.press("S")  # the speaker page needs the file: it says why not
        await pilot.pause()
        told = [str(n.message) for n in app._notifications]
        assert any("Its file has problems (F8" in message for message in told), told


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


@SIZES
async def test_enter_in_the_box_takes_the_suggestion_and_typing_goes_on_after_it(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "mensenhndel")
        box = app.main.query_one(SearchBox)
        await pilot.press("enter")  # "Did you mean mensenhandel? Enter searches for it"
        await settle(pilot)
        assert box.value == "mensenhandel"
        assert app.focused is box
        assert result_ids(app.main)
        await type_text(pilot, " opvang")
        assert box.value == "mensenhandel opvang"


async def test_a_suggestion_taken_from_the_results_puts_the_cursor_at_its_end(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "mensenhndel")
        await pilot.press("down", "enter")
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        assert box.value == "mensenhandel"
        await pilot.press("escape")  # back to the box, the query selected
        await pilot.pause()
        assert app.focused is box and box.selected_text == "mensenhandel"
        await pilot.press("end")
        await type_text(pilot, " opvang")
        assert box.value == "mensenhandel opvang"


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


async def test_live_reload_picks_up_a_new_file_and_keeps_the_place(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "gemeente OR zeldzaamheidsonderzoek")
        await pilot.press("down")
        results = app.main.query_one("#results", OptionList)
        results.highlighted = results.get_option_index("centrum-2018/gemeente")
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.detail_id == "centrum-2018/gemeente"
        await wait_for(pilot, lambda: app.main.live_reload.watching, "the watch to be set up")
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "the new quote")
        assert app.main.detail_id == "centrum-2018/gemeente"
        assert app.focused is app.main.query_one("#links")
        (briefings / "nieuw-2026.toml").unlink()
        await wait_for(
            pilot, lambda: "nieuw-2026/vandaag" not in result_ids(app.main), "the quote to go"
        )


async def test_five_thousand_results_render_and_scroll(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = ManyHits(briefings, tmp_path / "many-index", 5000)
    app = make_app(briefings, library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "zorg")
        results = app.main.query_one("#results", OptionList)
        assert results.option_count == 5000
        await pilot.press("down", "end")
        await pilot.pause()
        assert results.highlighted == 4999
        assert app.main.detail_id == "many/q4999"
        await type_text(pilot, "x")  # typing again replaces all 5,000 rows
        assert results.option_count == 5000


async def test_a_failing_search_is_a_notice_not_a_crash(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(briefings, library=BrokenSearch(briefings, tmp_path / "broken-index"))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "gemeente")
        await pilot.pause()
        assert app.is_running
        assert any("index exploded" in str(n.message) for n in app._notifications)


async def test_more_results_than_a_page_load_on_request(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        import mhbrief.tui.screens.main as main_module

        monkeypatch.setattr(main_module, "PAGE", 3)
        app.main.limit = 3
        app.main.start_search()
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        assert results.option_count == 4
        assert "more: Enter shows them" in str(results.get_option_at_index(3).prompt)
        await pilot.press("down")  # into the results
        results.highlighted = 3
        await pilot.press("enter")
        await settle(pilot)
        assert results.option_count > 4


async def test_a_long_plan_section_is_copied_as_the_editors_summary_and_shown_whole_at_80x24(
    tmp_path: Path, make_app: MakeApp
) -> None:
    folder = tmp_path / "ckm"
    shutil.copytree(REPO_BRIEFINGS, folder)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.open("samen-tegen-mensenhandel/programma")
        await settle(pilot)
        await pilot.press("shift+tab", "c")  # the section's text, not a highlighted backlink
        await settle(pilot)
        copied = app.clipboard
        assert copied.startswith("Samenvatting door de redactie, niet de tekst van het plan: ")
        assert copied.endswith(
            "— § Het programma als geheel, Samen tegen mensenhandel, Staatssecretaris van "
            "Justitie en Veiligheid, namens het kabinet, 13 november 2018"
        )
        # Longer than the copied bar can hold: every word of it is on screen all the same.
        assert isinstance(app.screen, CopiedScreen)
        shown = screen_text(app)
        assert "Copied editors' summary of a plan section (not the plan's words)" in shown
        assert words(copied) in shown
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert not app.main.query_one(CopiedBar).display  # no cut-off copy left to select


@SIZES
async def test_a_short_plan_section_is_labelled_in_the_copied_bar(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.main.open("plan-veilig/actielijn-1")
        await settle(pilot)
        await pilot.press("shift+tab", "c")  # the section's text, not a highlighted backlink
        await settle(pilot)
        assert app.clipboard.startswith("Samenvatting door de redactie, niet de tekst van het plan")
        assert "— § 1 Samenwerking met gemeenten, Veilig en samen" in app.clipboard
        assert isinstance(app.screen, MainScreen)  # it fits the bar
        bar = str(app.main.query_one(CopiedBar).render())
        assert "Copied editors' summary of a plan section" in bar
        assert app.clipboard in bar


@SIZES
async def test_draft_items_are_marked_and_their_copies_flagged(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    make_draft(briefings / "centrum-2018.toml")
    make_draft(briefings / "network-2026.toml")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "gemeente")
        prompts = row_prompts(app.main)
        assert "[draft]" in prompts["centrum-2018/gemeente"]
        assert not any("[draft]" in p for i, p in prompts.items() if i.startswith("centrum-2021"))
        app.main.open("centrum-2018/gemeente")
        await settle(pilot)
        assert "⚠ draft, not reviewed" in detail_text(app.main)  # the app speaks English
        await pilot.press("c")
        assert app.clipboard.endswith(
            "[LET OP: vervangen door centrum-2021] [LET OP: concept, niet nagekeken]"
        )
        app.main.open("network-2026/platforms")
        await settle(pilot)
        await pilot.press("c")
        assert app.clipboard.endswith("[NOTE: draft, not reviewed]")
        # Where a section lists what answers it, the draft is marked too.
        app.main.open("plan-veilig/actielijn-1")
        await settle(pilot)
        links = app.main.query_one("#links", OptionList)
        labels = {
            str(links.get_option_at_index(i).id): str(links.get_option_at_index(i).prompt)
            for i in range(links.option_count)
        }
        assert "[draft]" in labels["centrum-2018/gemeente"]
        # And where a plan lists the briefings that respond to it.
        app.main.open("plan-veilig")
        await settle(pilot)
        labels = {
            str(links.get_option_at_index(i).id): str(links.get_option_at_index(i).prompt)
            for i in range(links.option_count)
        }
        assert "[draft]" in labels["centrum-2018"]
        assert "[draft]" not in labels["centrum-2021"]


@SIZES
async def test_sorting_shows_the_top_of_the_list(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "platformen OR gemeente OR platforms OR klant")
        await pilot.press("enter")
        results = app.main.query_one("#results", OptionList)
        assert results.option_count >= 3
        # The oldest hit: last once sorted newest first, where the highlight used to stay.
        oldest = min(app.main.hits.values(), key=lambda hit: (hit.date, hit.id))
        results.highlighted = results.get_option_index(oldest.id)
        await pilot.pause()
        await pilot.press("s")
        await settle(pilot)
        assert results.highlighted == 0
        assert results.scroll_y == 0
        assert str(results.get_option_at_index(0).id) != oldest.id


async def test_a_reload_that_adds_items_shows_the_top_where_they_are(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # an empty box: everything, newest first
        await pilot.press("down")
        results = app.main.query_one("#results", OptionList)
        results.highlighted = 3
        await pilot.pause()
        kept = results.highlighted_option
        assert kept is not None
        app.main.start_sync()  # a reload that changes nothing keeps the place
        await settle(pilot)
        assert results.highlighted_option is not None
        assert results.highlighted_option.id == kept.id
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        app.main.start_sync()
        await settle(pilot)
        assert results.highlighted == 0
        assert results.scroll_y == 0
        assert str(results.get_option_at_index(0).id) == "nieuw-2026/vandaag"


async def test_at_60x20_the_detail_shows_the_items_words_before_its_links(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(60, 20)) as pilot:
        # A quote under its warning: both lines of its text are there, above the links.
        await open_item(pilot, "klant", "centrum-2018/klant")
        above = rows_above(app, "Plan sections it answers")
        assert "⚠" in above
        assert "“De klant van minderjarigen blijft buiten beeld, terwijl mensenhandel" in above
        assert "online groeit.”" in above
        # A section: its summary right under its heading, the plan's facts after.
        assert app.main.open("plan-veilig/actielijn-1")
        await settle(pilot)
        above = rows_above(app, "Answered by")
        assert "Alle gemeenten krijgen een vaste aanpak en betere zorgcoördinatie" in above
        assert "slachtoffers." in above


async def test_the_sync_at_start_waits_for_the_first_answer(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100k items the sync loads the folder for seconds: it must not slow the first
    answer, which comes from the index as it stands (and says a sync is on its way)."""
    calls: list[str] = []
    search, sync = Library.search, Library.sync

    def searching(self: Library, *args: Any, **kwargs: Any) -> Any:
        calls.append("search")
        return search(self, *args, **kwargs)

    def syncing(self: Library, *args: Any, **kwargs: Any) -> Any:
        calls.append("sync")
        return sync(self, *args, **kwargs)

    monkeypatch.setattr(Library, "search", searching)
    monkeypatch.setattr(Library, "sync", syncing)
    app = make_app(briefings)
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        assert calls[:2] == ["search", "sync"]
        assert app.main.synced
        assert calls.count("sync") == 1
