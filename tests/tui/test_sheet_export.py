"""Exporting a sheet from the app: only Markdown or text, no folder made up, the typed
name kept to correct on any error, and ``a`` on a section saying why it adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.tui.screens.sheet import SheetScreen

from .helpers import SIZES, MakeApp, answer, press, settled, type_text


def hint(app: object) -> str:
    return str(app.screen.query_one("#prompt-hint").render())  # type: ignore[attr-defined]


def notes(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


@SIZES
async def test_an_export_name_of_another_kind_or_in_a_missing_folder_is_asked_again(
    briefings: Path,
    make_app: MakeApp,
    size: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # where the user started mhbrief
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await type_text(pilot, "slachtoffers")
        await press(pilot, "down", "space", "a", "w")
        assert isinstance(app.screen, SheetScreen)

        await press(pilot, "e")
        await answer(pilot, "rtl.docx")
        assert isinstance(app.screen, PromptScreen)  # still open, the name as typed
        assert app.screen.query_one(Input).value == "rtl.docx"
        assert "Markdown (.md) or plain text (.txt), not .docx" in hint(app)
        assert not list(work.iterdir())

        await answer(pilot, "nieuw/rtl.md")
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "nieuw/rtl.md"
        assert f"There is no folder {work / 'nieuw'}" in hint(app)
        assert not (work / "nieuw").exists()  # no folder made up
        assert "with -o" not in hint(app)

        await answer(pilot, "rtl")  # no ending: Markdown, in the folder mhbrief started in
        assert isinstance(app.screen, SheetScreen)
        assert (work / "rtl.md").read_text(encoding="utf-8").startswith("# Prep")
        assert f"Wrote {work / 'rtl.md'}" in notes(app)

        await press(pilot, "e")
        await answer(pilot, "rtl.md")
        assert isinstance(app.screen, PromptScreen)
        assert "already exists" in hint(app) and "with -o" not in hint(app)
        await press(pilot, "ctrl+u", *"~/rtl.txt", "enter")
        assert (home / "rtl.txt").read_text(encoding="utf-8").startswith("Prep\n====")
        assert f"Wrote {home / 'rtl.txt'}" in notes(app)


@SIZES
async def test_a_on_a_plan_section_says_a_sheet_holds_quotes_and_points(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        app.main.open("plan-veilig/actielijn-1")
        await press(pilot, "a")
        assert any(
            "A sheet holds quotes and points, not plan sections" in note for note in notes(app)
        )
