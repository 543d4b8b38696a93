"""Fuller names of a surname or first name alone (:mod:`mhbrief.importer.fuller_names`)."""

from __future__ import annotations

from mhbrief.importer.fuller_names import fuller_names


def test_an_adjective_of_origin_with_an_accented_letter_is_no_first_name() -> None:
    text = "De Oekraïense Olena (15) woont nu in Gent. Olena gaat er naar school."
    assert fuller_names("Olena", text) == []


def test_a_first_name_before_a_surname_is_its_fuller_name() -> None:
    text = "Directeur Pieter Claes opende het huis. Claes is tevreden."
    assert fuller_names("Claes", text) == ["Pieter Claes"]
