"""Role phrases before a name: a role word with its field, never with a preposition."""

from __future__ import annotations

from mhbrief.importer.role_phrases import role_before


def test_a_role_word_with_its_field_before_a_name() -> None:
    assert role_before("Volgens coördinator mensenhandel ") == "coördinator mensenhandel"
    assert role_before("zegt hoogleraar jeugdrecht ") == "hoogleraar jeugdrecht"


def test_a_preposition_after_a_role_word_is_no_field_of_it() -> None:
    assert role_before("woordvoerder namens ") is None
    assert role_before("directeur voor ") is None
