"""The page of results is the head of the true ranking, for every typed prefix."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
import tomli_w
from whoosh import query as wq

from mhbrief.engine import bounded, facets, related, search
from mhbrief.engine import query as qlang
from mhbrief.library import Library
from mhbrief.results import Cancelled

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
    "seksuele",
    "criminele",
    "politie",
    "opsporing",
    "financiering",
    "middelen",
    "signalering",
    "samenwerking",
    "kinderen",
    "jongeren",
    "bescherming",
    "preventie",
    "online",
    "platformen",
]
FILLER = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "met",
    "voor",
    "dat",
    "niet",
    "is",
    "te",
    "aan",
    "ook",
]
QUERIES = (
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "mensenhandel gemeentelijke aanpak",
    "zorg OR opvang",
    "politie online",
)


def write(root: Path, rng: random.Random) -> None:
    root.mkdir()
    themes = {"format": 1, "kind": "themes", "themes": {"t": {"label": "T"}}}
    (root / "themes.toml").write_text(tomli_w.dumps(themes), encoding="utf-8")
    for number in range(40):
        items = []
        for i in range(rng.randint(5, 12)):
            text = " ".join(
                rng.choice(FILLER if rng.random() < 0.4 else WORDS)
                for _ in range(rng.randint(4, 20))
            )
            item = {"id": f"i{i}", "text": text.capitalize() + ".", "themes": ["t"]}
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
            "published": f"20{10 + number % 12}-01-01",
            "organisation": "Centrum",
            "source_type": "report",
            "quotes": [i for i in items if "speaker" in i],
            "points": [i for i in items if "stance" in i],
        }
        text = tomli_w.dumps(briefing).replace(
            f'published = "{briefing["published"]}"', f"published = {briefing['published']}"
        )
        (root / f"b{number:03d}.toml").write_text(text, encoding="utf-8")


def unpruned(library: Library, text: str) -> list[tuple[str, float]]:
    """Whoosh's own ranking of the same query, without any top-k pruning, from a
    searcher of its own (nothing of ours held in memory), with the same weighting."""
    searcher = library._current_searcher()
    assert searcher is not None
    with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
        reader = plain.reader()
        parsed = qlang.parse(text, as_you_type=True).query
        q = qlang.prune(qlang.rewrite(parsed, reader), reader)
        return [(hit["id"], hit.score) for hit in plain.search(q.normalize(), limit=None)]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    tmp = tmp_path_factory.mktemp("ranking")
    write(tmp / "briefings", random.Random(11))
    library = Library(tmp / "briefings", tmp / "index")
    library.sync()
    return library


@pytest.mark.parametrize("query", QUERIES)
def test_every_prefix_gives_the_head_of_the_unpruned_ranking(library: Library, query: str) -> None:
    for end in range(1, len(query) + 1):
        prefix = query[:end]
        full = unpruned(library, prefix)
        for limit in (10, 50):
            response = library.search(prefix, limit=limit, as_you_type=True)
            assert [(hit.id, hit.score) for hit in response.hits] == full[:limit], prefix
            assert response.total == len(full), prefix


def test_the_next_page_continues_the_first(library: Library) -> None:
    first = [hit.id for hit in library.search("opvang", limit=20).hits]
    both = [hit.id for hit in library.search("opvang", limit=40).hits]
    assert both[:20] == first
    assert len(set(both)) == len(both)


MORE_QUERIES = (
    "zorg OR opvang",
    "opvang NOT zorg",
    '"opvang van slachtoffers"',
    '"klanten minderjarigen"~3 politie',
    "opvang van slachtoffers ",
    "opvng~",
    "theme:t slachtoffers",
    "kind:quote politie",
    "minderjarig*",
)


def assert_head_of_unpruned(library: Library, queries: tuple[str, ...]) -> None:
    for query in queries:
        for end in range(1, len(query) + 1):
            prefix = query[:end]
            full = unpruned(library, prefix)
            response = library.search(prefix, limit=50, as_you_type=True)
            assert [(hit.id, hit.score) for hit in response.hits] == full[:50], prefix
            assert response.total == len(full), prefix


@pytest.mark.parametrize("matcher_type", ["array", "tree"])
def test_exact_with_deletions_and_several_segments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, matcher_type: str
) -> None:
    """Updated files leave deleted documents in old segments and add new segments; an
    OR is summed by a tree of unions in large segments and by an array in small ones."""
    if matcher_type == "tree":
        monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)
    rng = random.Random(5)
    write(tmp_path / "briefings", rng)
    library = Library(tmp_path / "briefings", tmp_path / "index")
    library.sync()
    for number in (3, 17, 29):  # rewritten: their old documents are deleted, not removed
        path = tmp_path / "briefings" / f"b{number:03d}.toml"
        text = path.read_text("utf-8").replace("opvang", "zorg opvang")
        path.write_text(text.replace("Bram Jansen", "Cor Visser"), "utf-8")  # a value new there
        library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    reader = searcher._searcher.reader()
    assert reader.has_deletions() and not reader.is_atomic()
    assert_head_of_unpruned(library, QUERIES[:2] + MORE_QUERIES)
    # Facet counts from the codes kept per segment equal those read document by document.
    with searcher._ix.searcher() as plain:
        for query in ("opvang", "zorg OR politie", "kind:quote"):
            q = qlang.prune(qlang.rewrite(qlang.parse(query).query, reader), reader)
            docnums = [hit.docnum for hit in plain.search(q.normalize(), limit=None)]
            by_document = {
                name: Counter(
                    value
                    for docnum in docnums
                    for value in facets.decode(plain.reader().column_reader(column)[docnum])
                )
                for name, column in facets.COLUMNS.items()
            }
            expected = facets.ordered(by_document)
            assert facets.ordered(facets.read_for(plain.reader(), docnums)) == expected, query
            assert library.search(query).facets == expected, query
    library.close()


def test_related_items_are_the_head_of_the_unpruned_ranking(library: Library) -> None:
    searcher = library._current_searcher()
    assert searcher is not None
    with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
        for doc_id in [hit.id for hit in library.search("opvang", limit=8).hits]:
            record = plain.document(id=doc_id)
            assert record is not None
            data = json.loads(record["data"])
            q = related.similar_query(plain, data)
            kinds = wq.Or([wq.Term("kind", kind) for kind in related.RELATED_KINDS])
            mask = wq.Term("briefing", data["briefing"].lower())
            full = plain.search(q, limit=None, filter=kinds, mask=mask)
            expected = [(hit["id"], hit.score) for hit in full][: related.POOL]
            response = library.related(doc_id, limit=related.POOL)
            assert [(hit.id, hit.score) for hit in response.hits] == expected, doc_id
            assert response.total == len(full), doc_id


def test_a_newer_key_stops_a_search_midway_and_leaves_nothing_half_done(
    library: Library,
) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3  # a newer key arrives while the first words are scored

    query = "opvang van slachtoffers "  # words and a phrase: several parts to score
    with pytest.raises(Cancelled):
        library.search(query, as_you_type=True, cancelled=cancelled)
    assert asked == 4  # stopped at the first look after the key, not at the end
    full = unpruned(library, query)
    response = library.search(query, limit=50, as_you_type=True)
    assert [(hit.id, hit.score) for hit in response.hits] == full[:50]


def random_queries(rng: random.Random, count: int) -> list[str]:
    """Words, prefixes, phrases, fuzzy words and filters joined by operators."""
    queries = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 4)):
            word, roll = rng.choice(WORDS + FILLER), rng.random()
            if roll < 0.15:
                word = word[: rng.randint(2, len(word))] + "*"
            elif roll < 0.3:
                word = f'"{word} {rng.choice(WORDS + FILLER)}"'
            elif roll < 0.35:
                word += "~"
            elif roll < 0.45:
                word = rng.choice(("theme:t", "kind:quote", "kind:point"))
            parts.append(word)
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(("", "", " OR ", " NOT ", " AND ")) or " "
            text += part
        queries.append(text)
    return queries


def test_random_queries_give_whooshs_unpruned_ranking(library: Library) -> None:
    rng = random.Random(3)
    for text in random_queries(rng, 80):
        typing = rng.random() < 0.5
        if typing:
            text = text[: rng.randint(1, len(text))]
        searcher = library._current_searcher()
        assert searcher is not None
        with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
            reader = plain.reader()
            q = qlang.parse(text, as_you_type=typing).query
            expansion = qlang.Expansion(full=not typing)
            q = qlang.prune(qlang.rewrite(q, reader, expansion), reader).normalize()
            full = [(hit["id"], hit.score) for hit in plain.search(q, limit=None)]
        response = library.search(text, limit=20, as_you_type=typing)
        assert [(hit.id, hit.score) for hit in response.hits] == full[:20], text
        assert response.total == len(full), text


def test_an_empty_or_and_matches_nothing_as_in_whoosh(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)  # a tree of unions
    searcher = library._current_searcher()
    assert searcher is not None
    ranker = searcher._ranker()
    for empty in (wq.Or([]), wq.And([]), wq.Or([wq.Or([]), wq.Term("words", "opvang")])):
        with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
            expected = [(hit.score, hit.docnum) for hit in plain.search(empty, limit=None)]
        top, matched = ranker.rank(empty, 50)
        assert top == expected[:50]
        assert len(matched) == len(expected)


def test_every_document_scores_as_whooshs_every_matcher(library: Library) -> None:
    """Browsing ("*") reads no postings: each live document gets what Whoosh's
    ``Every`` matcher gives it (its boost, or 1.0 for none), then the quote factor."""
    assert_head_of_unpruned(library, ("*",))
    searcher = library._current_searcher()
    assert searcher is not None
    ranker = searcher._ranker()
    opvang = wq.Term("words", "opvang")
    for q in (wq.Every(), wq.Every(boost=2.5), wq.Every(boost=0.0), wq.And([wq.Every(), opvang])):
        with searcher._ix.searcher(weighting=search._QuotesFirst(searcher._quotes)) as plain:
            expected = [(hit.score, hit.docnum) for hit in plain.search(q, limit=None)]
        top, matched = ranker.rank(q, 1000)
        assert top == expected[:1000], q
        assert sorted(matched) == sorted(docnum for _, docnum in expected), q


def test_a_bounded_phrase_bonus_gives_the_head_of_the_unpruned_ranking(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every phrase bonus bounded by its words' scores, whatever its size: the exact search
    still shows Whoosh's head, total and (from the matches) facets."""
    plain_facets = {query: library.search(query).facets for query in QUERIES}
    monkeypatch.setattr(bounded, "COSTLY_PHRASE", 0)
    monkeypatch.setattr(bounded, "EXACT_PHRASE", 0)
    bounded_phrases = []
    ceilings = bounded._Bounding._phrase_ceilings

    def spied(self: bounded._Bounding, q: wq.Phrase, within: object) -> object:
        found = ceilings(self, q, within)
        bounded_phrases.append(self.bounded)
        return found

    monkeypatch.setattr(bounded._Bounding, "_phrase_ceilings", spied)
    assert_head_of_unpruned(library, QUERIES + MORE_QUERIES)
    assert any(bounded_phrases), "no phrase bonus was bounded: the test tests nothing"
    for query in QUERIES:
        assert library.search(query).facets == plain_facets[query], query
