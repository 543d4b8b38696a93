"""The import dialog at 80x24: Tab completes paths and visits only what is shown, the path
is not replaced by a stray key, the draft scrolls, and the footer shows the dialog's keys."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Input

from mhbrief.tui.screens.import_source import ImportSourceScreen, complete_path

from .helpers import FIXTURES, MakeApp, screen_lines, settle, wait_for

SOURCE = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"


def test_a_path_completes_as_far_as_the_names_agree(tmp_path: Path) -> None:
    (tmp_path / "statement-nl.txt").write_text("x")
    (tmp_path / "statement-en.txt").write_text("x")
    (tmp_path / "oud").mkdir()
    (tmp_path / ".verborgen").write_text("x")
    assert complete_path(f"{tmp_path}/sta") == (
        f"{tmp_path}/statement-",
        ["statement-en.txt", "statement-nl.txt"],
    )
    assert complete_path(f"{tmp_path}/statement-n")[0] == f"{tmp_path}/statement-nl.txt"
    assert complete_path(f"{tmp_path}/o")[0] == f"{tmp_path}/oud/"  # a folder gets its /
    assert complete_path(f"{tmp_path}/x") == (f"{tmp_path}/x", [])
    assert complete_path(f"{tmp_path}/.v")[0] == f"{tmp_path}/.verborgen"
    assert ".verborgen" not in complete_path(f"{tmp_path}/")[1]  # hidden only when asked
    assert complete_path(f"{tmp_path}/nergens/a") == (f"{tmp_path}/nergens/a", [])


async def test_the_import_dialog_is_reviewable_at_80x24(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "bronnen"
    folder.mkdir()
    shutil.copy(SOURCE, folder / "statement-en.txt")
    (folder / "statement-nl.txt").write_text("Nog niets.\n", encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportSourceScreen)
        footer = screen_lines(app)[-1]
        assert "Save draft" in footer and "Cancel" in footer and "Copy cite" not in footer
        path = screen.query_one("#import-path", Input)
        review = screen.query_one("#import-review", VerticalScroll)
        await pilot.press(*f"{folder}/sta", "tab")
        assert path.value == f"{folder}/statement-"
        await pilot.press("tab")  # several names: they are shown, the focus stays
        assert "statement-en.txt, statement-nl.txt" in str(
            screen.query_one("#import-hint").render()
        )
        assert app.focused is path  # the empty review is not shown, so not visited
        await pilot.press("e", "tab")
        assert path.value == f"{folder}/statement-en.txt"
        await pilot.press("enter")
        await wait_for(pilot, lambda: review.display and app.focused is review, "the draft")
        await pilot.pause()
        assert review.max_scroll_y > 0  # longer than the box at 80x24
        await pilot.press("pagedown")
        await pilot.pause()
        assert review.scroll_y > 0
        await pilot.press("shift+tab")  # back to the path: it stays whole, typing edits it
        assert app.focused is path
        assert path.selection.is_empty
        await pilot.press("x")
        assert path.value == f"{folder}/statement-en.txtx"
