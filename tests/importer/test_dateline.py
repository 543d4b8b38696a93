"""Date lines: a date run into the kicker over a headline."""

from __future__ import annotations

import datetime

from mhbrief.importer import import_source
from mhbrief.importer.dateline import parse_date_line


def test_a_date_glued_to_a_kicker_ending_in_a_colon_is_a_date_line() -> None:
    assert parse_date_line("12 maart 2009Oproep aan de gemeente:") == datetime.date(2009, 3, 12)
    assert parse_date_line("May 4, 2021Statement:") == datetime.date(2021, 5, 4)


def test_a_glued_date_before_a_sentence_is_no_date_line() -> None:
    assert parse_date_line("12 maart 2009Oproep aan de gemeente.") is None


def test_the_headline_under_a_glued_kicker_is_the_title() -> None:
    text = (
        "12 maart 2009Oproep aan de gemeente:\n\n"
        "Open de nachtopvang het hele jaar!\n\n"
        "Hulporganisaties vragen de gemeente de nachtopvang ook in de zomer open te houden. "
        "Er slapen nu tientallen mensen buiten.\n"
    )
    data = import_source(text).data
    assert (data["title"], str(data["published"])) == (
        "Open de nachtopvang het hele jaar!",
        "2009-03-12",
    )


def test_bare_date_lines() -> None:
    from mhbrief.importer.dateline import bare_date

    assert bare_date("28 September 2023")
    assert bare_date("Friday, 29th September 2023")
    assert not bare_date("3 mei 2007Oproep aan de Kamer:")
    assert not bare_date("On 28 September 2023 the council met.")


def test_second_date_line_with_no_headline_is_left_out() -> None:
    from .drafts import draft_data, kept_text

    data = draft_data(
        "Friday, 29th September 2023\n\n28 September 2023\n\n"
        "London – The Harbour Trust launched a network against forced labour in trade.\n\n"
        "“No goods made by forced labour should reach our shops,” said Ann Lee.\n"
    )
    assert "28 September 2023" not in kept_text(data)
