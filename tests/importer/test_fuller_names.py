"""Fuller names of a surname or first name alone (:mod:`mhbrief.importer.fuller_names`)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.fuller_names import fuller_names, surname_alone


def test_an_adjective_of_origin_with_an_accented_letter_is_no_first_name() -> None:
    text = "De Oekraïense Olena (15) woont nu in Gent. Olena gaat er naar school."
    assert fuller_names("Olena", text) == []


def test_a_first_name_before_a_surname_is_its_fuller_name() -> None:
    text = "Directeur Pieter Claes opende het huis. Claes is tevreden."
    assert fuller_names("Claes", text) == ["Pieter Claes"]


def test_a_surname_with_a_capitalised_particle_finds_the_name_written_with_it_in_lowercase() -> (
    None
):
    # Dutch writes "Mirjam van den Berg" in full and "Van den Berg" alone.
    text = "Onderzoeker Mirjam van den Berg sprak met tientallen meisjes. Van den Berg zag veel."
    assert fuller_names("Van den Berg", text) == ["Mirjam van den Berg"]
    assert surname_alone("Van den Berg") and surname_alone("Berg")
    assert not surname_alone("Mirjam van den Berg")


def test_a_quote_said_by_the_surname_alone_gets_the_full_name() -> None:
    text = (
        "Meisjes vertellen het pas laat\n\n"
        "Het is een van de verhalen die Mirjam van den Berg als onderzoeker bij een "
        "zorginstelling hoorde. ‘Ze durven het eerst niet te zeggen’, legt Van den Berg uit.\n"
    )
    quote = import_source(text).data["quotes"][0]
    assert quote["speaker"] == "Mirjam van den Berg"
