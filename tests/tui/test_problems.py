"""The problems screen: what it lists and counts, and how it follows fixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.screens.problems import ProblemsScreen

from .helpers import (
    SIZES,
    MakeApp,
    problem_lines,
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
        status = str(app.main.query_one("#status-text").render())
        assert "1 error" in status
        await type_text(pilot, "gemeente")  # the rest of the collection still works
        assert "centrum-2018/gemeente" in result_ids(app.main)
        await pilot.press("escape", "down", "exclamation_mark")  # clear, to results
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        problems = app.screen.query_one("#problems-list", OptionList)
        shown = str(problems.get_option_at_index(0).prompt)
        collection = app.library.collection
        # The line as validate writes it, the path shown in the briefings folder (the
        # header names the folder): the shortest form.
        expected = collection.problems[0].format(collection.root)
        assert shown == expected
        assert "kapot.toml:3" in shown
        await pilot.press("e")  # no editor set: says how to set one
        await pilot.pause()
        assert any("$EDITOR" in str(n.message) for n in app._notifications)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


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
        assert summary.startswith("1 error, 0 warnings.")


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
        assert "1 error, 0 warnings. No file is left out." in summary
        await pilot.press("escape")
        (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        assert "2 errors, 0 warnings. 1 file left out: kapot.toml." in summary
        assert "centrum-2021" not in summary
        messages = [str(o.prompt) for o in app.screen.query_one(OptionList)._options]
        assert any("unknown theme 'zo'" in m and "(digitaal, geld, zorg)" in m for m in messages)


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
        await wait_for(pilot, lambda: app.main.live_reload.watching, "the watch to be set up")
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


def test_errors_come_before_warnings_and_notes_in_the_problems_list() -> None:
    """At 80x24 a few drafts' notes (four lines each) pushed a real error off the screen."""
    from mhbrief.problems import Problem
    from mhbrief.tui.screens.problems import by_severity

    path = Path("a.toml")
    found = [
        Problem.note(path, "draft: not reviewed yet", 1, 1),
        Problem.warning(path, "an unknown theme", 2, 1),
        Problem.error(path, "a date that is no date", 3, 1),
        Problem.note(path, "another draft", 4, 1),
        Problem.error(path, "a duplicate id", 5, 1),
    ]
    ordered = by_severity(found)
    assert [p.message for p in ordered] == [
        "a date that is no date",
        "a duplicate id",
        "an unknown theme",
        "draft: not reviewed yet",
        "another draft",
    ]


async def test_f8_and_the_status_line_count_the_files_left_out_alike(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # indexed whole: centrum-2021's items are in the index
        path = briefings / "centrum-2021.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("published = 2021-03-02", "published = 2021-02-30"))
        (briefings / "kapot.toml").write_text('format = 1\nkind = "briefing"\nid = [\n', "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        status = str(app.main.query_one("#status-text").render())
        assert "1 file left out" in status  # kapot.toml: nothing of it can be found
        await pilot.press("f8")
        await pilot.pause()
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        assert "1 file left out: kapot.toml." in summary
        assert "1 file failing, still found as last indexed (marked): centrum-2021.toml." in summary


async def test_f8_says_a_file_refused_for_a_duplicate_id_is_left_out(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        original = briefings / "centrum-2021.toml"
        (briefings / "copy").mkdir()
        (briefings / "copy" / "dup.toml").write_text(original.read_text("utf-8"), "utf-8")
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        summary = str(app.screen.query_one("#problems-summary", Static).render())
        # Its items are the other file's: nothing of it is found, marked or not.
        assert "1 file left out: copy/dup.toml." in summary, summary
        assert "still found" not in summary, summary


def _draft(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('source_type = "report"\n', 'source_type = "report"\ndraft = true\n')
    )


async def f8_summary(pilot) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("f8")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ProblemsScreen)
    return str(pilot.app.screen.query_one("#problems-summary", Static).render())


@SIZES
async def test_with_only_draft_notes_f8_asks_nothing_to_be_fixed(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    _draft(briefings / "centrum-2021.toml")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        summary = await f8_summary(pilot)
        assert summary.startswith("No errors or warnings. 1 note: drafts, not reviewed yet."), (
            summary
        )
        assert "Fix" not in summary and "Nothing to fix" in summary


async def test_f8_says_a_draft_note_of_a_copy_left_out_is_of_that_file(
    briefings: Path, make_app: MakeApp
) -> None:
    original = briefings / "centrum-2021.toml"
    _draft(original)
    (briefings / "copy").mkdir()
    (briefings / "copy" / "dup.toml").write_text(original.read_text("utf-8"), "utf-8")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        summary = await f8_summary(pilot)
        assert "1 file left out: copy/dup.toml." in summary, summary
        notes = sum(p.severity.value == "note" for p in app.library.collection.problems)
        assert f"{notes} notes: drafts, not reviewed yet (1 in a file that did not load)." in (
            summary
        ), summary
        assert "and this list follows." in summary  # the duplicate id is an error to fix
