"""The body named beside quotes that speak as "we"; in short made-up texts of our own
(no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.we_quotes import body_beside_we

from .drafts import draft_data


def test_the_body_named_beside_a_we_quote_is_the_organisation() -> None:
    text = (
        "Kinderen uit de mijnen\n\n"
        "‘We halen kinderen uit de mijnen en sturen ze naar school’, zegt Noor Hendriks. "
        "De nieuwe actie van Stichting Lichtpunt wil daar geld voor vinden.\n"
    )
    assert draft_data(text)["organisation"] == "Stichting Lichtpunt"


def test_a_we_quote_beside_two_bodies_gives_none() -> None:
    quotes = [{"text": "We halen kinderen uit de mijnen.", "speaker": "Noor Hendriks"}]
    text = (
        "‘We halen kinderen uit de mijnen.’ Stichting Lichtpunt en Vereniging Mijnwerk "
        "voeren samen actie.\n"
    )
    assert body_beside_we(quotes, text) is None


def test_a_body_named_only_inside_the_quote_is_not_read() -> None:
    quotes = [{"text": "We werken samen met Stichting Lichtpunt.", "speaker": "Noor Hendriks"}]
    text = "‘We werken samen met Stichting Lichtpunt.’ zegt Noor Hendriks.\n"
    assert body_beside_we(quotes, text) is None


def test_a_quote_without_we_is_not_read() -> None:
    quotes = [{"text": "Kinderen horen op school.", "speaker": "Noor Hendriks"}]
    text = "‘Kinderen horen op school.’ De actie van Stichting Lichtpunt loopt.\n"
    assert body_beside_we(quotes, text) is None


def test_a_part_of_another_body_is_not_read() -> None:
    quotes = [{"text": "We will bring them home.", "speaker": "Lia Moss"}]
    text = (
        "The consulate worked with the national police and its Intelligence Department. "
        "“We will bring them home.”\n"
    )
    assert body_beside_we(quotes, text) is None


def test_a_body_named_inside_a_quote_of_mixed_marks_is_not_read() -> None:
    quotes = [
        {
            "text": "As part of our Harbour Safety Initiative, we act.",
            "speaker": "Lia Moss",
        }
    ]
    text = '“As part of our Harbour Safety Initiative, we act." said Lia Moss.\n'
    assert body_beside_we(quotes, text) is None
