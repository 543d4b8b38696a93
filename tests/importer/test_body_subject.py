"""A quote in a paragraph whose sentence has a body or office named in capitals as its
subject ("De Nationaal Rapporteur herkent het beeld. “…”") is not given to the one
person the text quotes elsewhere: the words may be that body's. A draft with such a
quote left open names the body as a maybe, and says that a speaker filled in is cited
as the draft's organisation's unless the quote gets its own. Made-up texts of our own."""

from __future__ import annotations

from mhbrief.importer import import_source

from .drafts import draft_data

_NL = (
    "Hulp voor slachtoffers schiet tekort\n\n"
    "Utrecht, 3 maart 2025 - Stichting Lichtpunt maakt zich zorgen over de opvang.\n\n"
    "“Wij zien steeds meer mensen die nergens terechtkunnen,” zegt Eva Kramer, "
    "directeur van Stichting Lichtpunt.\n\n"
)


def _quotes(body: str) -> list[dict[str, object]]:
    return list(draft_data(_NL + body)["quotes"])


def test_a_quote_after_a_named_office_as_subject_is_left_open_with_a_maybe() -> None:
    body = (
        "De Nationale Rapporteur Mensenhandel herkent het beeld. “Het aantal meldingen "
        "daalt, maar dat zegt niets over het aantal slachtoffers.”\n"
    )
    quotes = _quotes(body)
    assert quotes[0]["speaker"] == "Eva Kramer"
    assert str(quotes[1]["speaker"]).startswith("TODO")
    warnings = import_source(_NL + body).warnings
    assert any("maybe: Nationale Rapporteur Mensenhandel" in w for w in warnings), warnings
    # Whoever the user fills in would be cited as the Stichting's: the draft says so.
    assert any("cited as Stichting Lichtpunt's" in w for w in warnings), warnings


def test_an_english_body_as_subject_leaves_the_quote_open() -> None:
    text = (
        "Shelters are full\n\n"
        "LONDON, 3 March 2025 - Safe Harbour warned on Monday that its shelters are full.\n\n"
        "“We turn people away every week,” said Eva Kramer, director of Safe Harbour.\n\n"
        "The Salvation Army shares the concern. “Nobody should sleep rough after escaping "
        "exploitation.”\n"
    )
    quotes = list(draft_data(text)["quotes"])
    assert quotes[0]["speaker"] == "Eva Kramer"
    assert str(quotes[1]["speaker"]).startswith("TODO")


def test_a_subject_in_lower_case_or_the_speakers_own_body_does_not_stop_the_carry() -> None:
    quotes = _quotes(
        "Het aantal aanmeldingen steeg vorig jaar met een derde. “Wij moeten mensen "
        "wegsturen, en dat doet pijn.”\n\n"
        "De Stichting Lichtpunt vraagt de gemeente om meer plekken. “Zonder extra bedden "
        "lukt het niet.”\n"
    )
    assert [q["speaker"] for q in quotes] == ["Eva Kramer"] * 3
