"""The body that organised what the text reports (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.organiser import organiser


def test_an_initiative_of_a_body_with_its_letters() -> None:
    text = "De dag was een initiatief van de Haven Raad (HR) en trok veel gasten."
    assert organiser(text) == "Haven Raad"


def test_organised_by_a_person_or_two_bodies_gives_none() -> None:
    assert organiser("The walk was organised by Ann Lee.") is None
    text = "One day was organised by Sea Work Alliance, the other hosted by Port Aid Trust."
    assert organiser(text) is None


def test_a_meeting_report_without_quotes_gives_its_organiser() -> None:
    text = (
        "Kerken bundelen krachten tegen uitbuiting\n"
        "In Rotterdam kwamen deze week kerkleiders en hulpverleners samen. De bijeenkomst "
        "was een initiatief van de Raad van Havenkerken (RVH) en bracht veertig mensen "
        "samen.\n"
        "De deelnemers spraken over uitbuiting in de haven en over opvang van slachtoffers.\n"
    )
    assert import_source(text).data["organisation"] == "Raad van Havenkerken"
