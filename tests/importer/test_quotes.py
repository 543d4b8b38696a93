"""Quotation marks as real copy mixes them (issue 22): each in a made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.quotes import quote_spans


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in import_source(text).data["quotes"]]


def test_a_straight_opening_mark_closed_by_a_curly_single_one() -> None:
    text = (
        "Zorgen over vergunningen\n\n"
        "'Wij zien steeds meer vrouwen die zonder vergunning werken’, zegt Eva Kramer.\n"
    )
    assert _quotes(text) == [
        ("Eva Kramer", "Wij zien steeds meer vrouwen die zonder vergunning werken")
    ]


def test_a_curly_opening_mark_closed_by_a_straight_one_keeps_no_mark_in_the_quote() -> None:
    text = (
        "Zorgen over vergunningen\n\n"
        "Eva Kramer ziet het anders. ‘Wij zien steeds meer vrouwen die zonder vergunning "
        "werken. Dat baart ons zorgen.'\n"
    )
    (quote,) = import_source(text).data["quotes"]
    assert quote["text"].endswith("Dat baart ons zorgen.")


def test_a_double_mark_closed_by_a_single_one_before_the_attribution() -> None:
    text = (
        "Nieuw centrum\n\n"
        "Het centrum opent in mei. \"Er valt nog veel te winnen in deze strijd', zegt "
        "directeur Mila Brouwer. 'Wij rekenen op de gemeenten.'\n"
    )
    quotes = _quotes(text)
    assert quotes[0] == ("Mila Brouwer", "Er valt nog veel te winnen in deze strijd")
    draft = import_source(text)
    assert not any("zegt directeur" in p["text"] for p in draft.data["points"])


def test_a_straight_pair_inside_a_curly_quotation_left_open() -> None:
    text = '“The term "forced labour" covers any work taken by threat of a penalty.'
    ((start, end, inner),) = quote_spans(text)
    assert (start, end) == (0, len(text))
    assert inner.startswith('The term "forced labour" covers')


def test_a_closed_straight_pair_inside_a_curly_quotation_stays_inside() -> None:
    text = '“We call it "hidden work" because nobody sees it,” said Ann Lee.'
    (span,) = quote_spans(text)
    assert span[2] == 'We call it "hidden work" because nobody sees it,'


def test_a_quote_closed_by_two_apostrophes_ends_there() -> None:
    text = (
        "“We want no more child labour and no more modern slavery,’’ Hale said at the conference."
    )
    assert [inner for _, _, inner in quote_spans(text)] == [
        "We want no more child labour and no more modern slavery,"
    ]


def test_an_events_name_in_quotes_after_a_preposition_is_no_quote() -> None:
    text = (
        "Demonstratie in Amersfoort\n\n"
        "Sekswerkers verzamelden zich voor het station vanwege 'De dag van de betaalde "
        "liefde'. Ze wilden laten zien dat ze trots zijn.\n"
    )
    assert import_source(text).data.get("quotes", []) == []


def test_a_straight_mark_opening_a_paragraph_left_open_holds_a_single_pair() -> None:
    # British copy: each paragraph of a long quotation opens with a mark and only the
    # last closes it; a single pair inside is the speaker quoting someone, not a quote.
    text = (
        "\"At first he was kind to me. He said 'you can pay me back later.’ But later "
        "on he wanted everything I earned."
    )
    ((start, end, inner),) = quote_spans(text)
    assert (start, end) == (0, len(text))
    assert inner.startswith("At first he was kind") and inner.endswith("everything I earned.")


def test_a_closing_mark_typed_for_the_opening_of_the_next_part() -> None:
    text = (
        "“We will not stop,” the chief said in a statement.” Every family that reports a "
        "missing child deserves an answer. We owe them that.”"
    )
    spans = quote_spans(text)
    assert [inner for _, _, inner in spans] == [
        "We will not stop,",
        "Every family that reports a missing child deserves an answer. We owe them that.",
    ]


def test_a_stray_closing_mark_does_not_swallow_a_quotation_of_its_own() -> None:
    text = "It ended there.” Later the mayor said “we will look again” and left."
    assert [inner for _, _, inner in quote_spans(text)] == ["we will look again"]
