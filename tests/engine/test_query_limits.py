"""Every query costs bounded time and memory, however it is typed (issue 21).

At 20k items one word typed 1,000 times took 48 s, a quoted 1,000-word phrase 41 s,
50 fuzzy words 35 s, 5,000 ``theme:`` filters 17 s and ``?*`` 10 s. The cost is
bounded here by what the parsed query holds (words, phrase words, fuzzy words,
filters, wildcard expansions), never by a clock; each bound says so to the user.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from shared import many_words
from whoosh import query as wq

from mhbrief import cli
from mhbrief.engine import query
from mhbrief.engine.query import parse
from mhbrief.engine.query_limits import (
    MAX_FILTERS,
    MAX_FUZZY_WORDS,
    MAX_PHRASE_WORDS,
    MAX_TERMS,
    MAX_WILDCARD_TERMS,
    MAX_WILDCARDS,
    bound,
)
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("limits")
    shutil.copytree(FIXTURES, base / "briefings")
    many_words(base / "briefings")  # 1,111 points, each with its own word woord12NNNN
    return base / "briefings"


@pytest.fixture(scope="module")
def library(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library(folder, tmp_path_factory.mktemp("index"))
    lib.sync()
    yield lib
    lib.close()


def nodes(q: Any) -> Iterator[Any]:
    yield q
    for child in q.children():
        yield from nodes(child)


def words_of(q: Any) -> set[str]:
    """Every word the parsed query searches, in any field."""
    found: set[str] = set()
    for node in nodes(q):
        if isinstance(node, wq.Phrase):
            found.update(node.words)
        elif isinstance(node, wq.Term):
            found.add(node.text)
    return found


NORMAL = [
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "zorg OR opvang",
    "mensenhandel NOT loverboy",
    '"work in progress"',
    '"opvang slachtoffers"~2 theme:zorg',
    "(opvang OR zorg) AND kind:quote",
    "theme:(digitaal OR zorg) speaker:jansen",
    "date:[2018 TO 2019] minderj*",
    "mensenhndel~ opvang~2",
    "*handel s?achtoffers",
    " ".join(f"woord{n}" for n in range(MAX_TERMS)),
    '"' + " ".join(f"woord{n}" for n in range(MAX_PHRASE_WORDS)) + '"',
    " ".join(f"theme:t{n}" for n in range(MAX_FILTERS)),
    "opvang ",
    "opvang OR opvang",  # operators: left as typed
]


@pytest.mark.parametrize("text", NORMAL)
def test_a_query_within_the_limits_is_searched_exactly_as_typed(text: str) -> None:
    assert bound(text).text == text
    assert bound(text).notes == ()
    assert parse(text).notes == ()


def test_one_word_typed_4000_times_is_searched_once_and_says_so(library: Library) -> None:
    text = " ".join(["mensenhandel"] * 4000)
    assert parse(text).query == parse("mensenhandel").query
    response = library.search(text)
    once = library.search("mensenhandel")
    assert [(h.id, h.score) for h in response.hits] == [(h.id, h.score) for h in once.hits]
    assert response.limits == ("3,999 repeats searched once",)


def test_4000_different_words_search_the_first_32(library: Library) -> None:
    text = " ".join(f"woord12{n:04d}" for n in range(4000))
    parsed = parse(text)
    assert words_of(parsed.query) <= {f"woord12{n:04d}" for n in range(MAX_TERMS)}
    assert parsed.notes == (f"cut after {MAX_TERMS} words",)
    assert library.search(text).limits == (f"cut after {MAX_TERMS} words",)


def test_a_quoted_1000_word_phrase_searches_its_first_12_words() -> None:
    text = '"' + " ".join(f"woord{n}" for n in range(1000)) + '"'
    parsed = parse(text)
    phrases = [node for node in nodes(parsed.query) if isinstance(node, wq.Phrase)]
    assert phrases
    assert all(node.words == [f"woord{n}" for n in range(MAX_PHRASE_WORDS)] for node in phrases)
    assert parsed.notes == (f"a phrase searched by its first {MAX_PHRASE_WORDS} words",)


def test_50_fuzzy_words_expand_only_the_first_8() -> None:
    parsed = parse(" ".join(f"opvang{n}~" for n in range(50)))
    fuzzy = {node.text for node in nodes(parsed.query) if isinstance(node, wq.FuzzyTerm)}
    assert fuzzy == {f"opvang{n}" for n in range(MAX_FUZZY_WORDS)}
    assert f"only the first {MAX_FUZZY_WORDS} words with ~ searched fuzzily" in parsed.notes


def test_5000_theme_filters_apply_once_or_the_first_16() -> None:
    same = parse(" ".join(["theme:zorg"] * 5000))
    assert same.query == parse("theme:zorg").query
    distinct = parse(" ".join(f"theme:t{n}" for n in range(5000)))
    themes = {
        node.text for node in nodes(distinct.query) if getattr(node, "fieldname", "") == "theme"
    }
    assert themes == {f"t{n}" for n in range(MAX_FILTERS)}
    assert distinct.notes == (f"cut after {MAX_FILTERS} filters",)


@pytest.mark.parametrize("text", ["?*", "**", "opvang ?*", "opvang OR ?*", "?* OR opvang", "*a"])
def test_a_wildcard_matching_nearly_every_word_is_left_out_and_said(
    library: Library, text: str
) -> None:
    parsed = parse(text)
    assert not [node for node in nodes(parsed.query) if isinstance(node, wq.Wildcard | wq.Every)]
    response = library.search(text)
    assert response.limits and "a wildcard needs 2 letters or more" in response.limits[0]
    if "opvang" in text:
        assert {h.id for h in response.hits} == {h.id for h in library.search("opvang").hits}
    else:
        assert response.total == 0


def test_at_most_4_wildcards_are_searched() -> None:
    parsed = parse(" ".join(f"w{n}?rd" for n in range(10)))
    wildcards = {node.text for node in nodes(parsed.query) if isinstance(node, wq.Wildcard)}
    assert wildcards == {f"w{n}?rd" for n in range(MAX_WILDCARDS)}


def test_a_wildcard_expands_to_at_most_256_words_and_says_so(library: Library) -> None:
    response = library.search("woord12?*", limit=5)  # 1,111 words match
    assert response.total == MAX_WILDCARD_TERMS  # one point a word
    assert response.limits == (f"a wildcard searched its {MAX_WILDCARD_TERMS} most frequent words",)
    few = library.search("woord1211?*", limit=5)  # 11 words: Whoosh's own wildcard, unchanged
    assert few.total == 11
    assert few.limits == ()


def test_the_cli_prints_what_it_left_out(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code = cli.main(["search", "--briefings", str(folder), "--json", *["opvang"] * 1000])
    out, err = capsys.readouterr()
    assert code == 0
    assert "mhbrief: query limited: 999 repeats searched once" in err
    assert json.loads(out)["total"] > 0


@pytest.mark.parametrize(
    "text", ["woord1211?*", "*unt", "p?nt woord12000?", "punt~ woord12000~", "slachtofers~2"]
)
def test_wildcards_and_fuzzy_words_rank_as_whooshs_own(
    library: Library, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Their words are looked up once per segment, then matched and scored by Whoosh as before."""
    ours = library.search(text, limit=100)
    library.close()  # a fresh searcher, and Whoosh's own wildcards and fuzzy terms
    monkeypatch.setattr(query, "capped_wildcard", lambda reader, q, expansion=None: q)
    monkeypatch.setattr(query, "_ScannedFuzzy", wq.FuzzyTerm)
    whooshs = library.search(text, limit=100)
    library.close()
    assert ours.total == whooshs.total > 0
    assert [(h.id, h.score) for h in ours.hits] == [(h.id, h.score) for h in whooshs.hits]
