"""Notes (toasts) stand clear of the text they are about."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from .helpers import NARROW, MakeApp, state_idle, type_text


async def test_notes_stand_clear_of_the_status_line_and_the_panes(
    briefings: Path, make_app: MakeApp
) -> None:
    """A note about the marks (or the open item) never hides what it is about."""
    app = make_app(briefings)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await type_text(pilot, "klant")
        await pilot.press("down", "space", "a")  # mark it, add the marks to the sheet
        await state_idle(pilot)
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert any("Added 1 to the sheet" in str(t.render()) for t in toasts)
        status = app.main.query_one("#status").region
        panes = app.main.query_one("#panes").region
        for toast in toasts:
            assert not toast.region.overlaps(status)
            assert not toast.region.overlaps(panes)
