"""While typing, the page comes from ceilings: the very page an exact search gives.

``Library.search(exact=False)`` bounds a huge term (at 100k items a new last word's first
letter) by its highest score instead of reading it all. The user sees the same hits, with
the same scores, in the same order; what may differ is the total, and then it says so.
Here every term that is not kept counts as huge, so the ceilings are used wherever a query
lets them be.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import tomli_w

from mhbrief.engine import bounded, search
from mhbrief.library import Library

WORDS = [
    *("mensenhandel", "slachtoffers", "opvang", "zorg", "gemeenten", "gemeentelijke"),
    *("aanpak", "klanten", "minderjarigen", "uitbuiting", "seksuele", "criminele"),
    *("politie", "opsporing", "online", "platformen"),
]
FILLER = ["de", "het", "een", "van", "en", "in", "op", "met", "voor", "dat", "niet", "is"]
QUERIES = (
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "mensenhandel gemeentelijke aanpak",
    "politie online zorg",
    "zorg OR opvang",
    "opvang NOT zorg",
    "kind:quote politie o",
    "opvang slachtoffers ",
)


def write(root: Path, rng: random.Random, files: int = 40) -> None:
    root.mkdir()
    themes = {"format": 1, "kind": "themes", "themes": {"t": {"label": "T"}}}
    (root / "themes.toml").write_text(tomli_w.dumps(themes), encoding="utf-8")
    for number in range(files):
        items = []
        for i in range(rng.randint(5, 12)):
            words = (rng.choice(FILLER if rng.random() < 0.4 else WORDS) for _ in range(12))
            item = {"id": f"i{i}", "text": " ".join(words).capitalize() + ".", "themes": ["t"]}
            if rng.random() < 0.6:
                item["speaker"] = rng.choice(("Anna de Vries", "Bram Jansen"))
            else:
                item["stance"] = "critical"
            items.append(item)
        briefing = {
            "format": 1,
            "kind": "briefing",
            "id": f"b{number:03d}",
            "title": " ".join(rng.sample(WORDS, 3)).capitalize(),
            "published": "2020-01-01",
            "organisation": "Centrum",
            "source_type": "report",
            "quotes": [i for i in items if "speaker" in i],
            "points": [i for i in items if "stance" in i],
        }
        text = tomli_w.dumps(briefing).replace('"2020-01-01"', "2020-01-01")
        (root / f"b{number:03d}.toml").write_text(text, encoding="utf-8")


@pytest.fixture
def every_term_huge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "COSTLY_POSTINGS", 0)
    monkeypatch.setattr(bounded, "COSTLY_PHRASE", 0)
    monkeypatch.setattr(bounded, "EXACT_PHRASE", 0)
    monkeypatch.setattr(search, "FACETS_WHILE_TYPING", 0)


def typed(library: Library, exact_library: Library, query: str) -> list[bool]:
    """Each prefix of ``query`` as typed, against the exact search; whether each total
    was exact."""
    exact_totals = []
    for end in range(1, len(query) + 1):
        prefix = query[:end]
        quick = library.search(prefix, limit=10, as_you_type=True, exact=False)
        exact = exact_library.search(prefix, limit=10, as_you_type=True)
        assert [(h.id, h.score) for h in quick.hits] == [(h.id, h.score) for h in exact.hits], (
            prefix
        )
        assert exact.settled and quick.suggestion == exact.suggestion, prefix
        if quick.total_exact:
            assert quick.total == exact.total, prefix
        else:  # an estimate, said to be one, never below the page it shows
            assert quick.total >= len(quick.hits), prefix
        if quick.facets_pending:
            assert not quick.facets, prefix
        else:
            assert quick.facets == exact.facets, prefix
        exact_totals.append(quick.total_exact)
    return exact_totals


@pytest.mark.usefixtures("every_term_huge")
def test_every_typed_prefix_shows_the_exact_page(tmp_path: Path) -> None:
    write(tmp_path / "briefings", random.Random(11))
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    exact_library = Library(tmp_path / "briefings", tmp_path / "index")
    exact_library.sync()
    totals = [was for query in QUERIES for was in typed(library, exact_library, query)]
    assert not all(totals), "no prefix was bounded: the test tests nothing"
    library.close()
    exact_library.close()


@pytest.mark.usefixtures("every_term_huge")
def test_the_exact_page_with_deletions_and_several_segments(tmp_path: Path) -> None:
    write(tmp_path / "briefings", random.Random(5))
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    for number in (3, 17, 29):  # rewritten: their old documents are deleted, not removed
        path = tmp_path / "briefings" / f"b{number:03d}.toml"
        path.write_text(path.read_text("utf-8").replace("opvang", "zorg opvang"), "utf-8")
        library.sync()
    exact_library = Library(tmp_path / "briefings", tmp_path / "index")
    exact_library.sync()
    for query in QUERIES[:4]:
        typed(library, exact_library, query)


@pytest.mark.usefixtures("every_term_huge")
def test_random_queries_show_the_exact_page(tmp_path: Path) -> None:
    write(tmp_path / "briefings", random.Random(3))
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    exact_library = Library(tmp_path / "briefings", tmp_path / "index")
    exact_library.sync()
    rng = random.Random(7)
    for _ in range(60):
        words = [rng.choice(WORDS + FILLER) for _ in range(rng.randint(1, 4))]
        joined = rng.choice((" ", " ", " OR ", " AND ")).join(words)
        text = joined[: rng.randint(1, len(joined))]
        quick = library.search(text, limit=20, as_you_type=True, exact=False)
        exact = exact_library.search(text, limit=20, as_you_type=True)
        assert [(h.id, h.score) for h in quick.hits] == [(h.id, h.score) for h in exact.hits], text
        assert quick.total == exact.total or not quick.total_exact, text


def test_with_no_huge_term_the_answer_while_typing_is_the_exact_answer(tmp_path: Path) -> None:
    """A small collection: nothing to bound, facets cheap to count: no second search."""
    write(tmp_path / "briefings", random.Random(2), files=10)
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    for prefix in ("o", "opv", "opvang sl", "klanten van m"):
        quick = library.search(prefix, as_you_type=True, exact=False)
        exact = library.search(prefix, as_you_type=True)
        assert quick.settled and quick == exact, prefix
