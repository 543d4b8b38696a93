"""The theme pane: choosing a theme filter while typing."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import (
    SIZES,
    MakeApp,
    result_ids,
    settle,
    type_text,
)


@SIZES
async def test_a_theme_chosen_while_typing_keeps_the_last_word_a_prefix(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "klant minderj")
        before = set(result_ids(app.main))
        assert "centrum-2018/klant" in before
        await pilot.press("f4")
        await pilot.pause()
        themes = app.main.query_one("#themes", OptionList)
        theme = str(themes.get_option_at_index(0).id)
        themes.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        box = app.main.query_one(SearchBox)
        assert box.value == f"theme:{theme} klant minderj"
        assert "centrum-2018/klant" in result_ids(app.main)
        await pilot.press("enter")  # again: the filter comes off, the words stay
        await settle(pilot)
        assert box.value == "klant minderj"
        assert set(result_ids(app.main)) == before
