"""Tune round 33: speakers and roles on real copy (abbreviations inside an attribution,
a long role opening with a body's name, …); each pattern in a short made-up text of our
own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from .drafts import draft_data


def _quotes(text: str) -> list[dict[str, Any]]:
    return list(draft_data(text)["quotes"])


def test_a_role_opening_with_a_dotted_abbreviation_after_said_name() -> None:
    text = (
        "Ring broken up\n\n"
        "Nine people were charged on Monday.\n\n"
        "“These men sold young women like goods,” said Peter Vance, U.S. attorney for "
        "the Eastern District of Ohio.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Peter Vance"
    assert quote["role"] == "U.S. attorney for the Eastern District of Ohio"


def test_a_name_with_a_suffix_before_said() -> None:
    text = (
        "Ring broken up\n\n"
        "Nine people were charged on Monday.\n\n"
        "“We will find every one of them,” Police Commissioner Mark Stone Jr. said in a "
        "statement.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Mark Stone Jr."
    assert quote["role"] == "Police Commissioner"


def test_name_role_then_said_with_an_abbreviation_in_the_role() -> None:
    text = (
        "Ring broken up\n\n"
        "Nine people were charged on Monday.\n\n"
        "“This trade is a disease,” Joan Hart, the U.S. attorney for the Western District "
        "of Ohio, said in a news release.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Joan Hart"
    assert quote["role"] == "U.S. attorney for the Western District of Ohio"


def test_a_long_role_opening_with_a_bodys_name_and_a_description_after_it() -> None:
    text = (
        "Listening to survivors\n\n"
        "How do we fix this? We listen.\n\n"
        "“Survivors know how it works,” said Rosa Mendes, U.S. Advisory Board on Forced "
        "Labour co-chair and founder of Open Hands, a group that trains nurses to spot "
        "victims.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Rosa Mendes"
    assert quote["role"] == (
        "U.S. Advisory Board on Forced Labour co-chair and founder of Open Hands"
    )


def test_a_long_clause_after_a_name_is_no_role() -> None:
    text = (
        "Listening to survivors\n\n"
        "How do we fix this? We listen.\n\n"
        "“Survivors know how it works,” said Rosa Mendes, who has spent the last twenty "
        "years of her working life helping women who were sold.\n"
    )
    (quote,) = _quotes(text)
    assert quote["speaker"] == "Rosa Mendes"
    assert not quote.get("role")
