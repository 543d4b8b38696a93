"""Furniture known by what stands beside it: a card cut at its comma, a box of people's
label, the writer's box over the comments, a widget's label under the date. Short
made-up texts of our own, with cases where each rule must not fire."""

from __future__ import annotations

from mhbrief.importer.side_boxes import (
    box_labels,
    comma_cards,
    labels_under_date,
    names_over_comments,
    tail_labels,
)

from .drafts import draft_data, kept_text

_PROSE = "The Harbour Trust opened a shelter for victims of labour exploitation on Monday."


def test_card_cut_at_its_comma() -> None:
    lines = ["In this story:", "", "Ann Lee", "", "Ann Lee,", "", "director of the Harbour Trust"]
    assert box_labels(lines) == {0}
    assert comma_cards(lines) == {6}


def test_a_sentence_after_a_comma_line_stays() -> None:
    lines = ["Ann Lee,", "", "“We house twelve people,” she said."]
    assert comma_cards(lines) == set()
    lines = ["The council, the police and the trust", "", "worked together"]
    assert comma_cards(lines) == set()  # the line with the comma is no furniture


def test_a_lead_in_over_a_quote_is_no_box_label() -> None:
    assert box_labels(["Zij zei:", "", "“Dit moet stoppen.”"]) == set()
    assert box_labels(["Ann Lee zei op 4 mei:", "", "Ann Lee"]) == set()


def test_writer_over_comments() -> None:
    lines = [_PROSE, "", "Ann Lee", "", "Ann Lee", "", "0 Comments", "", "Leave a Comment"]
    assert names_over_comments(lines) == {2, 4}
    assert names_over_comments([_PROSE, "", "Ann Lee"]) == set()


def test_label_under_the_date() -> None:
    lines = ["Shelter opens", "", _PROSE, "", "3 May 2019", "", "Share the news", "", _PROSE]
    assert labels_under_date(lines) == {6}


def test_a_headline_under_the_date_stays() -> None:
    lines = ["3 May 2019", "", "Shelter opens", "", _PROSE]
    assert labels_under_date(lines) == set()
    lines = ["Shelter opens", "", _PROSE, "", "3 May 2019", "", "New rules", "", "Short."]
    assert labels_under_date(lines) == set()


def test_side_box_left_out_of_the_draft() -> None:
    data = draft_data(
        "Shelter opens in the harbour\n\n"
        "The Harbour Trust opened a shelter for victims of labour exploitation.\n\n"
        "Speakers:\n\nAnn Lee\n\nAnn Lee,\n\ndirector of the Harbour Trust\n\n"
        "“We can house twelve people,” said Ann Lee.\n\n"
        "The shelter is open day and night and takes people in without a referral.\n"
    )
    kept = kept_text(data)
    assert "Speakers:" not in kept
    assert "director of the Harbour Trust" not in kept
    assert any(q["text"].startswith("We can house twelve") for q in data["quotes"])


def test_short_line_in_the_tail_under_furniture() -> None:
    lines = [_PROSE, "", "In geval van nood:", "", "Neem geen risico", "", "Bel 112"]
    assert tail_labels(lines) == {4, 6}
    lines = [_PROSE, "", "Reply to this message", "", "Alert Badge Label"]
    assert tail_labels(lines) == {4}


def test_a_short_line_under_the_last_paragraph_stays() -> None:
    assert tail_labels([_PROSE, "", "Ann Lee"]) == set()
    assert tail_labels(["Reply to this message", "", "Ann Lee", "", _PROSE]) == set()
