"""Importing a saved web page or a URL: the page's main text, title and date, read by
the same phases as a pasted text. The server is a local one (127.0.0.1), never the
internet."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_pages import PAGE, serving

from mhbrief import cli
from mhbrief.importer import SourceError, import_source
from mhbrief.importer.webpage import fetch, read_page


def test_the_main_text_title_and_date_of_a_page_are_read() -> None:
    page = read_page(PAGE.encode())
    assert page.title == "Opvang voor jongeren uitgebreid"
    assert page.date == "2025-03-04"
    assert "Doneer nu" not in page.text and "Privacyverklaring" not in page.text
    draft = import_source(page.text)
    assert draft.data["title"] == "Opvang voor jongeren uitgebreid"
    assert str(draft.data["published"]) == "2025-03-04"
    assert [q.speaker for q in draft.quotes] == ["Marit Hoekstra", "Marit Hoekstra"]


def test_a_page_without_main_text_is_refused() -> None:
    with pytest.raises(SourceError, match="no main text"):
        read_page(b"<html><head><title>Nieuws</title></head><body><script></script></body></html>")


@pytest.fixture
def server() -> Iterator[str]:
    """The page, and a page larger than the cap."""
    with serving({"/nieuws/opvang": PAGE.encode(), "/big": b"x" * 5_000_000}) as address:
        yield address


def test_import_of_a_url_keeps_the_address_and_archives_the_extracted_text(
    server: str, tmp_path: Path
) -> None:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    url = f"{server}/nieuws/opvang"
    assert cli.main(["import", url, "--briefings", str(briefings)]) == 0
    written = briefings / "2025-03-04-opvang-voor-jongeren-uitgebreid.toml"
    data = tomllib.loads(written.read_text(encoding="utf-8"))
    assert data["url"] == url
    archived = (written.parent / data["source_text"]).read_text(encoding="utf-8")
    assert "<html" not in archived and "We zien elke week jongeren" in archived


def test_import_of_a_saved_page(tmp_path: Path) -> None:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    saved = tmp_path / "opvang.html"
    saved.write_text(PAGE, encoding="utf-8")
    assert cli.main(["import", str(saved), "--briefings", str(briefings), "-o", "-"]) == 0


def test_fetching_is_capped_and_fails_clearly(server: str) -> None:
    with pytest.raises(SourceError, match="larger than"):
        fetch(f"{server}/big", max_bytes=100_000)
    with pytest.raises(SourceError, match="404"):
        fetch(f"{server}/missing")
    with pytest.raises(SourceError, match=r"cannot fetch .*network"):
        fetch("http://127.0.0.1:9/nothing-listens-here", timeout=2)


NEWS_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>Meer meldingen van arbeidsuitbuiting in de kassen | Westland Nieuws</title>
<meta property="og:site_name" content="Westland Nieuws">
</head><body><nav><a href="/">Home</a> | <a href="/regio">Regio</a></nav>
<article><h1>Meer meldingen van arbeidsuitbuiting in de kassen</h1>
<p class="byline">Door onze redacteur Sanne Visser · 14 februari 2025</p>
<p>Het aantal meldingen van arbeidsuitbuiting in de kassen is vorig jaar flink gestegen.
Dat blijkt uit cijfers van het Centrum tegen Uitbuiting die deze week verschenen.</p>
<p>&#8220;We horen steeds vaker over een hongerloon en over te dure kamers,&#8221; zegt
Lotte Bakker, coördinator bij het centrum.</p>
</article><footer>&#169; Westland Nieuws</footer></body></html>
"""


def test_a_news_sites_page_is_drafted_as_its_article_not_as_a_statement() -> None:
    """The site's name and the byline, which the extracted text loses, are kept above
    the text as a copied page has them: the draft is news copy of that outlet, and the
    archived text says who wrote it."""
    page = read_page(NEWS_PAGE.encode())
    assert page.text.splitlines()[0] == "Westland Nieuws"
    assert "Door onze redacteur Sanne Visser" in page.text
    draft = import_source(page.text)
    assert draft.data["source_type"] == "news-article"
    assert draft.data["outlet"] == "Westland Nieuws"
    assert draft.data["title"] == "Meer meldingen van arbeidsuitbuiting in de kassen"
    assert [q.speaker for q in draft.quotes] == ["Lotte Bakker"]


def test_an_organisations_own_page_stays_its_statement() -> None:
    page = read_page(PAGE.encode())
    assert "Stichting Veilig Thuiskomen" not in page.text.splitlines()[0]
    draft = import_source(page.text)
    assert draft.data["source_type"] == "press-statement"
    assert "outlet" not in draft.data
