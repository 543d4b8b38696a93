"""The mission quoted diplomats serve (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.missions import diplomats_mission


def test_a_consul_speaks_for_the_one_mission_named() -> None:
    text = "Harbourland police freed nine. The Harbourland Embassy in Eastport helped them."
    assert diplomats_mission(["Consul General to Eastport"], text) == (
        "Harbourland Embassy in Eastport"
    )


def test_the_embassy_of_a_country_and_a_dutch_ambassade() -> None:
    text = "The Embassy of Harbourland in Eastport said so. The Embassy agreed."
    assert diplomats_mission(["ambassador"], text) == "Embassy of Harbourland in Eastport"
    text = "De Harbourlandse ambassade in Eastport zegt dat de mannen vrij zijn."
    assert diplomats_mission(["ambassadeur"], text) == "Harbourlandse ambassade in Eastport"


def test_no_mission_for_a_goodwill_ambassador_or_other_speakers() -> None:
    text = "The Harbourland Embassy in Eastport gave a party."
    assert diplomats_mission(["Goodwill Ambassador"], text) is None
    assert diplomats_mission(["Consul", "director of Sea Aid"], text) is None


def test_two_missions_give_none() -> None:
    text = "The Harbourland Embassy and the Eastland Embassy both spoke."
    assert diplomats_mission(["ambassador"], text) is None


def test_a_news_story_quoting_a_consul_gives_the_embassy() -> None:
    text = (
        "Eastland police rescued 12 Harbourland workers from a scam compound near the "
        "border.\n\n"
        "Consul General to Eastport Mara Velden said the workers were about to be sold on.\n\n"
        "“If not for the quick action of the police, they would be gone,” Velden said.\n\n"
        "The workers had asked the Harbourland Embassy in Eastland for help. The Embassy "
        "then worked with the police.\n"
    )
    assert import_source(text).data["organisation"] == "Harbourland Embassy in Eastland"
