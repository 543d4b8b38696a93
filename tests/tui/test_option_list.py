"""Option lists measured at no width (a terminal made narrower mid-layout) do not quit the app."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Size

from mhbrief.tui.widgets.option_list import OptionList


class _Listing(App[None]):
    CSS = "OptionList { height: auto; }"

    def compose(self) -> ComposeResult:
        yield OptionList(
            Content("§ 1 Doorontwikkelen van de basisaanpak van mensenhandel — Samen tegen"),
            Content("briefing Mensenhandel-ambitie Kabinet onvoldoende waargemaakt"),
        )


async def test_a_list_asked_its_height_at_no_width_answers_a_row_an_option() -> None:
    # Textual's own OptionList wrapped each option at width 0 here and raised
    # "range() arg 3 must not be zero": a resize from the wide layout to tabs quit the app.
    app = _Listing()
    async with app.run_test(size=(80, 24)) as pilot:
        listing = app.query_one(OptionList)
        assert listing.get_content_height(Size(0, 16), Size(80, 24), 0) == 2
        assert listing.get_content_height(Size(80, 16), Size(80, 24), 80) == 2
        assert listing.get_content_height(Size(30, 16), Size(80, 24), 30) > 2  # wrapped
        await pilot.resize_terminal(1, 24)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert listing.option_count == 2
