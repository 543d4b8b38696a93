"""The speaker page lists one statement's quotes in the statement's own order."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from mhbrief.tui.screens.speaker import SpeakerScreen

from .helpers import SIZES, MakeApp, settle


@SIZES
async def test_quotes_of_the_same_day_are_listed_as_the_statement_has_them(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    path = briefings / "centrum-2018.toml"
    text = path.read_text(encoding="utf-8")
    head, gemeente, klant_and_rest = text.split("[[quotes]]\n")
    klant, rest = klant_and_rest.split("[[points]]\n", 1)
    # "klant" now comes first in the file, though its id sorts after "gemeente".
    path.write_text(
        f"{head}[[quotes]]\n{klant}[[quotes]]\n{gemeente}[[points]]\n{rest}", encoding="utf-8"
    )
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.main.open("centrum-2018/klant")
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerScreen)
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        ids = [str(quotes.get_option_at_index(i).id) for i in range(quotes.option_count)]
        assert ids == ["centrum-2018/klant", "centrum-2018/gemeente"]
