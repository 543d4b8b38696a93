"""The import dialog reads a saved web page and a web address as ``mhbrief import`` does:
the page's main text, never its HTML. The server is a local one (127.0.0.1), never the
internet."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_pages import PAGE, serving

from mhbrief.tui.screens.import_source import ImportSourceScreen
from mhbrief.tui.screens.main import MainScreen

from .helpers import SIZES, MakeApp, settle, wait_for

TITLE = "title: Opvang voor jongeren uitgebreid"


@pytest.fixture
def server() -> Iterator[str]:
    """A local web server on 127.0.0.1 serving the page."""
    with serving({"/nieuws/opvang.html": PAGE.encode()}) as address:
        yield address


async def review_of(pilot, source: str) -> str:  # type: ignore[no-untyped-def]
    """Open the dialog, give it ``source``, and wait for the review or the error."""
    await settle(pilot)
    await pilot.press("down", "i")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ImportSourceScreen)
    await pilot.press(*source, "enter")
    screen = pilot.app.screen

    def drafted() -> bool:
        told = str(screen.query_one("#import-hint").render())
        return str(screen.query_one("#import-draft").render()) != "" or "Cannot" in told

    await wait_for(pilot, drafted, "the draft", seconds=60)
    return str(screen.query_one("#import-draft").render())


def written(briefings: Path, before: set[Path]) -> dict[str, object]:
    (new,) = set(briefings.rglob("*.toml")) - before
    data = tomllib.loads(new.read_text(encoding="utf-8"))
    archived = (new.parent / str(data["source_text"])).read_text(encoding="utf-8")
    assert "<html" not in archived and "We zien elke week jongeren" in archived
    return data


@SIZES
async def test_a_saved_web_page_is_imported_by_its_main_text(
    briefings: Path, make_app: MakeApp, tmp_path: Path, size: tuple[int, int]
) -> None:
    saved = tmp_path / "opvang.html"
    saved.write_text(PAGE, encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        review = await review_of(pilot, str(saved))
        assert TITLE in review and "DOCTYPE" not in review and "<p>" not in review
        assert "Marit Hoekstra" in review
        assert "main text extracted from the web page" in review
        before = set(briefings.rglob("*.toml"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        written(briefings, before)


@SIZES
async def test_a_web_address_is_fetched_and_imported_as_the_cli_does(
    briefings: Path, make_app: MakeApp, server: str, size: tuple[int, int]
) -> None:
    url = f"{server}/nieuws/opvang.html"
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        review = await review_of(pilot, url)
        assert TITLE in review and "Marit Hoekstra" in review, review
        before = set(briefings.rglob("*.toml"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert written(briefings, before)["url"] == url


async def test_a_web_address_that_fails_says_why(
    briefings: Path, make_app: MakeApp, server: str
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await review_of(pilot, f"{server}/missing.html")
        hint = str(app.screen.query_one("#import-hint").render())
        assert "Cannot import: cannot fetch" in hint and "404" in hint
        assert "No such file" not in hint
