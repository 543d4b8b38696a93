"""A quote a headline holds (mhbrief.importer.headline)."""

from __future__ import annotations

from mhbrief.importer import import_source

BODY = "Ann de Wit, officier van justitie, ziet dagelijks slachtoffers van uitbuiting.\n"


def test_a_headline_quoting_a_named_person_is_their_quote() -> None:
    draft = import_source(f"Ann de Wit: ‘Uitbuiting stopt pas als we signalen delen’\n\n{BODY}")
    quotes = draft.data["quotes"]
    assert [(q["speaker"], q["text"]) for q in quotes] == [
        ("Ann de Wit", "Uitbuiting stopt pas als we signalen delen")
    ]


def test_a_headline_the_body_repeats_a_short_one_or_nobodys_adds_nothing() -> None:
    repeated = (
        "Ann de Wit: ‘Uitbuiting stopt pas als we signalen delen’\n\n"
        "„Uitbuiting stopt pas als we signalen delen”, zegt officier Ann de Wit.\n"
    )
    assert len(import_source(repeated).data["quotes"]) == 1
    short = f"Ann de Wit: ‘Stop uitbuiting’\n\n{BODY}"
    assert import_source(short).data.get("quotes", []) == []
    nobody = f"‘Uitbuiting stopt pas als we signalen delen’\n\n{BODY}"
    assert import_source(nobody).data.get("quotes", []) == []


def test_a_topic_headline_quote_is_nobodys_when_the_body_speaker_is_read_from_ik() -> None:
    text = (
        "Karel Wouters reist naar Roemenië: ‘Veel vrouwen zoeken daar wanhopig werk’\n\n"
        "Karel Wouters van stichting Lichtpunt bezoekt elk jaar opvanghuizen in Roemenië. "
        "Vorige maand was hij in Boekarest. “Ik sprak daar met tien vrouwen die werk "
        "zochten.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert [(q["speaker"], q["text"][:9]) for q in quotes] == [("Karel Wouters", "Ik sprak ")]
