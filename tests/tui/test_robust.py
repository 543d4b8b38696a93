"""Problems, live reload, the palette, hostile text, big result lists, failing workers, import."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from mhbrief.tui.app import editor_command
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.screens.problems import ProblemsScreen
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import (
    FIXTURES,
    NEW_BRIEFING,
    SIZES,
    BrokenSearch,
    MakeApp,
    ManyHits,
    detail_text,
    result_ids,
    settle,
    type_text,
    wait_for,
)


@SIZES
async def test_problems_show_in_the_status_and_on_their_own_screen(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        status = str(app.main.query_one("#status-problems").render())
        assert "1 error" in status
        await type_text(pilot, "gemeente")  # the rest of the collection still works
        assert "centrum-2018/gemeente" in result_ids(app.main)
        await pilot.press("escape", "escape", "exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        problems = app.screen.query_one("#problems-list", OptionList)
        shown = str(problems.get_option_at_index(0).prompt)
        expected = app.library.collection.problems[0].format()
        assert shown == expected
        assert "kapot.toml:3" in shown
        await pilot.press("e")  # no editor set: says how to set one
        await pilot.pause()
        assert any("$EDITOR" in str(n.message) for n in app._notifications)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize(
    ("editor", "why"),
    [
        ("/nonexistent", "'/nonexistent': it is not an executable file"),
        ("no-such-editor --wait", "'no-such-editor': it is not installed (not on PATH)"),
    ],
)
async def test_an_editor_that_cannot_start_is_reported_and_the_app_keeps_working(
    briefings: Path, make_app: MakeApp, editor: str, why: str
) -> None:
    (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
    app = make_app(briefings, editor=editor)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.press("e")
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any(f"Cannot start the editor {why}" in m for m in messages), messages
        assert not any("cannot hand over" in m for m in messages)  # it never tried
        await pilot.press("escape")
        await type_text(pilot, "gemeente")
        assert "centrum-2018/gemeente" in result_ids(app.main)


def test_the_editor_opens_at_the_line() -> None:
    assert editor_command("code --wait", Path("/b/x.toml"), 12) == [
        "code",
        "--wait",
        "+12",
        "/b/x.toml",
    ]
    assert editor_command("nano", Path("x.toml"), None) == ["nano", "x.toml"]


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
        await asyncio.sleep(0.3)  # let the watcher start
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "the new quote")
        assert app.main.detail_id == "centrum-2018/gemeente"
        assert app.focused is app.main.query_one("#links")
        (briefings / "nieuw-2026.toml").unlink()
        await wait_for(
            pilot, lambda: "nieuw-2026/vandaag" not in result_ids(app.main), "the quote to go"
        )


@SIZES
async def test_palette_jumps_to_a_section_a_briefing_a_theme_and_a_speaker(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)

        async def palette(text: str) -> None:
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*text)
            await pilot.pause(0.5)  # the palette searches in its own worker
            await pilot.press("enter")
            await settle(pilot)

        await palette("Meldpunt online")
        assert app.main.detail_id == "plan-veilig/actielijn-2.1"
        # By its id, typed the way people say it: spaces need not match literally.
        await palette("actielijn 2.1")
        assert app.main.detail_id == "plan-veilig/actielijn-2.1"
        await palette("Section: Samenwerking")
        assert app.main.detail_id == "plan-veilig/actielijn-1"
        await palette("Briefing: Drie jaar")
        assert app.main.detail_id == "centrum-2021"
        await palette("Theme: Financiering")
        assert app.main.query_one(SearchBox).value.strip() == "theme:geld"
        assert set(result_ids(app.main)) >= {"centrum-2018/geld", "plan-veilig/geld"}
        await palette("Speaker: Carol")
        assert app.screen.query_one("#speaker-facts-text")  # the speaker's page
        await pilot.press("s")  # and from there, a search for their quotes
        await settle(pilot)
        assert app.main.query_one(SearchBox).value.strip() == 'speaker:"Carol White"'
        assert result_ids(app.main) == ["network-2026/platforms"]


@SIZES
async def test_hostile_text_is_shown_literally_and_never_acts(
    tmp_path: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(FIXTURES / "hostile", folder)
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "markup")
        assert result_ids(app.main)[0] == "hostile/markup"
        await pilot.press("down", "enter")
        await settle(pilot)
        text = detail_text(app.main)
        assert "a [/] b en [@click=app.quit]klik hier[/] en [bold]vet[/bold]" in text
        assert "[bold]Mallory[/bold], a [/] b" in text
        assert "\x1b" not in text and "\x07" not in text
        await pilot.click("#detail-body", offset=(12, 2))
        await pilot.click("#detail-body", offset=(30, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("c")
        assert "\x1b" not in app.clipboard
        assert "[@click=app.quit]Org[/]" in app.clipboard
        assert "rood" in app.clipboard
        # The 20,000-character quote opens and scrolls.
        await pilot.press("escape")
        app.main.query_one(SearchBox).value = "speaker:Lange"
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.main.detail_id == "hostile/long"
        assert len(detail_text(app.main)) > 20000
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        # The point made of brackets only, in the results list.
        app.main.query_one(SearchBox).value = "kind:point"
        await settle(pilot)
        assert "[/] [/bold] [link=https://evil.example]link[/link]" in str(
            app.main.query_one("#results", OptionList).get_option_at_index(0).prompt
        )
        assert app.is_running
        screen_text = app.export_screenshot()
        assert "\x1b]" not in screen_text


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
        await pilot.press("escape")
        results.highlighted = 3
        await pilot.press("enter")
        await settle(pilot)
        assert results.option_count > 4


async def test_import_a_source_text_from_the_app(briefings: Path, make_app: MakeApp) -> None:
    source = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "i")
        await pilot.pause()
        await pilot.press(*str(source), "enter")
        await wait_for(
            pilot, lambda: app.screen.query_one("#import-draft").render() != "", "the draft"
        )
        review = str(app.screen.query_one("#import-draft").render())
        assert "quote(s)" in review
        assert "source: press-statement" in review
        before = set(briefings.glob("*.toml"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert len(set(briefings.glob("*.toml")) - before) == 1
        # Title, date and organisation were all found: nothing to fill in, so it says so.
        said = [str(notification.message) for notification in app._notifications]
        assert any("check it against the source" in message for message in said), said
        assert not any("TODO" in message for message in said), said


async def test_the_app_refuses_a_statement_imported_before(
    briefings: Path, make_app: MakeApp
) -> None:
    source = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"
    (briefings / "sources").mkdir()
    (briefings / "sources" / "alliance.txt").write_bytes(source.read_bytes())
    (briefings / "alliance.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "csa-alliance"\ntitle = "Alliance"\n'
        'published = 2022-11-03\norganisation = "Child Safety Alliance"\n'
        'source_type = "press-statement"\nsource_text = "sources/alliance.txt"\n',
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "i")
        await pilot.pause()
        await pilot.press(*str(source), "enter")
        hint = app.screen.query_one("#import-hint")
        await wait_for(pilot, lambda: "Cannot import" in str(hint.render()), "the refusal")
        shown = str(hint.render())
        assert "imported before" in shown and "csa-alliance" in shown, shown
        before = sorted(briefings.rglob("*"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sorted(briefings.rglob("*")) == before


def test_the_saved_message_counts_the_placeholders_left() -> None:
    from mhbrief.tui.screens.import_source import placeholders

    data = {
        "title": "TODO: the headline",
        "quotes": [{"speaker": "TODO: who said this", "text": "Wij"}, {"speaker": "An"}],
        "published": "2025-03-03",
    }
    assert placeholders(data) == 2
    assert placeholders({"title": "Een titel", "quotes": []}) == 0


async def test_the_problems_screen_counts_a_draft_note_as_neither_error_nor_warning(
    briefings: Path, make_app: MakeApp
) -> None:
    path = briefings / "centrum-2021.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('source_type = "report"\n', 'source_type = "report"\ndraft = true\n')
    )
    (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert any(p.severity.value == "note" for p in app.library.collection.problems)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        assert summary.startswith("1 error(s), 0 warning(s).")


async def test_the_problems_header_names_the_files_left_out_and_only_those(
    briefings: Path, make_app: MakeApp
) -> None:
    path = briefings / "centrum-2021.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('themes = ["zorg"]', 'themes = ["zo"]')
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        # An unknown theme is an error, but the file is in (and searched as it is now).
        assert "1 error(s), 0 warning(s). No file is left out." in summary
        await pilot.press("escape")
        (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        assert "2 error(s), 0 warning(s). Left out: kapot.toml (" in summary
        assert "centrum-2021" not in summary
        messages = [str(o.prompt) for o in app.screen.query_one(OptionList)._options]
        assert any("unknown theme 'zo'" in m and "(digitaal, geld, zorg)" in m for m in messages)
