"""Tune round 18: general grammar and page furniture of web copy, each pattern in a short
made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in _draft(text)["quotes"]]


def _raid(lead_in: str) -> str:
    return (
        "Homes searched in harbour town\n\n"
        "Officers searched eight homes in Harbourside on Monday morning.\n\n"
        f"{lead_in} “Our work will go on until we have found everyone who was involved.”\n"
    )


def test_acting_before_a_rank_is_part_of_the_title_not_an_occasion() -> None:
    lead = "Acting Detective Inspector Ellen Brook, from Harbour Specialist Crime, said:"
    draft = _draft(_raid(lead))
    assert _speakers(_raid(lead)) == [("Ellen Brook", "Acting Detective Inspector")]
    # a unit named with a role word inside ("Specialist") is no organisation to guess
    assert draft["organisation"].startswith("TODO")


def test_a_participle_clause_before_the_speaker_is_still_an_occasion() -> None:
    lead = "Speaking after the raids, Detective Inspector Ellen Brook said:"
    assert _speakers(_raid(lead)) == [("Ellen Brook", "Detective Inspector")]


def test_a_unit_of_the_police_is_not_the_organisation() -> None:
    text = (
        "Homes searched in harbour town\n\n"
        "Harbour Police said officers searched eight homes on Monday.\n\n"
        "Detective Inspector Ellen Brook of Eastside Police Division, said: “Our work will go "
        "on until we have found everyone who was involved.”\n"
    )
    draft = _draft(text)
    assert draft["quotes"][0]["speaker"] == "Ellen Brook"
    assert draft["organisation"] != "Eastside Police Division"
