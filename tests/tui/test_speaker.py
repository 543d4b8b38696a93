"""Speaker pages: opening one, and from it the source of a quote."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from mhbrief.citation import cite
from mhbrief.model import Quote
from mhbrief.tui.messages import FilesChanged
from mhbrief.tui.screens.source import SourceScreen
from mhbrief.tui.screens.speaker import SpeakerScreen
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    SIZES,
    MakeApp,
    footer_line,
    open_item,
    option_ids,
    screen_rows,
    settle,
    words,
)


@SIZES
async def test_s_on_a_quote_opens_the_speaker_page(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        text = screen_rows(app)
        assert "Anna de Vries" in text
        assert "directeur  2023-06-01" in text and "woordvoerder  2018-11-13" in text
        assert "Zorg 2" in text and "4 quotes, newest first" in text
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        assert option_ids(quotes)[0] == "centrum-2023/opvang"
        assert app.screen.focused is quotes
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakerScreen)
        assert app.main.detail_id == option_ids(quotes)[1]


async def test_s_on_a_point_says_to_open_a_quote(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "financiële", "centrum-2018/middelen")
        await pilot.press("S", "o")
        await pilot.pause()
        assert app.screen is app.main


async def test_o_on_a_speaker_page_opens_the_highlighted_quotes_source(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        ids = option_ids(quotes)
        await pilot.press(*["down"] * ids.index("centrum-2018/klant"))
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.quote.global_id == "centrum-2018/klant"
        assert "De klant van minderjarigen blijft buiten beeld" in screen_rows(app)
        await pilot.press("escape")
        assert isinstance(app.screen, SpeakerScreen)  # back where it was opened


async def test_c_on_a_speaker_page_copies_the_highlighted_quote_with_its_citation(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        assert "c Copy cite" in footer_line(app)
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        await pilot.press("down")
        target = option_ids(quotes)[1]
        await pilot.press("c")
        await pilot.pause()
        collection = app.library.collection
        quote = collection.get(target)
        assert isinstance(quote, Quote)
        expected = cite(quote, collection.briefing_of(quote))
        assert app.clipboard == expected
        bar = app.screen.query_one(CopiedBar)
        assert bar.display and "Copied citation" in str(bar.render())
        assert words(expected) in words(str(bar.render()))
        await pilot.press("C")
        await pilot.pause()
        assert app.clipboard == quote.text
        await pilot.press("down")
        assert not bar.display  # the bar stands until the next key, as on the main screen
        assert isinstance(app.screen, SpeakerScreen)


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "centrum-2023.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@SIZES
async def test_a_speaker_page_follows_a_reload_and_c_copies_what_it_shows(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        assert "directeur  2023-06-01" in screen_rows(app)
        _edit(folder, 'role = "directeur"', 'role = "jurist en directeur"')
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        text = screen_rows(app)
        assert "jurist en directeur  2023-06-01" in text
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        assert option_ids(quotes)[0] == "centrum-2023/opvang"
        assert "jurist en directeur" in str(quotes.get_option_at_index(0).prompt)
        await pilot.press("c")
        await pilot.pause()
        assert "jurist en directeur" in str(app.clipboard)
        assert words(str(app.clipboard)) in words(screen_rows(app))  # the copied bar


async def test_a_speaker_page_whose_speaker_went_says_so_and_copies_nothing(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "gemeenten weten", "centrum-2023/opvang")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        for name in ("centrum-2018.toml", "centrum-2023.toml"):
            path = folder / name
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("Anna de Vries", "Anna de Boer"), encoding="utf-8")
        app.main.post_message(FilesChanged())  # as live reload tells of an edit
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        assert "no longer in the briefings: Anna de Vries" in words(screen_rows(app))
        assert "directeur" not in screen_rows(app)
        app.copy_to_clipboard("")
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == ""


async def test_c_after_the_folder_was_read_again_copies_nothing_the_page_does_not_show(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "gemeenten weten", "centrum-2023/opvang")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        _edit(folder, 'role = "directeur"', 'role = "jurist en directeur"')
        app.library.sync()  # read again; the page has not been told yet
        app.copy_to_clipboard("")
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == ""
        assert "jurist en directeur  2023-06-01" in screen_rows(app)  # drawn again
        await pilot.press("c")
        await pilot.pause()
        assert "jurist en directeur" in app.clipboard
