"""Quoted fragments of one sentence share the speaker named after the last of them."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.fragments import fragment_speakers
from mhbrief.importer.paragraphs import Paragraph

HEAD = "Police find workers in poor housing\n\nOfficers found twelve people in the town.\n\n"


def _speakers(paragraph: str) -> list[str]:
    return [q["speaker"] for q in import_source(HEAD + paragraph).data["quotes"]]


def test_fragments_joined_by_a_small_word_share_the_speaker_after_them() -> None:
    paragraph = (
        'Many were living in "very cramped and cold rooms" with "hardly any pay at all," '
        "Det. Chief Insp. Ann Smith said. Others worked long hours, she added."
    )
    assert _speakers(paragraph) == ["Ann Smith", "Ann Smith"]


def _found(paragraph: str, first: str, second: str) -> Found:
    return Found(
        quotes=[
            {"id": "quote-1", "speaker": PLACEHOLDER_SPEAKER, "text": first},
            {"id": "quote-2", "speaker": "Ann Smith", "text": second},
        ]
    )


def test_a_name_or_a_verb_of_saying_between_fragments_leaves_the_first_unknown() -> None:
    first, second = "a waste of public money for years", "it will help the workers"
    for between in (" but Piet Bos said ", " and the mayor said ", ". Then "):
        paragraph = f'Critics called it "{first}"{between}"{second}," Ann Smith said.'
        found = _found(paragraph, first, second)
        fragment_speakers(found, [Paragraph(paragraph, None)])
        assert found.quotes[0]["speaker"] == PLACEHOLDER_SPEAKER, between
    paragraph = f'Critics called it "{first}" and "{second}," Ann Smith said.'
    found = _found(paragraph, first, second)
    fragment_speakers(found, [Paragraph(paragraph, None)])
    assert found.quotes[0]["speaker"] == "Ann Smith"
