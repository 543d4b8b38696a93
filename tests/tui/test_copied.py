"""The whole-copy screen: what was copied, shown literally."""

from __future__ import annotations

from pathlib import Path

from mhbrief.tui.screens.copied import CopiedScreen

from .helpers import (
    MakeApp,
    screen_text,
    settle,
)


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
