"""Tune round 42: letters of an academic degree between a name and its post ("X, PhD,
director of Y") are the name's, not the role's; in a short made-up text of our own (no
text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_a_degree_after_the_name_is_not_part_of_the_role() -> None:
    text = (
        "Clinic opens\n\n"
        "“Every patient will be seen within the week,” said Ivo Marsh, PhD, director of "
        "the Northgate Clinic.\n"
    )
    (quote,) = draft_data(text)["quotes"]
    assert quote["speaker"] == "Ivo Marsh"
    assert quote["role"] == "director of the Northgate Clinic"
