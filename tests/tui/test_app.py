"""The app: starting the editor at a problem's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief.tui.app import editor_command
from mhbrief.tui.screens.problems import ProblemsScreen

from .helpers import (
    MakeApp,
    result_ids,
    settle,
    type_text,
)


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
