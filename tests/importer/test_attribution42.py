"""Tune round 42: attributions after a quote that run long (a clause of what happened as
it was said, a surname with two posts joined by "and", a degree between name and post);
each pattern in a short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from .drafts import draft_data


def _quotes(text: str) -> list[dict[str, Any]]:
    return list(draft_data(text)["quotes"])


def test_said_as_a_long_clause_of_what_happened_still_names_the_speaker() -> None:
    text = (
        "Harbour deal signed\n\n"
        "“We could not leave the families without a roof for another winter,” Nora Vance, "
        "chair of the Lakeside Shelter Trust, said as the trust signed a lease with the "
        "harbour board to open twelve more rooms for families waiting for a place to stay "
        "after two long years of talks with the city council and the county.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Nora Vance"
    assert quote["role"] == "chair of the Lakeside Shelter Trust"


def test_a_surname_with_two_posts_joined_by_and_keeps_both() -> None:
    text = (
        "Shelters meet\n\n"
        "“Nobody in this room has enough beds,” Lena Ortiz told the meeting.\n\n"
        "Providers from the county came together for the first time.\n\n"
        "“We have to share what we have,” said Ortiz, policy director for the shelters of "
        "the western region and head of outreach of the Lakeside Shelter Trust.\n"
    )
    first, second = _quotes(text)
    role = (
        "policy director for the shelters of the western region and head of outreach of "
        "the Lakeside Shelter Trust"
    )
    assert second["speaker"] == "Lena Ortiz"
    assert second["role"] == role
    assert first["speaker"] == "Lena Ortiz"


def test_a_long_tail_of_a_clause_after_and_stays_no_role() -> None:
    text = (
        "Shelters meet\n\n"
        "“We have to share what we have,” said Ortiz, who spoke to the providers and "
        "then went on to visit the three shelters that the county had opened last spring.\n"
    )
    (quote,) = _quotes(text)
    assert "role" not in quote or "who" not in quote["role"]


def test_told_the_agency_is_whom_it_was_said_to_not_someone_else_speaking() -> None:
    text = (
        "Boat held in port\n\n"
        "“I am so relieved today,” the region’s transport minister, Mara Olsen, told the "
        "Nordic Press agency. “It took us two years, but we got there.”\n"
    )
    first, second = _quotes(text)
    assert first["speaker"] == "Mara Olsen"
    assert second["speaker"] == "Mara Olsen"


def test_said_the_agency_between_two_quotes_still_leaves_the_second_open() -> None:
    text = (
        "Boat held in port\n\n"
        "“I am so relieved today,” said Mara Olsen, the region’s transport minister. The "
        "agency said the boat stays in port. “It took us two years, but we got there.”\n"
    )
    first, second = _quotes(text)
    assert first["speaker"] == "Mara Olsen"
    assert second["speaker"].startswith("TODO")
