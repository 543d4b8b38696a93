"""Attribution: quotation spans, a person from an attribution, carry-over of names."""

from __future__ import annotations

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
                "‘Dit zegt niemand met een naam erbij, helaas.’",
            ]
        )
    )
    assert [(q["speaker"], q.get("role")) for q in found.quotes] == [
        ("Anna de Vries", "directeur"),
        ("Anna de Vries", "directeur"),
        (PLACEHOLDER_SPEAKER, None),
    ]
    assert found.rests == []


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
