"""Analysis rules: folding, stemming, and stop words that keep positions."""

from __future__ import annotations

import random

import pytest
from whoosh.analysis import StandardAnalyzer

from mhbrief.engine.analysis import (
    edge_analyzer,
    fold,
    index_terms,
    plain_analyzer,
    stem,
    text_analyzer,
    words,
)


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
        ("uitzendbureau", "uitzendbureaus"),
        ("euro", "euros"),
        ("foto", "fotos"),
        ("agenda", "agendas"),
        ("distributiecentrum", "distributiecentra"),
    ],
)
def test_dutch_forms_that_snowball_alone_keeps_apart_share_a_stem(
    singular: str, other: str
) -> None:
    assert stem(fold(singular), "nl") == stem(fold(other), "nl")


SAMPLES = [
    "Financiële zorgcoördinatie voor NGO’s en ngo's: don't, 2.0 en 3.141!",
    "Één straße İstanbul CAFÉ ǅemal ﬁnance Ⅻ x²  ’s 's a'b’c",
    "kinderen meisjes analyses ambities organisaties financieel victims customers",
    "de\u200bklant\u00adschap und\n\nthe work in progress — 'quoted' “quoted”",
    "",
    "   ",
]
CHARS = "aeiouyklmnst ÉéëïöüçßİıĲǅ’'`´.-_0129\n\u0301\u200b\u00adﬁⅫ²"


@pytest.mark.parametrize(
    "analyzer", [text_analyzer("nl"), text_analyzer("en"), plain_analyzer(), edge_analyzer()]
)
def test_the_index_shortcut_yields_what_the_analyzer_yields(analyzer: object) -> None:
    shortcut = index_terms(analyzer)
    assert shortcut is not None
    terms, positional = shortcut
    rng = random.Random(5)
    texts = SAMPLES + ["".join(rng.choice(CHARS) for _ in range(80)) for _ in range(300)]
    for text in texts * 2:  # the second time from its memory of words
        stream = analyzer(text, positions=True, mode="index")  # type: ignore[operator]
        tokens = [(t.text.encode("utf-8"), t.pos) for t in stream]  # one Token, reused
        assert terms(text) == [term for term, _ in tokens], text
        if positional:
            assert [pos for _, pos in tokens] == list(range(len(tokens)))


def test_other_analyzers_take_whooshs_way() -> None:
    assert index_terms(StandardAnalyzer()) is None
    assert index_terms(None) is None
