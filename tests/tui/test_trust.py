"""What staff read to journalists is what it is: section summaries, drafts, whole copies."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import OptionList

from mhbrief.tui.screens.copied import CopiedScreen
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.screens.problems import ProblemsScreen
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    NEW_BRIEFING,
    SIZES,
    MakeApp,
    detail_text,
    screen_text,
    settle,
    type_text,
    wait_for,
)

REPO_BRIEFINGS = Path(__file__).parents[2] / "briefings"


def words(text: str) -> str:
    return " ".join(text.split())


def row_prompts(screen: MainScreen) -> dict[str, str]:
    results = screen.query_one("#results", OptionList)
    options = [results.get_option_at_index(i) for i in range(results.option_count)]
    return {str(option.id): str(option.prompt) for option in options}


def make_draft(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'))


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
        assert "LET OP: concept, niet nagekeken" in detail_text(app.main)
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


def problem_lines(app: App[None]) -> list[str]:
    assert isinstance(app.screen, ProblemsScreen)
    listed = app.screen.query_one("#problems-list", OptionList)
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


@SIZES
async def test_the_problems_screen_follows_a_fix_made_outside_the_app(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    broken = briefings / "kapot.toml"
    broken.write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        assert any("kapot.toml:3" in line for line in problem_lines(app))
        await asyncio.sleep(0.3)  # let the watcher start
        broken.unlink()  # fixed from another window
        await wait_for(pilot, lambda: problem_lines(app) == [], "the fixed problem to go")
        summary = str(app.screen.query_one("#problems-summary").render())
        assert "No problems" in summary
        assert isinstance(app.screen, ProblemsScreen)  # still open, now up to date


async def test_the_problems_screen_follows_a_fix_made_with_e(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    themes = briefings / "centrum-2021.toml"
    text = themes.read_text(encoding="utf-8")
    assert 'themes = ["zorg"]' in text
    themes.write_text(text.replace('themes = ["zorg"]', 'themes = [\n  "zorgg",\n]', 1))
    app = make_app(briefings)  # no live reload: the fix is seen all the same
    opened: list[tuple[Path, int | None]] = []

    def editor(path: Path, line: int | None) -> None:
        opened.append((path, line))
        path.write_text(text, encoding="utf-8")  # what the user's editor did

    monkeypatch.setattr(app, "open_in_editor", editor)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        [line] = problem_lines(app)
        expected = text.split('themes = ["zorg"]')[0].count("\n") + 2
        # Reported at the entry itself (its own line), with a did-you-mean.
        assert f"centrum-2021.toml:{expected}:3: error: unknown theme 'zorgg'" in line
        assert "(did you mean 'zorg'?)" in line
        await pilot.press("e")
        await settle(pilot)
        assert opened == [(themes, expected)]
        assert problem_lines(app) == []


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


async def test_the_palette_marks_a_draft_briefing(briefings: Path, make_app: MakeApp) -> None:
    from mhbrief.tui.commands import BriefingJump

    make_draft(briefings / "centrum-2018.toml")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        jump = BriefingJump(app.screen, None)
        names = {target.text: target.help for target in jump.targets()}
        drafts = [text for text in names if text.endswith("[draft]")]
        assert len(drafts) == 1 and drafts[0].startswith("Briefing: Reactie op Veilig en samen")
        assert names[drafts[0]].startswith("A draft, not reviewed yet")


async def test_the_whole_copy_screen_shows_hostile_text_literally(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    hostile = "a [/] b [bold]c[/bold] [@click=app.quit]d[/] " * 60
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await app.push_screen(CopiedScreen("citation", hostile))
        await pilot.pause()
        shown = screen_text(app)
        assert "a [/] b [bold]c[/bold] [@click=app.quit]d[/]" in shown
        await pilot.click("#copied-full-text")
        await pilot.pause()
        assert isinstance(app.screen, CopiedScreen)  # no action ran from the text
