"""A long prefix finds every word it starts outside typing (exact totals), and
says so while typing when it searched only the most frequent words."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from shared import WORDS, many_words

from mhbrief import cli, results
from mhbrief.engine import query
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("prefix")
    shutil.copytree(FIXTURES, base / "briefings")
    many_words(base / "briefings")
    return base / "briefings"


@pytest.fixture(scope="module")
def library(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library(folder, tmp_path_factory.mktemp("index"))
    lib.sync()
    return lib


def test_a_long_prefix_outside_typing_finds_every_word(library: Library) -> None:
    response = library.search("woord12*", limit=5)
    assert response.total == WORDS
    assert not response.capped


def test_the_scan_limit_is_lifted_outside_typing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "MAX_SCAN", 100)
    library.close()  # a fresh searcher
    assert library.search("woord12*").total == WORDS
    typing = library.search("woord12*", as_you_type=True)
    assert typing.capped and typing.total < WORDS


def test_while_typing_a_capped_prefix_says_so(library: Library) -> None:
    response = library.search("woord12*", as_you_type=True)
    assert response.capped
    assert response.total == results.MAX_EXPANSIONS
    # An unfinished last word longer than the edge n-grams is a prefix too.
    assert library.search("woord120", as_you_type=True).capped
    assert not library.search("woord1200 ", as_you_type=True).capped


def test_the_cli_gives_exact_totals(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    cli.main(["search", "--json", "--briefings", str(folder), "woord12*"])
    out, _ = capsys.readouterr()
    assert json.loads(out)["total"] == WORDS
