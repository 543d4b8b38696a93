"""A speaker with the body they speak for run in ("zegt Patsy Jansen van Payoke"): split
when the text names the body on its own too (made-up texts)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source

_SAID = (
    "Opvang onder druk\n\n"
    "‘Alle inspanningen beginnen tot iets te leiden’, zegt Mira Jansen van Tolhuis. "
    "‘Er wordt meer aandacht besteed aan het fenomeen.’\n"
)


def _draft(text: str) -> dict[str, Any]:
    return dict(import_source(text).data)


def test_a_body_the_text_names_alone_too_is_split_off_the_name() -> None:
    draft = _draft(_SAID + "\nDe centra Tolhuis en Hestia vangen slachtoffers op.\n")
    quotes = draft["quotes"]
    assert [q["speaker"] for q in quotes] == ["Mira Jansen", "Mira Jansen"]
    assert quotes[0]["organisation"] == "Tolhuis"


def test_a_body_named_nowhere_else_is_read_as_the_end_of_the_name() -> None:
    """As "Anna Maria van Leeuwenhorst" is: the text gives no sign of a body."""
    draft = _draft(_SAID)
    assert [q["speaker"] for q in draft["quotes"]] == ["Mira Jansen van Tolhuis"] * 2
    assert draft["organisation"].startswith("TODO")


def test_a_dutch_name_with_van_stays_whole() -> None:
    text = "Opvang onder druk\n\n‘Er wordt meer aandacht besteed’, zegt Jan van Dijk.\n"
    assert _draft(text)["quotes"][0]["speaker"] == "Jan van Dijk"


def test_a_surname_written_again_with_its_particle_is_no_body() -> None:
    text = (
        "Opvang onder druk\n\n"
        "‘Er wordt meer aandacht besteed aan het fenomeen’, zegt Anna Maria van Tolhuis.\n\n"
        "Van Tolhuis werkt er al twintig jaar.\n"
    )
    assert _draft(text)["quotes"][0]["speaker"] == "Anna Maria van Tolhuis"


def test_a_person_and_body_never_become_the_drafts_organisation() -> None:
    """ "said Ann Lee of Harbourwatch" (not read as an attribution) gave the organisation
    "Ann Lee of Harbourwatch"."""
    said = '"We will keep the doors open all winter," said Ann Lee of Harbourwatch.'
    for text, organisation in (
        (said + " Harbourwatch runs two shelters.", "Harbourwatch"),
        (said, "Harbourwatch"),
    ):
        draft = _draft(f"Shelters under strain\n\n{text}\n")
        assert draft["organisation"] == organisation
