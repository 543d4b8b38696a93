"""Fragments around matched words are cut at word boundaries, never inside a word."""

from __future__ import annotations

import pytest

from mhbrief.highlight import fragments, highlight_text, word_end, word_start

TEXTS = (
    "Het CKM mist investeringen in een digitale aanpak. " * 6,
    "De opvang\nvan slachtoffers is bijna groot genoeg; het woord: knoflookpers. " * 5,
    "Elke gemeente moet weten wie slachtoffers opvangt, en dat\tgeldt ook voor zorg. " * 4,
)
TERMS = (("digitale",), ("knoflookpers",), ("opvang",), ("slachtoffers", "zorg"), ("ckm",))


@pytest.mark.parametrize("text", TEXTS, ids=["digitale", "knoflook", "gemeente"])
@pytest.mark.parametrize("width", [20, 37, 60, 101, 160])
def test_no_fragment_starts_or_ends_inside_a_word(text: str, width: int) -> None:
    whole = set(text.split())
    found = 0
    for terms in TERMS:
        for fragment in fragments(highlight_text(text, terms, "nl"), width=width):
            shown = "".join(span.text for span in fragment)
            inner = shown.removeprefix("…").removesuffix("…").split()
            assert inner[0] in whole and inner[-1] in whole, shown
            found += 1
    assert found


def test_a_fragment_of_the_first_word_starts_with_it() -> None:
    text = "Het CKM mist investeringen in een digitale aanpak, " + "en meer woorden. " * 20
    (first, *_), *_ = fragments(highlight_text(text, ["digitale"], "nl"), width=100)
    assert first.text == "Het CKM mist investeringen in een "


def test_word_edges() -> None:
    text = "een bijnagroot woord"
    assert word_start(text, 6) == 4  # inside "bijnagroot": its start
    assert word_start(text, 4) == 4 and word_start(text, 0) == 0
    assert word_end(text, 6) == 14  # inside "bijnagroot": its end
    assert word_end(text, 14) == 14 and word_end(text, 99) == len(text)
    url = "zie https://example.org/" + "a" * 60 + " hier"
    assert word_start(url, 40, limit=50) == 50  # a very long word: on, not past the limit
    assert word_end(url, 40) == 3  # a very long word: back to the end of the word before
