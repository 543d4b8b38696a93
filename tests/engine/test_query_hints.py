"""Did-you-mean for words and filter values, and short section ids, as a searcher sees them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "attribution"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    base = tmp_path_factory.mktemp("hints")
    shutil.copytree(FIXTURES, base / "briefings")
    lib = Library(base / "briefings", base / "index")
    assert not lib.sync().stale
    yield lib
    lib.close()


def ids(library: Library, query: str) -> set[str]:
    return {hit.id for hit in library.search(query).hits}


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("theme:financieel", "theme:financiering"),
        ("theme:Financieel", "theme:financiering"),
        ("speaker:ceulers", "speaker:ceuleers"),
        ('speaker:"Shamir Ceulers"', 'speaker:"Shamir Ceuleers"'),
        ("org:uitbuitng", "org:uitbuiting"),
        ("kind:qoute", "kind:quote"),
        ("stance:critcal", "stance:critical"),
        ("section:plan-a/actielijm-3", "section:plan-a/actielijn-3"),
        ("section:actielijm-3", "section:actielijn-3"),
        # The whole query comes back, words and other filters as typed.
        ("kamer theme:financieel kind:quote", "kamer theme:financiering kind:quote"),
        ("(meisjes OR kamer) theme:minderjarign", "(meisjes OR kamer) theme:minderjarigen"),
    ],
)
def test_a_misspelt_filter_value_gets_the_closest_known_value(
    library: Library, query: str, suggestion: str
) -> None:
    response = library.search(query)
    assert response.total == 0
    assert response.suggestion == suggestion
    assert library.search(suggestion).total > 0


@pytest.mark.parametrize(
    "query",
    [
        "section:actielijn-9",  # another section, not a typo of actielijn-3 or -5
        "section:plan-a/actielijn-9",
        "theme:xyz",
        "speaker:ceuleers kind:point",  # both known: nothing to correct
        "theme:fin*",
    ],
)
def test_no_did_you_mean_for_a_value_that_is_known_or_not_close(
    library: Library, query: str
) -> None:
    assert library.search(query).suggestion is None


def test_a_section_id_without_its_plan_resolves_when_one_plan_has_it(library: Library) -> None:
    short = ids(library, "section:actielijn-3")
    assert short == ids(library, "section:plan-a/actielijn-3")
    assert short == {
        "plan-a/actielijn-3",
        "centrum-2018/taak-kamer",
        "centrum-2018/meisjes",
        "centrum-2018",  # the briefing answers it through its items
    }
    assert ids(library, "section:Actielijn-3 kind:quote") == {"centrum-2018/taak-kamer"}


def test_a_section_id_two_plans_have_finds_both_rather_than_nothing(library: Library) -> None:
    assert ids(library, "section:gedeeld") == {"plan-a/gedeeld", "plan-b/gedeeld"}


def test_no_did_you_mean_when_every_word_matched_through_its_stem(library: Library) -> None:
    dutch = library.search("meisje")
    assert {hit.id for hit in dutch.hits} == {"centrum-2018/meisjes"}
    assert dutch.suggestion is None
    english = library.search("exploit worker")
    assert [hit.id for hit in english.hits] == ["network-2020/farms"]
    assert english.suggestion is None
    # A word that matched nothing still gets one, beside a word found by its stem.
    assert library.search("meisje zorgspecialsme").suggestion == "meisje zorgspecialisme"


def test_a_theme_label_word_is_known(library: Library) -> None:
    response = library.search("arbeidsuitbuiting")
    assert [hit.id for hit in response.hits] == ["network-2020/farms"]
    assert response.suggestion is None


def test_no_did_you_mean_that_is_a_stop_word_or_finds_nothing(tmp_path: Path) -> None:
    """ "human trafficking" once gave "Did you mean hun trafficking?" on the bundled
    briefings: a Dutch stop word two letters shorter, and a query that found nothing."""
    shutil.copytree(Path(__file__).parents[2] / "briefings", tmp_path / "briefings")
    lib = Library(tmp_path / "briefings", tmp_path / "index")
    try:
        lib.sync()
        assert lib.search("human trafficking").suggestion is None
        # a real slip still gets one, and it finds something
        suggestion = lib.search("mensenhndel").suggestion
        assert suggestion == "mensenhandel" and lib.search(suggestion).total > 0
    finally:
        lib.close()
