"""Who a person is, in brackets after the name: an organisation, a short form or a role;
an age, a place in a picture or any other aside is not (made-up examples)."""

from __future__ import annotations

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions


def _people(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.person.name, m.person.role) for m in mentions(text, People()) if m.sure]


def test_an_organisation_in_brackets_joins_the_role() -> None:
    assert _people("Fatima El Amrani (Universiteit Utrecht) steunt de oproep.") == [
        ("Fatima El Amrani", "Universiteit Utrecht")
    ]
    assert _people("Kamerlid Jan Smit (PvdA) wil actie.") == [("Jan Smit", "kamerlid (PvdA)")]


def test_a_role_and_its_field_before_a_titled_name() -> None:
    text = "Hoogleraar jeugdrecht prof. dr. Fatima El Amrani (Universiteit Utrecht) steunt het."
    assert _people(text) == [
        ("prof. dr. Fatima El Amrani", "Hoogleraar jeugdrecht (Universiteit Utrecht)")
    ]
    assert _people("Volgens coördinator mensenhandel Eva Smit is het erg.") == [
        ("Eva Smit", "coördinator mensenhandel")
    ]


def test_an_aside_in_brackets_is_no_role() -> None:
    assert _people("Jan de Vries (links op de foto) kijkt toe.") == []
    assert _people("Kees de Jong (53) zegt dat het erg is.") == [("Kees de Jong", None)]
