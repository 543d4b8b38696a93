"""Patterns found on fresh set 13 after its one score (seen since; real texts scored
outside the repository), each in a short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import import_source


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_preciseert_is_a_verb_of_saying() -> None:
    text = (
        "Meer jongeren verdwenen\n\n"
        "‘Dit jaar verdwenen er al twaalf’, zegt Lies Maes, woordvoerster van Opvangnet. "
        "‘Ze blijven gemiddeld maar twee dagen bij ons’, preciseert Maes.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Lies Maes", "Lies Maes"]


def test_a_role_vanuit_an_organisation_gives_the_organisation() -> None:
    text = (
        "In gesprek met de zorgcoördinator\n\n"
        "Wij spraken Eva de Wit, zorgcoördinator vanuit Hulpnet in Tilburg.\n\n"
        "‘Wij regelen de zorg voor slachtoffers van mensenhandel in de hele regio,’ zegt "
        "De Wit.\n"
    )
    assert import_source(text).data["organisation"] == "Hulpnet"


def test_a_public_prosecutor_is_a_role() -> None:
    text = (
        "Smokkelbende voor de rechter\n\n"
        "“Het is de ergste bende die we kennen”, zegt openbaar aanklager Ines Peeters.\n"
    )
    assert _speakers(text) == [("Ines Peeters", "openbaar aanklager")]


def test_an_author_run_into_a_headline_that_ends_in_a_quote() -> None:
    text = (
        "Smokkelbende riskeert tien jaar cel: “Nooit zo’n wrede bende gezien” Ann Claes\n\n"
        "12 maart 2024\n\n"
        "Zes mannen stonden dinsdag terecht voor mensensmokkel.\n\n"
        "“We volgden hen een jaar lang”, zegt openbaar aanklager Ines Peeters.\n"
    )
    draft = import_source(text).data
    assert draft["title"] == "Smokkelbende riskeert tien jaar cel: “Nooit zo’n wrede bende gezien”"
    assert [q["speaker"] for q in draft["quotes"]] == ["Ines Peeters"]


def test_a_description_in_quotes_after_an_article_is_no_quote() -> None:
    text = (
        "Bende opgerold\n\n"
        "Volgens het parket vormen ze een “goed georganiseerde, professionele bende”. "
        "De mannen zitten vast.\n\n"
        "“We volgden hen een jaar lang”, zegt openbaar aanklager Ines Peeters.\n"
    )
    draft = import_source(text).data
    assert [q["speaker"] for q in draft["quotes"]] == ["Ines Peeters"]
    assert "ze een “goed georganiseerde, professionele bende”." in draft["summary"]


def test_a_call_for_readers_tips_with_an_address_is_furniture() -> None:
    text = (
        "Uitbuiting in de stad\n\n"
        "Jaarlijks worden honderden meisjes uitgebuit.\n\n"
        "Omroep Stad doet de komende maanden onderzoek naar uitbuiting. Heb je zelf ervaring "
        "of tips? Mail dan naar [email\u00a0protected] of bel naar: 0612345678\n\n"
        "‘Het gaat steeds sneller,’ zegt hulpverlener Sara Dekker.\n"
    )
    draft = import_source(text)
    kept = " ".join([draft.data["summary"], *(p["text"] for p in draft.data["points"])])
    assert "tips" not in kept


def test_a_judge_with_letters_after_the_name_after_a_participle_clause() -> None:
    text = (
        "Couple jailed\n\n"
        "Two people were jailed on Friday for keeping men as slaves.\n\n"
        "Sentencing them at Luton Crown Court, Judge Ann Roe QC said: “This was cruelty "
        "for money, and nothing else.”\n"
    )
    assert _speakers(text) == [("Ann Roe", "judge, QC")]


def test_a_paragraph_repeating_a_quote_without_marks_is_a_pull_quote() -> None:
    text = (
        "Meer jongeren verdwenen\n\n"
        "Er verdwenen dit jaar meer jongeren uit de opvang.\n\n"
        "‘De stijgende cijfers komen door meer controles op de snelweg’, zegt Lies Maes "
        "van Opvangnet.\n\n"
        "De stijgende cijfers komen door meer controles op de snelweg.\n\n"
        "De meeste jongeren vragen geen asiel aan.\n"
    )
    draft = import_source(text)
    assert [p["text"] for p in draft.data["points"]] == [
        "De meeste jongeren vragen geen asiel aan."
    ]
    assert any("a pull quote" in note for note in draft.warnings)


def test_when_after_a_relative_clause_leaves_the_speaker_and_organisation() -> None:
    """A person's name is never the organisation: "…, last Wednesday" at the end of
    the attribution had made it unread, and the name became the organisation."""
    text = (
        "Car wash raids\n\n"
        "Officers raided four car washes.\n\n"
        "“He looked like a rabbit caught in the headlights,” said Tom Reed, of the Labour "
        "Abuse Authority (LAA), which led the raid in Leeds, last Wednesday.\n"
    )
    draft = import_source(text).data
    assert [q["speaker"] for q in draft["quotes"]] == ["Tom Reed"]
    assert draft["organisation"] == "Labour Abuse Authority"


def test_a_one_word_headline_does_not_run_into_the_first_paragraph() -> None:
    text = (
        "Raids\n\n"
        "Police raided car washes.\n\n"
        "“He looked like a rabbit caught in the headlights,” said Tom Reed, of the Labour "
        "Abuse Authority.\n"
    )
    draft = import_source(text).data
    assert draft["organisation"] == "Labour Abuse Authority"
    assert draft["quotes"][0]["speaker"] == "Tom Reed"
