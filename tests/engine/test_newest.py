"""Newest first is exact: the page, total and facets of a full sort of every match.

The reference is brute force: every match with Whoosh's own unpruned relevance score
(whose final step sees global document numbers, so it is right on an index of several
segments), its date and kind from its stored record, sorted newest date first, then
quotes, points, briefings, sections, then score, then document number.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import tomli_w

from mhbrief.engine import facets, newest, search
from mhbrief.engine import query as qlang
from mhbrief.library import Library
from mhbrief.results import Cancelled, Sort

WORDS = [
    "mensenhandel",
    "slachtoffers",
    "opvang",
    "zorg",
    "gemeenten",
    "gemeentelijke",
    "aanpak",
    "klanten",
    "minderjarigen",
    "uitbuiting",
    "politie",
    "opsporing",
    "online",
    "platformen",
    "kinderen",
    "preventie",
]
FILLER = ["de", "het", "een", "van", "en", "in", "op", "met", "voor"]
#: Few dates, so many items share one: ties on date, and on date and kind.
DATES = ("2019-03-01", "2020-06-15", "2021-01-01", "2021-09-30")
QUERIES = (
    "*",
    "opvang van slachtoffers",
    "klanten minderjarigen",
    "zorg OR opvang",
    "opvang NOT zorg",
    '"opvang van slachtoffers"',
    "theme:t politie",
    "kind:quote politie",
    "kind:section",
    "minderjarig*",
    "date:2021 online",
    "opvng~",
)


def sentence(rng: random.Random) -> str:
    words = (rng.choice(FILLER if rng.random() < 0.4 else WORDS) for _ in range(rng.randint(4, 16)))
    return " ".join(words).capitalize() + "."


def write(root: Path, rng: random.Random) -> None:
    """Briefings with quotes and points, and plans with sections, on a few dates."""
    (root / "plans").mkdir(parents=True)
    themes = {"format": 1, "kind": "themes", "themes": {"t": {"label": "T"}}}
    (root / "themes.toml").write_text(tomli_w.dumps(themes), encoding="utf-8")
    for number in range(24):
        items = []
        for i in range(rng.randint(3, 9)):
            item = {"id": f"i{i}", "text": sentence(rng), "themes": ["t"]}
            if rng.random() < 0.5:
                item["speaker"] = rng.choice(("Anna de Vries", "Bram Jansen"))
            else:
                item["stance"] = "critical"
            items.append(item)
        briefing = {
            "format": 1,
            "kind": "briefing",
            "id": f"b{number:03d}",
            "title": " ".join(rng.sample(WORDS, 3)).capitalize(),
            "published": date.fromisoformat(rng.choice(DATES)),
            "organisation": "Centrum",
            "source_type": "report",
            "quotes": [i for i in items if "speaker" in i],
            "points": [i for i in items if "stance" in i],
        }
        (root / f"b{number:03d}.toml").write_text(tomli_w.dumps(briefing), encoding="utf-8")
    for number, published in enumerate(DATES[1:3]):
        sections = [
            {"id": f"s{i}", "title": "Actielijn", "text": sentence(rng), "themes": ["t"]}
            for i in range(4)
        ]
        plan = {
            "format": 1,
            "kind": "plan",
            "id": f"plan-{number}",
            "title": "Plan",
            "published": date.fromisoformat(published),
            "publisher": "Ministerie",
            "sections": sections,
        }
        path = root / "plans" / f"plan-{number}.toml"
        path.write_text(tomli_w.dumps(plan), encoding="utf-8")


def reference(
    library: Library, text: str, typing: bool, only: frozenset[str] | None = None
) -> tuple[list[tuple[str, float]], int, object]:
    """Every match, fully sorted newest first; its total and facets."""
    searcher = library._current_searcher()
    assert searcher is not None
    with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
        reader = plain.reader()
        q = qlang.parse(text, as_you_type=typing).query
        q = qlang.prune(qlang.rewrite(q, reader, qlang.Expansion(full=not typing)), reader)
        rows = []
        for hit in plain.search(q.normalize(), limit=None):
            data = json.loads(hit["data"])
            if only is not None and data["id"] not in only:
                continue
            day = data.get("date")
            # Whoosh's column gives a missing date its largest value: first.
            when = (0, 0) if day is None else (1, -date.fromisoformat(day).toordinal())
            kind = newest.kind_rank(data["kind"].encode())
            rows.append((when, kind, -hit.score, hit.docnum, data["id"]))
        rows.sort()
        docnums = [row[3] for row in rows]
        counts = facets.ordered(facets.read_for(reader, docnums))
    return [(row[4], -row[2]) for row in rows], len(rows), counts


def prefixes(query: str) -> Iterator[str]:
    return (query[:end] for end in range(1, len(query) + 1))


def assert_exact(library: Library, text: str, typing: bool, **kwargs: object) -> None:
    only = kwargs.get("only")
    assert only is None or isinstance(only, frozenset)
    full, total, counts = reference(library, text, typing, only)
    for limit in (1, 7, 50):
        response = library.search(
            text, limit=limit, sort=Sort.NEWEST, as_you_type=typing, only=only
        )
        assert [(hit.id, hit.score) for hit in response.hits] == full[:limit], (text, limit)
        assert response.total == total, text
        assert response.facets == counts, text


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    tmp = tmp_path_factory.mktemp("newest")
    write(tmp / "briefings", random.Random(7))
    library = Library(tmp / "briefings", tmp / "index")
    library.sync()
    yield library
    library.close()


@pytest.mark.parametrize("query", QUERIES)
def test_every_prefix_gives_the_head_of_the_full_sort(library: Library, query: str) -> None:
    for prefix in prefixes(query):
        assert_exact(library, prefix, typing=True)
    assert_exact(library, query, typing=False)


def test_browsing_orders_ties_on_date_and_kind_by_score_then_index_order(
    library: Library,
) -> None:
    response = library.search("*", limit=500, sort=Sort.NEWEST)
    assert response.total == len(response.hits) > 100
    searcher = library._current_searcher()
    assert searcher is not None
    kinds = [hit.kind.value for hit in response.hits]
    assert {"quote", "point", "briefing", "section"} <= set(kinds)
    order = [
        (-(hit.date or date.max).toordinal(), newest.kind_rank(kind.encode()), -hit.score)
        for hit, kind in zip(response.hits, kinds, strict=True)
    ]
    assert order == sorted(order)
    # Every item matches "*" alike (quotes raised): within one date and kind, index order.
    docnums = [searcher._searcher.document_number(id=hit.id) for hit in response.hits]
    for (a, da), (b, db) in itertools.pairwise(zip(order, docnums, strict=True)):
        if a == b:
            assert da < db
    assert {hit.score for hit in response.hits if hit.kind.value == "quote"} == {1.5}
    assert {hit.score for hit in response.hits if hit.kind.value != "quote"} == {1.0}


def test_only_some_items(library: Library) -> None:
    everything = library.search("*", limit=500, sort=Sort.NEWEST)
    rng = random.Random(2)
    chosen = frozenset(rng.sample([hit.id for hit in everything.hits], 40))
    for text in ("*", "opvang", "zorg OR politie", "kind:point"):
        assert_exact(library, text, typing=False, only=chosen)
    assert library.search("*", sort=Sort.NEWEST, only=frozenset()).total == 0


def test_random_queries_sorted_newest_first(library: Library) -> None:
    rng = random.Random(4)
    for _ in range(60):
        parts = [rng.choice(WORDS + FILLER) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            parts[-1] = parts[-1][: rng.randint(2, len(parts[-1]))] + "*"
        if rng.random() < 0.2:
            parts.append(rng.choice(("kind:quote", "theme:t", "kind:section")))
        text = rng.choice((" ", " OR ")).join(parts)
        typing = rng.random() < 0.5
        assert_exact(library, text[: rng.randint(1, len(text))] if typing else text, typing)


def test_a_newer_key_stops_a_newest_search(library: Library) -> None:
    for text in ("*", "opvang slachtoffers"):
        with pytest.raises(Cancelled):
            library.search(text, sort=Sort.NEWEST, cancelled=lambda: True)
        assert_exact(library, text, typing=False)


def test_exact_with_deletions_and_several_segments(tmp_path: Path) -> None:
    write(tmp_path / "briefings", random.Random(9))
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    for number in (2, 11, 19):  # rewritten: their old documents are deleted, not removed
        path = tmp_path / "briefings" / f"b{number:03d}.toml"
        text = path.read_text("utf-8").replace("Bram Jansen", "Cor Visser")
        path.write_text(text.replace("opvang", "zorg opvang"), "utf-8")
        library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    reader = searcher._searcher.reader()
    assert reader.has_deletions() and not reader.is_atomic()
    for query in QUERIES:
        assert_exact(library, query, typing=False)
        for prefix in prefixes(query[:8]):
            assert_exact(library, prefix, typing=True)
    library.close()
