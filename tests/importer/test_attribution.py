"""Attribution: quotation spans, a person from an attribution, carry-over of names."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, attribute
from mhbrief.importer.carryover import People
from mhbrief.importer.paragraphs import Paragraph, paragraphs
from mhbrief.importer.quotes import quote_spans
from mhbrief.importer.speakers import Person, parse_person


def test_quote_spans_and_one_left_open() -> None:
    text = "Zij zegt: ‘Het plan is zwak.’ En: “We vragen meer geld van het Rijk"
    spans = quote_spans(text)
    assert [inner for _, _, inner in spans] == [
        "Het plan is zwak.",
        "We vragen meer geld van het Rijk",
    ]
    assert spans[-1][1] == len(text)


def test_parse_person_name_role_and_organisation() -> None:
    assert parse_person("CKM-woordvoerder Shamir Ceuleers") == Person(
        "Shamir Ceuleers", "CKM-woordvoerder"
    )
    assert parse_person("Kees de Jong (directeur)") == Person("Kees de Jong", "directeur")
    assert parse_person("directeur Pieter van den Berg van Stichting Vrij Werk") == Person(
        "Pieter van den Berg", "directeur van Stichting Vrij Werk"
    )
    assert parse_person("Er is één ding dat we willen zeggen").name is None


def test_carry_over_completes_surnames_and_roles() -> None:
    speakers = People()
    assert speakers.resolve(Person("Anna de Vries", "directeur"))[:2] == (
        "Anna de Vries",
        "directeur",
    )
    name, role, notes = speakers.resolve(Person("De Vries", None))
    assert (name, role) == ("Anna de Vries", "directeur")
    assert notes
    assert speakers.resolve(Person(None, "directeur"))[:2] == ("Anna de Vries", "directeur")


def test_attribute_walks_paragraphs_in_order() -> None:
    found = attribute(
        paragraphs(
            [
                "Directeur Anna de Vries: ‘Zonder geld blijft het plan een belofte.’",
                None,
                "“Wij willen het anders zien in de gemeenten,” zegt De Vries.",
                None,
                "‘Dit zegt zij zonder een naam erbij, helaas.’",  # goes on from De Vries
                None,
                "Het plan gaat nu naar de Tweede Kamer.",
                None,
                "‘Dit zegt niemand met een naam erbij, helaas.’",
            ]
        )
    )
    assert [(q["speaker"], q.get("role")) for q in found.quotes] == [
        ("Anna de Vries", "directeur"),
        ("Anna de Vries", "directeur"),
        ("Anna de Vries", "directeur"),
        (PLACEHOLDER_SPEAKER, None),
    ]
    assert found.rests == [Paragraph("Het plan gaat nu naar de Tweede Kamer.", None)]


def test_the_rest_of_a_paragraph_is_kept() -> None:
    found = attribute(
        [
            Paragraph(
                "Het plan is laat. Woordvoerder Jan Smit: ‘Te laat voor de slachtoffers.’", "Kop"
            )
        ]
    )
    assert found.quotes[0]["context"] == "Kop"
    assert found.rests == [Paragraph("Het plan is laat.", "Kop")]


def test_a_pull_quote_repeated_alone_is_no_second_quote() -> None:
    text = (
        "Burgemeesters over uitbuiting\n\n"
        "Voor de burgemeester is het ernstig. “Het gaat om mensen. Zij verdienen met jouw "
        "lichaam geld, iets ergers is er niet,” zegt burgemeester Paul Smit.\n\n"
        "“Zij verdienen met jouw lichaam geld, iets ergers is er niet,”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert len(quotes) == 1


def test_a_question_in_quotes_over_the_text_is_a_kicker() -> None:
    text = (
        "Burgemeesters over uitbuiting\n\n"
        "“Waar is een slachtoffer nu echt mee geholpen?”\n\n"
        "Uitbuiting komt overal voor, weten de burgemeesters van twee steden in het zuiden.\n"
    )
    draft = import_source(text)
    assert draft.data["quotes"] == []
    assert draft.summary is not None and draft.summary.startswith("Uitbuiting komt")
