"""Round 42: a caption whose credit runs on with no stop, the alt text glued over it,
and a caption printed on two lines in a row. Made-up texts, with a heading and a
headline printed twice that must stay."""

from __future__ import annotations

from mhbrief.importer.captions import is_caption

from .drafts import draft_data, kept_text

_STORY_EN = "The Harbour Trust opened a shelter for victims of labour exploitation on Monday."


def test_a_caption_with_its_credit_run_on_and_its_alt_text() -> None:
    alt = "The harbour at first light"
    caption = "Fishing boats are moored at the quay before the morning auction Credit: AFP"
    assert is_caption(caption, alt, "")
    assert is_caption(alt, "", caption)
    assert not is_caption("Tax Credit: what changes for families this year", "", "")
    assert not is_caption(alt, "", _STORY_EN)  # a heading over a paragraph stays
    data = draft_data(
        f"Shelter opens its doors\n\n{_STORY_EN}\n\n{alt}\n{caption}\n\n"
        "The shelter has twelve beds and a kitchen.\n"
    )
    kept = kept_text(data)
    assert "first light" not in kept and "Credit: AFP" not in kept
    assert "twelve beds" in kept


def test_a_caption_printed_on_two_lines() -> None:
    caption = "Old nets: a fisherman shows the gear he used. He kept it for years."
    assert is_caption(caption, caption, "")
    assert is_caption(caption, "", caption)
    assert not is_caption(caption, "", "")
    data = draft_data(
        f"Shelter opens its doors\n\n{_STORY_EN}\n\n{caption}\n{caption}\n\n"
        "The fishermen came home after four years at sea.\n"
    )
    kept = kept_text(data)
    assert "Old nets" not in kept
    assert "four years at sea" in kept
    # a headline printed twice is still the headline
    twice = draft_data(f"Shelter opens its doors\nShelter opens its doors\n\n{_STORY_EN}\n")
    assert twice["title"] == "Shelter opens its doors"
