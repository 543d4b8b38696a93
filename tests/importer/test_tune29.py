"""Tune round 29: a name before "van de" + an adjective or a body, organisations with
small words inside their names, speakers and furniture; each pattern in a short made-up
text of our own (no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.name_then_body import name_end_before_body
from mhbrief.importer.speakers import parse_person

from .drafts import draft_data


def test_a_name_then_van_de_and_an_adjective_is_a_name_and_a_body() -> None:
    text = (
        "Oplichters bellen ouderen\n\n"
        "“Ze doen zich voor als bankmedewerker”, zegt Kees Vlot van de Friese politie bij "
        "Omrop Fryslân. “Daarna is het geld binnen een uur weg.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Kees Vlot", "Kees Vlot"]


def test_a_name_with_its_own_van_de_stays_one_name() -> None:
    assert name_end_before_body("Jan Smit van de Berg") is None
    assert name_end_before_body("Anna van de Zeeuwse") is None  # one word before: unsure
    assert parse_person("Jan Smit van de Berg").name == "Jan Smit van de Berg"


def test_a_second_van_after_a_surname_with_a_particle_opens_the_body() -> None:
    text = (
        "Meer meldingen\n\n"
        "Volgens Tom Van Dalen van Maison des Enfants komen er meer meldingen binnen. "
        "“Het zijn er elke week meer”, zegt hij.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Tom Van Dalen"
    assert quote["role"] == "Maison des Enfants"


def test_bij_an_outlet_after_a_pronoun_is_where_it_was_said() -> None:
    text = (
        "Drukte op de dijk\n\n"
        "Volgens Mira de Groot van Stichting Dijkwacht is het te druk. “Mensen komen met "
        "duizenden tegelijk”, zegt ze bij RTL Nieuws.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Mira de Groot"


def test_bij_after_a_role_word_is_where_the_speaker_works() -> None:
    person = parse_person("Eva Brink, verslaggever bij NOS")
    assert person.name == "Eva Brink"
    assert person.role is not None and "NOS" in person.role


def test_a_kind_then_a_name_with_des_inside_is_the_whole_name() -> None:
    text = (
        "Hulp voor straatkinderen\n\n"
        "De hulporganisatie Amis des Rues trekt aan de bel. Amis des Rues ziet steeds meer "
        "kinderen op straat slapen in de grote steden van het land.\n"
    )
    assert draft_data(text)["organisation"] == "Amis des Rues"
