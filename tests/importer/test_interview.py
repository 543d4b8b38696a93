"""Interviews: who answers when the answers carry no name."""

from __future__ import annotations

from mhbrief.importer import import_source


def test_the_first_answer_introducing_its_speaker_names_every_answer() -> None:
    text = (
        "Please introduce yourself.\n\n"
        "“Hello, I’m Dana Whitfield, a compliance lead at Fairtrace. I have worked in "
        "supply chains for ten years.”\n\n"
        "What does Fairtrace do?\n\n"
        "“Fairtrace helps brands see who makes their goods, down to the farm.”\n\n"
        "Why does it matter?\n\n"
        "“Forced labour hides in the lowest tiers of a supply chain.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert [q["speaker"] for q in quotes] == ["Dana Whitfield"] * 3
    assert quotes[0]["role"] == "compliance lead at Fairtrace"
