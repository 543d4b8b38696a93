"""Tune round 25: a speaker named after the verb and followed by how it was said ("in
opening remarks"), …; each pattern in a short made-up text of our own (no text of an
evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_how_it_was_said_after_the_name_is_no_part_of_the_role() -> None:
    text = (
        "Harbour forum opens\n\n"
        "Ministers met in the harbour city to talk about forced labour.\n\n"
        "“Nobody can do this alone,” said Harbour Council President Ann Lee in opening "
        "remarks. She thanked the hosts.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Ann Lee"
    assert quote["role"] == "Harbour Council President"


def test_what_a_speaker_said_in_comments_keeps_the_speaker() -> None:
    text = (
        "Farm checks widened\n\n"
        "Inspectors will visit more farms this summer.\n\n"
        "“We will look everywhere,” said inspector Tom Vale in written comments.\n"
    )
    assert draft_data(text)["quotes"][0]["speaker"] == "Tom Vale"
