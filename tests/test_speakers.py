"""Speakers gathered from a collection: roles over time, organisations, themes, quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mhbrief.loader import load_collection
from mhbrief.speakers import speaker, speakers

FOLDER = Path(__file__).parent / "fixtures" / "browse"


def test_speakers_are_sorted_by_name_with_counts() -> None:
    found = speakers(load_collection(FOLDER))
    assert [(s.name, s.count) for s in found] == [("Anna de Vries", 4), ("Piet Bakker", 1)]


def test_a_speaker_keeps_every_role_with_its_dates_and_quotes_newest_first() -> None:
    anna = speaker(load_collection(FOLDER), "Anna de Vries")
    assert anna is not None
    assert [(r.role, r.first, r.last) for r in anna.roles] == [
        ("directeur", date(2023, 6, 1), date(2023, 6, 1)),
        ("woordvoerder", date(2018, 11, 13), date(2018, 11, 13)),
    ]
    assert anna.organisations == ("Centrum tegen Uitbuiting",)
    assert dict(anna.themes) == {"geld": 2, "zorg": 2, "digitaal": 1}
    assert anna.quotes[0][0].global_id == "centrum-2023/opvang"
    assert anna.to_json()["roles"] == [
        {"role": "directeur", "first": "2023-06-01", "last": "2023-06-01"},
        {"role": "woordvoerder", "first": "2018-11-13", "last": "2018-11-13"},
    ]


def test_a_speaker_is_the_exact_string() -> None:
    collection = load_collection(FOLDER)
    assert speaker(collection, "anna de vries") is None
    assert speaker(collection, "Nobody") is None
