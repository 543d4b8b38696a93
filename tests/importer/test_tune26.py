"""Tune round 26: a low opening mark closed by a straight one, and more; each pattern in a
short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_a_low_mark_closed_by_a_straight_one_is_a_quote() -> None:
    text = (
        "Jongeren vaker benaderd\n\n"
        "Steeds meer scholieren krijgen berichten van onbekenden.\n\n"
        '„Ik dacht eerst dat hij gewoon aardig was. Later werd dat anders", vertelt Sanne die '
        "toen veertien was.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["text"].startswith("Ik dacht eerst dat hij gewoon aardig was")
    assert quote["speaker"] == "Sanne"
