"""Similarity-based plan-section and theme suggestions, written as TOML comments."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from mhbrief.cli import main
from mhbrief.importer import import_source
from mhbrief.importer.suggestions import (
    MAX_SUGGESTED_ITEMS,
    Suggested,
    annotate,
    suggest_draft,
    with_suggestions,
)
from mhbrief.library import Library
from mhbrief.writer import render_draft, write_draft

BROWSE = Path(__file__).parents[1] / "fixtures" / "browse"
STATEMENT = """Nieuwe oproep aan gemeenten

Amsterdam, 3 november 2026

Het Netwerk Kinderrechten vraagt gemeenten om beter te regelen wie slachtoffers opvangt.

Voorzitter Piet Bakker: "Elke gemeente moet weten wie de opvang van slachtoffers regelt."

Online werving van minderjarigen groeit en de klant blijft buiten beeld.
"""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    shutil.copytree(BROWSE, tmp_path / "briefings")
    lib = Library(tmp_path / "briefings", tmp_path / "index")
    lib.sync()
    return lib


def test_similar_items_suggest_sections_and_themes_the_lists_lack(library: Library) -> None:
    draft = import_source(STATEMENT, collection=library.collection)
    found = suggest_draft(draft.data, library.similar, library.collection)
    quote = found["quote-1"]
    assert quote.sections[0] == "plan-veilig/actielijn-1"
    assert quote.titles[0] == "Samenwerking met gemeenten"
    quote_data = draft.data["quotes"][0]
    assert not set(quote.themes) & set(quote_data["themes"])
    point = next(v for k, v in found.items() if k.startswith("point"))
    assert "plan-veilig/actielijn-2" in point.sections


def test_written_as_comments_beside_the_lists_never_in_them(library: Library) -> None:
    draft = with_suggestions(
        import_source(STATEMENT, collection=library.collection), library.similar, library.collection
    )
    text = render_draft(draft)
    lines = text.splitlines()
    at = lines.index(
        "# suggested plan sections (similar statements answer them): "
        "plan-veilig/actielijn-1 (Samenwerking met gemeenten)"
    )
    assert lines[at - 1] == "sections = []"
    data = tomllib.loads(text)
    assert data["quotes"][0]["sections"] == []  # nothing linked blindly
    plain = import_source(STATEMENT, collection=library.collection)
    assert data == tomllib.loads(render_draft(plain))  # the same document


def test_a_list_the_item_lacks_gets_its_comment_at_the_end_of_its_table() -> None:
    text = '[[quotes]]\nid = "q1"\ntext = "x"\n\n[[points]]\nid = "p1"\nthemes = [\n    "a",\n]\n'
    out = annotate(
        text,
        {
            "q1": Suggested(("plan/s1",), ("geld",), ("Titel\n[x]",)),
            "p1": Suggested((), ("zorg",)),
        },
    )
    assert out == (
        '[[quotes]]\nid = "q1"\ntext = "x"\n'
        "# suggested themes (similar statements carry them): geld\n"
        "# suggested plan sections (similar statements answer them): plan/s1 (Titel [x])\n"
        '\n[[points]]\nid = "p1"\nthemes = [\n    "a",\n]\n'
        "# suggested themes (similar statements carry them): zorg\n"
    )
    tomllib.loads(out)


def test_import_writes_the_suggestions(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "oproep.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    code = main(["import", "--briefings", str(library.briefings), str(source), "-o", "-"])
    out = capsys.readouterr().out
    assert code == 0
    assert (
        "# suggested plan sections (similar statements answer them): plan-veilig/actielijn-1" in out
    )
    written = write_draft(
        with_suggestions(import_source(source), library.similar, library.collection),
        library.briefings,
    )
    assert "# suggested plan sections" in written.read_text(encoding="utf-8")


def test_no_index_means_no_suggestions(tmp_path: Path) -> None:
    lib = Library(tmp_path / "empty", tmp_path / "index")
    draft = with_suggestions(import_source(STATEMENT), lib.similar, None)
    assert draft.suggestions == {}


def test_a_draft_of_hundreds_of_items_asks_for_a_bounded_number_and_says_so(
    library: Library,
) -> None:
    quote = (
        'Voorzitter Piet Bakker{n}: "Elke gemeente moet de opvang van slachtoffers regelen, {n}."'
    )
    text = "Oproep aan gemeenten\n\n" + "\n\n".join(
        quote.format(n=n) for n in range(MAX_SUGGESTED_ITEMS + 20)
    )
    draft = with_suggestions(
        import_source(text, collection=library.collection), library.similar, library.collection
    )
    assert len(draft.quotes) == MAX_SUGGESTED_ITEMS + 20
    assert "quote-1" in draft.suggestions
    assert f"quote-{MAX_SUGGESTED_ITEMS + 1}" not in draft.suggestions
    assert any(f"first {MAX_SUGGESTED_ITEMS} of" in w for w in draft.warnings)
