"""Esc and a key that arrive together (read by Textual as alt+key) act as Esc, then the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from mhbrief.tui.merged_keys import apart
from mhbrief.tui.screens.help import HelpScreen
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import SIZES, MakeApp, settle


@pytest.mark.parametrize(
    ("key", "character", "second"),
    [
        ("alt+c", "c", "c"),
        ("alt+shift+c", "C", "C"),  # Esc, then a capital C
        ("alt+slash", "/", "slash"),
        ("alt+question_mark", "?", "question_mark"),
    ],
)
def test_alt_with_a_character_is_esc_then_that_key(key: str, character: str, second: str) -> None:
    keys = apart(events.Key(key, character))
    assert keys is not None
    escape, typed = keys
    assert (escape.key, typed.key, typed.character) == ("escape", second, character)


@pytest.mark.parametrize(("key", "character"), [("alt+left", None), ("c", "c"), ("escape", "\x1b")])
def test_other_keys_stay_as_they_are(key: str, character: str | None) -> None:
    assert apart(events.Key(key, character)) is None


@SIZES
async def test_esc_and_a_letter_together_close_the_help_and_type_the_letter(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        app.post_message(events.Key("alt+k", "k"))  # what "\x1bk" in one read becomes
        await pilot.pause()
        await pilot.press(*"lant")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        box = app.main.query_one(SearchBox)
        assert box.value == "klant"
