"""A terminal made narrower and wider again, while a quote is open, keeps the app."""

from __future__ import annotations

from pathlib import Path

from mhbrief.tui.screens.main import MainScreen

from .helpers import FIXTURES, WIDE, MakeApp, detail_text, settle, type_text


async def test_flipping_between_the_wide_layout_and_tabs_keeps_the_quote_open(
    make_app: MakeApp,
) -> None:
    # Narrowed from the wide layout to tabs, the quote's links list was measured at width 0,
    # and its wrap raised: the app quit with a traceback (a new user's walk, in tmux).
    app = make_app(Path(FIXTURES / "basic"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_text(pilot, "klant")
        await pilot.press("enter", "enter")
        await settle(pilot)
        for flip in range(8):
            await pilot.resize_terminal(80, 24)
            if flip % 2:
                await pilot.press("f4")
            await pilot.pause()
            await pilot.resize_terminal(*WIDE)
            await pilot.pause()
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, MainScreen)
        assert "De klant van minderjarigen blijft buiten beeld" in detail_text(app.screen)
