"""The Up history of the search box: every query typed and left standing, not only those
opened; saved searches named, renamed and deleted."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from mhbrief.state import StateStore
from mhbrief.tui.screens.prep import STANDING
from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import NARROW, MakeApp, settle, state_idle, type_text


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


async def test_ctrl_s_typing_replaces_the_proposed_name_and_the_palette_renames_and_deletes(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_text(pilot, "geld")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"rtl")  # the query was proposed as the name: typing replaces it
        assert app.screen.query_one(Input).value == "rtl"
        await pilot.press("enter")
        await state_idle(pilot)
        assert app.state.saved_searches() == {"rtl": "geld"}

        await palette(pilot, "rename rtl")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"nos")
        await pilot.press("enter")
        await state_idle(pilot)
        assert app.state.saved_searches() == {"nos": "geld"}

        await palette(pilot, "delete nos")
        await state_idle(pilot)
        assert app.state.saved_searches() == {}
        assert any(
            "Deleted the saved search 'nos' (geld)" in str(n.message) for n in app._notifications
        )


async def palette(pilot: Pilot[None], words: str) -> None:
    """Choose the best match for ``words`` in the command palette."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*words)
    await pilot.pause(0.3)  # the palette searches in the background
    await pilot.press("enter")
    await pilot.pause()
