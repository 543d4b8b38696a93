"""Tune round 19: general grammar and page furniture of web copy, each pattern in a short
made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _kept(draft: dict[str, Any]) -> str:
    """All the text a draft keeps: its summary, quotes and points."""
    parts = [draft.get("summary", "")]
    parts += [q["text"] for q in draft["quotes"]] + [p["text"] for p in draft.get("points", [])]
    return "\n".join(parts)


_TWO_VOICES = (
    "Harbour court fails victims, charity says\n\n"
    "Few cases of forced labour end in a conviction, new figures show.\n\n"
    "When asked, a Harbour Prosecution Service (HPS) spokesman said it should be noted that "
    '"in many cases other charges are used which can change the figures".\n\n'
    'But Ann Lee, director of the Harbour Rescue Trust, said this shows a "failure to use '
    'the law to get those longer sentences".\n'
)


def test_an_unnamed_spokesman_before_a_quoted_clause_gives_the_role() -> None:
    draft = _draft(_TWO_VOICES)
    first = draft["quotes"][0]
    assert first["speaker"].startswith("TODO")  # nobody is named: no guess
    assert first["role"] == "Harbour Prosecution Service spokesman"


def test_the_body_whose_spokesman_is_quoted_counts_for_the_organisation() -> None:
    # two bodies quoted, one each: the one the text names with its short form
    assert _draft(_TWO_VOICES)["organisation"] == "Harbour Prosecution Service"
