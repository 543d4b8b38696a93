"""News copy is cited with the outlet that published it, loaded or read back from the index."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from shared import WriteFile

from mhbrief.citation import cite, cite_briefing, cite_hit
from mhbrief.library import Library
from mhbrief.model import Briefing, Quote, SourceType

NEWS = """
format = 1
kind = "briefing"
id = "anp-2023-05-03-opvang"
title = "Opvang voor slachtoffers schiet tekort"
published = 2023-05-03
organisation = "CoMensha"
source_type = "news-article"
outlet = "ANP"
url = "https://example.org/opvang"

[[quotes]]
id = "q1"
speaker = "Ann de Wit"
role = "directeur"
text = "Er zijn te weinig plekken."

[[points]]
id = "p1"
stance = "critical"
text = "De wachtlijst groeit."
"""


def _library(folder: Path) -> Library:
    library = Library(folder, folder.parent / "index")
    library.sync()
    return library


def test_a_news_quote_is_cited_with_its_outlet(write: WriteFile) -> None:
    library = _library(write("anp.toml", NEWS).parent)
    collection = library.collection
    briefing = collection.briefings["anp-2023-05-03-opvang"]
    quote = briefing.quotes[0]
    assert cite(quote, briefing) == (
        "“Er zijn te weinig plekken.” — Ann de Wit, directeur, CoMensha, 3 mei 2023 "
        "(Opvang voor slachtoffers schiet tekort, ANP)"
    )
    assert cite_briefing(briefing).startswith("Opvang voor slachtoffers schiet tekort (ANP) — ")
    # The same citation from what the index holds (an item whose file fails to load).
    hits = {hit.id: hit for hit in library.search("plekken").hits}
    hits |= {hit.id: hit for hit in library.search("wachtlijst").hits}
    indexed = hits["anp-2023-05-03-opvang/q1"]
    assert indexed.outlet == "ANP"
    assert cite_hit(indexed) == cite(quote, briefing)
    point = briefing.points[0]
    assert cite_hit(hits["anp-2023-05-03-opvang/p1"]) == cite(point, briefing)
    assert indexed.to_json()["outlet"] == "ANP"
    library.close()


def test_a_statement_of_the_organisation_names_no_outlet() -> None:
    quote = Quote("q1", "b", "Ann de Wit", "Er zijn te weinig plekken.")
    statement = Briefing(
        "b",
        "Te weinig plekken",
        date(2023, 5, 3),
        "CoMensha",
        SourceType.PRESS_STATEMENT,
        Path("b.toml"),
        quotes=(quote,),
    )
    assert cite(quote, statement).endswith("3 mei 2023 (Te weinig plekken)")
    assert ", ANP" not in cite(quote, statement)
