"""Analysis rules: folding, stemming, and stop words that keep positions."""

from __future__ import annotations

import pytest

from mhbrief.engine.analysis import fold, plain_analyzer, stem, text_analyzer, words


def test_fold_removes_case_and_accents() -> None:
    assert fold("Financiële") == "financiele"
    assert fold("zorgcoördinatie") == "zorgcoordinatie"
    assert fold("CAFÉ") == "cafe"


def test_apostrophes_are_one_character_and_a_final_s_goes() -> None:
    assert fold("NGO’s") == fold("NGO's") == fold("ngo") == "ngo"
    assert fold("don’t") == "don't"
    assert fold("’s") == "'s"


def test_dutch_stems_join_singular_and_plural() -> None:
    for singular, plural in [
        ("gemeente", "gemeenten"),
        ("klant", "klanten"),
        ("middel", "middelen"),
    ]:
        assert stem(singular, "nl") == stem(plural, "nl")


def test_english_stems_join_singular_and_plural() -> None:
    assert stem("customer", "en") == stem("customers", "en")
    assert stem("victim", "en") == stem("victims", "en")


def test_index_keeps_stop_words_with_true_positions() -> None:
    tokens = [(t.text, t.pos) for t in text_analyzer("en")("work in progress", positions=True)]
    assert tokens == [("work", 0), ("in", 1), ("progress", 2)]


def test_plain_query_words_drop_stop_words_of_both_languages() -> None:
    analyzer = text_analyzer("nl")
    plain = [t.text for t in analyzer("de klant and the van", mode="query")]
    assert plain == ["klant"]
    phrase = [t.text for t in analyzer("work in progress", mode="query", chars=True)]
    assert phrase == ["work", "in", "progres"]


def test_names_are_folded_but_not_stemmed() -> None:
    assert [t.text for t in plain_analyzer()("Anna Dé Vries")] == ["anna", "de", "vries"]


def test_words_give_offsets_into_the_original_text() -> None:
    text = "Één gemeente, twee."
    assert [(text[a:b], w) for a, b, w in words(text)] == [
        ("Één", "een"),
        ("gemeente", "gemeente"),
        ("twee", "twee"),
    ]


@pytest.mark.parametrize(
    ("singular", "other"),
    [
        ("meisje", "meisjes"),
        ("analyse", "analyses"),
        ("ambitie", "ambities"),
        ("organisatie", "organisaties"),
        ("financieel", "financiële"),
        ("kind", "kinderen"),
        ("gemeente", "gemeenten"),
    ],
)
def test_dutch_forms_that_snowball_alone_keeps_apart_share_a_stem(
    singular: str, other: str
) -> None:
    assert stem(fold(singular), "nl") == stem(fold(other), "nl")
