"""Tune round 42: a lead-in "Zoals X het samenvat" / "As X put it," right before a quote,
without a colon, names its speaker; in short made-up texts of our own (no text of an
evaluation set)."""

from __future__ import annotations

from typing import Any

from .drafts import draft_data


def _quotes(text: str) -> list[dict[str, Any]]:
    return list(draft_data(text)["quotes"])


def test_zoals_x_het_samenvat_before_a_quote_names_the_speaker() -> None:
    text = (
        "Terugblik op de studiedag\n\n"
        "De zaal zat vol en de sprekers kregen veel vragen. Zoals onze voorzitter Mirjam "
        "Kok treffend samenvat “Het was een dag vol goede gesprekken en nieuwe plannen.”\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Mirjam Kok"
    assert quote["role"] == "voorzitter"


def test_as_x_put_it_before_a_quote_names_the_speaker() -> None:
    text = (
        "Study day looks back\n\n"
        "The hall was full all day. As director Tom Hale put it, “We have never had so "
        "many people asking how they can help.”\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Tom Hale"


def test_as_a_report_says_names_no_speaker() -> None:
    text = (
        "Study day looks back\n\n"
        "The hall was full all day. As the yearly report says, “more people than ever "
        "asked how they could help this year.”\n"
    )
    quotes = _quotes(text)
    assert all(q["speaker"].startswith("TODO") for q in quotes)
