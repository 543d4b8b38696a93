"""The Up history of the search box: every query typed and left standing, not only those
opened; saved searches named, renamed and deleted."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from mhbrief.state import StateStore
from mhbrief.tui.screens.prep import STANDING
from mhbrief.tui.widgets.search_box import SearchBox

from .conftest import NARROW, MakeApp, settle, type_text
from .test_prep import state_idle


async def stand(pilot: Pilot[None]) -> None:
    """Leave the query as it is for a moment, as someone reading its results does."""
    await pilot.pause(STANDING + 0.3)
    await state_idle(pilot)


async def test_a_query_left_standing_is_kept_without_being_opened(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        await type_text(pilot, "geld")
        await stand(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "klant")
        await stand(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "platf")  # typed on at once: never stood, not kept
        await pilot.press("ctrl+u")
        await settle(pilot)
        await pilot.press("up")
        assert box.value == "klant"
        await pilot.press("up")
        assert box.value == "geld"
        await stand(pilot)  # a recalled query standing is not kept again
        assert box.history == ["geld", "klant"]
    assert StateStore(briefings).history() == ["geld", "klant"]  # and in the next session
