"""Pilot tests of what a user does, at 80x24 and wide: search, open, follow, go back, copy."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from mhbrief.citation import cite
from mhbrief.model import Quote
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.widgets.detail import DetailPane
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import SIZES, MakeApp, detail_text, link_ids, result_ids, settle, type_text


@SIZES
async def test_typing_searches_and_down_moves_into_the_results(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, SearchBox)
        await type_text(pilot, "gemeente")
        screen = app.main
        # The quote ranks above the plan section that matches as well.
        assert result_ids(screen) == ["centrum-2018/gemeente", "plan-veilig/actielijn-1"]
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is screen.query_one("#results")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.detail_id == "centrum-2018/gemeente"
        assert "Elke gemeente moet weten wie slachtoffers opvangt." in detail_text(screen)
        assert "Anna de Vries, woordvoerder" in detail_text(screen)
        assert "source: https://example.org/nieuws/veilig-en-samen" in detail_text(screen)
        assert "⚠ superseded by centrum-2021" in detail_text(screen)
        assert app.focused is screen.query_one("#links")
        assert screen.query_one(DetailPane).region.width > 0


@SIZES
async def test_enter_in_the_search_box_also_goes_to_the_results(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "platformen")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.main.query_one("#results")


async def test_narrow_shows_one_pane_at_a_time_and_wide_shows_all(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.main
        assert screen.query_one("#results-pane").display
        assert screen.query_one("#detail-pane").region.width == 0
        await pilot.press("f3")
        await pilot.pause()
        assert screen.query_one("#detail-pane").region.width == 80
        assert screen.query_one("#results-pane").region.width == 0
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        for pane in ("#results-pane", "#detail-pane", "#side"):
            assert screen.query_one(pane).region.width > 20


@SIZES
async def test_choosing_a_theme_filters_and_shows_in_the_query(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.main
        await pilot.press("f4")
        await pilot.pause()
        themes = screen.query_one("#themes", OptionList)
        assert app.focused is themes
        index = themes.get_option_index("zorg")
        themes.highlighted = index
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one(SearchBox).value.split() == ["theme:zorg"]
        ids = result_ids(screen)
        assert set(ids) == {
            "centrum-2018",
            "centrum-2018/gemeente",
            "centrum-2021",
            "centrum-2021/zorg",
            "plan-veilig/actielijn-1",
        }
        prompt = str(themes.get_option_at_index(themes.get_option_index("zorg")).prompt)
        assert prompt.startswith("✓") and prompt.endswith(" 5 Zorg"), prompt
        await pilot.press("enter")  # again: the filter comes off
        await settle(pilot)
        assert screen.query_one(SearchBox).value == ""


@SIZES
async def test_follow_a_section_link_then_a_backlink_then_go_back_and_forward(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "elke gemeente")
        screen = app.main
        await pilot.press("down", "enter")
        await settle(pilot)
        assert screen.detail_id == "centrum-2018/gemeente"
        assert link_ids(screen)[0] == "plan-veilig/actielijn-1"
        await pilot.press("enter")  # one key: follow the section link
        await pilot.pause()
        assert screen.detail_id == "plan-veilig/actielijn-1"
        assert "Samenwerking met gemeenten" in detail_text(screen)
        # Newest first: what the organisation says now, then what it said before.
        assert link_ids(screen)[:2] == ["centrum-2021/zorg", "centrum-2018/gemeente"]
        links = screen.query_one("#links", OptionList)
        assert "positive" in str(links.get_option_at_index(0).prompt)
        await pilot.press("enter")  # one key: follow the backlink
        await pilot.pause()
        assert screen.detail_id == "centrum-2021/zorg"
        await pilot.press("b")
        assert screen.detail_id == "plan-veilig/actielijn-1"
        await pilot.press("alt+left")
        assert screen.detail_id == "centrum-2018/gemeente"
        await pilot.press("right_square_bracket")
        assert screen.detail_id == "plan-veilig/actielijn-1"
        await pilot.press("alt+right")
        assert screen.detail_id == "centrum-2021/zorg"


async def test_back_lands_on_the_backlink_that_was_followed(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "elke gemeente")
        screen = app.main
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the section, its backlinks newest first
        await pilot.pause()
        assert link_ids(screen)[:2] == ["centrum-2021/zorg", "centrum-2018/gemeente"]
        await pilot.press("down", "enter")  # the second backlink
        await pilot.pause()
        assert screen.detail_id == "centrum-2018/gemeente"
        await pilot.press("b")
        await pilot.pause()
        assert screen.detail_id == "plan-veilig/actielijn-1"
        links = screen.query_one("#links", OptionList)
        assert links.highlighted == 1  # not the first: c copies what was just read
        await pilot.press("c")
        collection = app.library.collection
        quote = collection.get("centrum-2018/gemeente")
        assert isinstance(quote, Quote)
        assert app.clipboard == cite(quote, collection.briefing_of(quote))


@SIZES
async def test_copy_puts_the_exact_citation_on_the_clipboard_and_shows_it(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klant minderjarigen")
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("c")
        expected = (
            "“De klant van minderjarigen blijft buiten beeld, terwijl mensenhandel online "
            "groeit.” — Anna de Vries, woordvoerder, Centrum tegen Uitbuiting, 13 november 2018 "
            "(Reactie op Veilig en samen) [LET OP: vervangen door centrum-2021]"
        )
        assert app.clipboard == expected
        collection = app.library.collection
        quote = collection.get("centrum-2018/klant")
        assert isinstance(quote, Quote)
        assert expected == cite(quote, collection.briefing_of(quote))
        bar = app.main.query_one(CopiedBar)
        assert bar.display
        assert expected in str(bar.render())
        await pilot.press("y")
        assert app.clipboard == quote.text
        await pilot.press("C")
        assert app.clipboard == quote.text


async def test_copy_from_the_results_copies_the_highlighted_row(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "platforms remove")
        await pilot.press("down", "c")
        assert app.clipboard.startswith("“Platforms must remove exploitative advertisements")
        assert "Carol White, director, Anti-Trafficking Network, 4 May 2026" in app.clipboard


async def test_an_unverified_quote_is_flagged_in_the_app_and_in_the_copy(
    briefings: Path, make_app: MakeApp
) -> None:
    (briefings / "sources").mkdir()
    (briefings / "sources" / "net.txt").write_text("Something else entirely.", encoding="utf-8")
    path = briefings / "network-2026.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'source_type = "press-statement"',
            'source_type = "press-statement"\nsource_text = "sources/net.txt"',
        ),
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=(160, 48)) as pilot:
        await type_text(pilot, "platforms remove")
        assert "network-2026/platforms" in app.library.collection.unverified
        await pilot.press("down", "enter", "c")
        assert "not verbatim" in str(
            app.main.query_one("#results", OptionList).get_option_at_index(0).prompt
        )
        assert "not found verbatim in the source" in detail_text(app.main)
        assert app.clipboard.endswith("[NOTE: not found verbatim in the source]")


@SIZES
async def test_sort_toggles_between_relevance_and_newest(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "platformen OR gemeente OR platforms")
        await pilot.press("enter", "s")
        await settle(pilot)
        screen = app.main
        assert "newest" in str(screen.query_one("#status-text").render())
        dates = [screen.hits[i].date for i in result_ids(screen)]
        assert dates == sorted(dates, reverse=True)


@SIZES
async def test_an_empty_box_browses_quotes_first_newest_first(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.main
        hits = [screen.hits[i] for i in result_ids(screen) if i in screen.hits]
        dates = [hit.date for hit in hits]
        assert dates == sorted(dates, reverse=True)
        first_day = [hit for hit in hits if hit.date == dates[0]]
        kinds = [hit.kind.value for hit in first_day]
        assert kinds == sorted(kinds, key=["quote", "point", "briefing", "section"].index)
        assert "newest" in str(screen.query_one("#status-text").render())
        # Rows name the organisation by its short name where the briefing gives one.
        results = screen.query_one("#results", OptionList)
        rows = {
            str(results.get_option_at_index(i).id): str(results.get_option_at_index(i).prompt)
            for i in range(results.option_count)
        }
        assert "· CtU ·" in rows["centrum-2018/gemeente"]
        assert "· Centrum tegen Uitbuiting ·" in rows["centrum-2021/platformen"]


@SIZES
async def test_help_opens_with_f1_and_question_mark_but_not_while_typing(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    from mhbrief.tui.screens.help import HelpScreen

    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert app.main.query_one(SearchBox).value == "?"
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "the open item, the highlighted backlink or speaker quote" in str(
            app.screen.query_one("#help-text").render()
        )
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("escape", "escape", "down", "question_mark")  # clear, then leave
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_q_quits(briefings: Path, make_app: MakeApp) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


@SIZES
async def test_plan_pane_opens_a_section_with_its_backlinks(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    from textual.widgets import Tree

    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("down", "p")  # from the box into the results, then the plan
        await pilot.pause()
        tree = app.main.query_one("#plan", Tree)
        assert app.focused is tree
        assert app.main.query_one("#plan").select_id("plan-veilig/actielijn-2.1")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        screen = app.main
        assert screen.detail_id == "plan-veilig/actielijn-2.1"
        assert "Meldpunt online" in detail_text(screen)
        assert set(link_ids(screen)) == {"centrum-2021/platformen", "network-2026/platforms"}
        assert "part of: 2 Digitale opsporing" in detail_text(screen)


@SIZES
async def test_an_empty_folder_and_an_empty_search_say_what_to_do(
    tmp_path: Path, briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app(empty)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        rows = result_ids(app.main)
        assert rows == ["__note__"]
        note = str(app.main.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "No briefings or plans here yet" in note
        assert "press i to import" in note
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.main.detail_id is None
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "zzzqqq")
        note = str(app.main.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "Nothing found" in note


@SIZES
async def test_esc_twice_in_the_box_keeps_the_next_words_typed_in_the_box(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    """Esc to start afresh, pressed twice: what is typed next is a query, never the
    results' one-letter commands (``a`` would add to the sheet, ``i`` open the import)."""
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klanten")
        await pilot.press("escape", "escape")
        await type_text(pilot, "aangifte")
        box = app.main.query_one(SearchBox)
        assert box.has_focus and box.value == "aangifte"
        assert isinstance(app.screen, MainScreen)
        assert not any("to the sheet" in str(n.message) for n in app._notifications)


@SIZES
async def test_esc_from_an_open_result_selects_the_query_so_typing_replaces_it(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klanten")
        await pilot.press("down", "enter")
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        assert not box.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert box.has_focus and box.selected_text == "klanten"
        await type_text(pilot, "loverboys")
        assert box.value == "loverboys"  # not "klantenloverboys"


@SIZES
async def test_after_esc_or_slash_end_and_arrows_still_edit_the_query(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klanten")
        await pilot.press("down", "escape", "end")
        await type_text(pilot, " online")
        box = app.main.query_one(SearchBox)
        assert box.value == "klanten online"
        await pilot.press("down", "slash")
        await pilot.pause()
        assert box.has_focus and box.selected_text == "klanten online"
        await pilot.press("left")
        await type_text(pilot, "minderjarige ")
        assert box.value == "minderjarige klanten online"
