"""The source view: the archived text at the quote, or why not."""

from __future__ import annotations

from pathlib import Path

from mhbrief.tui.screens.source import SourceScreen

from .helpers import (
    SIZES,
    MakeApp,
    open_item,
    screen_rows,
    settle,
)


@SIZES
async def test_o_opens_the_source_at_the_quote(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.passage is not None and screen.passage.verbatim
        text = screen_rows(app)
        assert "the quote is highlighted" in text
        assert "De klant van minderjarigen blijft buiten beeld" in text
        # The paragraph before and after are there too.
        assert "slachtoffers opvangt." in text and "Over het geld" in text
        assert screen.quote_paragraph is not None and screen.quote_paragraph.has_class("-quote")
        await pilot.press("pagedown", "pageup", "escape")
        assert app.screen is app.main


async def test_the_source_scrolls_to_a_quote_far_down(folder: Path, make_app: MakeApp) -> None:
    source = folder / "sources" / "centrum-2018.txt"
    filler = "\n\n".join(f"Alinea {i} zonder citaat, met wat tekst erin." for i in range(60))
    source.write_text(filler + "\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        await pilot.pause()
        assert app.screen.query_one("#source-scroll").scroll_y > 0
        assert "De klant van minderjarigen" in screen_rows(app)


async def test_a_quote_at_the_end_of_a_long_paragraph_is_in_view(
    folder: Path, make_app: MakeApp
) -> None:
    source = folder / "sources" / "centrum-2018.txt"
    lead = " ".join(f"Zin {i} van een heel lange alinea zonder het citaat." for i in range(80))
    text = source.read_text(encoding="utf-8").replace(
        "Anna de Vries: ‘De klant", lead + " ‘De klant"
    )
    source.write_text(text, encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        await pilot.pause()
        shown = screen_rows(app)
        assert "De klant van minderjarigen" in shown and "Zin 79 van" in shown
        assert "Zin 10 van" not in shown


async def test_the_source_of_a_quote_not_verbatim_says_so(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "belofte", "centrum-2018/geld")
        await pilot.press("o")
        await settle(pilot)
        text = screen_rows(app)
        assert "Not found verbatim" in text and "closest passage" in text
        assert "een belofte op papier" in text


async def test_no_archived_source_shows_the_url(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "opvangen", "network-2024/opvang")
        await pilot.press("o")
        await settle(pilot)
        text = screen_rows(app)
        assert "no archived source text" in text
        assert "https://example.net/reactie" in text
