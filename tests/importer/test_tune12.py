"""Patterns found on tune set 12 (real texts scored outside the repository), each in a
short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import import_source


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_a_capitalised_flemish_particle_is_part_of_the_name() -> None:
    text = (
        "Meer vervolging nodig\n\n"
        "Kamerlid Lies Van Dorpe wil dat daders van uitbuiting vaker vervolgd worden.\n\n"
        "Van Dorpe: “Slachtoffers verdienen rust. Daders horen voor de rechter.”\n\n"
        "Het aantal zaken daalt, zegt Pieter Van Ackere, directeur van de inspectie. "
        "“We hebben te weinig mensen”, zegt Van Ackere.\n"
    )
    names = [name for name, _ in _speakers(text)]
    assert names == ["Lies Van Dorpe", "Pieter Van Ackere"]


def test_a_speakers_surname_is_never_the_organisation() -> None:
    text = (
        "Eight travellers stopped at the airport\n\n"
        "Eight travellers were stopped at the airport, the Border Agency (BA) said on Monday.\n\n"
        "Gate Division Chief Ana Ferreira said the travellers held false papers.\n\n"
        "“They told our officers they were going on holiday,” Ferreira said in a statement.\n"
    )
    draft = import_source(text)
    assert draft.data["organisation"] != "Ferreira"
    assert _speakers(text)[0][0] == "Ana Ferreira"


def test_a_police_operation_is_no_organisation() -> None:
    text = (
        "Nine arrests in county sting\n\n"
        "The county task force made nine arrests during Operation Safe Harbour, a Sheriff's "
        "Office spokesman said Friday.\n\n"
        "Two people were offered help by advocates.\n"
    )
    assert import_source(text).data["organisation"] != "Operation Safe Harbour"
