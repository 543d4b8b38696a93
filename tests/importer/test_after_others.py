"""A quote standing alone after a paragraph about others ("Police believe …") is not
carried over to the person quoted before it: the words may be the others'. A quote
after a paragraph that speaks of the person (a name, a pronoun) or that runs a quote on
over paragraphs still is. Made-up texts of our own."""

from __future__ import annotations

from .drafts import draft_data

_HEAD = "Ring broken up after a year\n\nDetectives arrested nine people on Tuesday.\n\n"


def _speakers(body: str) -> list[object]:
    return [quote.get("speaker") for quote in draft_data(_HEAD + body)["quotes"]]


def test_a_lone_quote_after_a_paragraph_about_the_police_is_left_unknown() -> None:
    speakers = _speakers(
        "“We followed the money for months,” said Inspector Ann Lee of the harbour police.\n\n"
        "Police believe most of the workers were brought in from abroad last spring.\n\n"
        "“These workers were kept in fear and paid almost nothing for their labour.”\n"
    )
    assert speakers[0] == "Ann Lee"
    assert str(speakers[1]).startswith("TODO")


def test_a_lone_quote_after_a_paragraph_about_the_speaker_is_theirs() -> None:
    speakers = _speakers(
        "“We followed the money for months,” said Inspector Ann Lee of the harbour police.\n\n"
        "She added that most of the workers were brought in from abroad last spring.\n\n"
        "“These workers were kept in fear and paid almost nothing for their labour.”\n"
    )
    assert speakers == ["Ann Lee", "Ann Lee"]


def test_a_quote_running_over_paragraphs_stays_the_speakers() -> None:
    speakers = _speakers(
        "“We followed the money for months,” said Inspector Ann Lee of the harbour police.\n\n"
        "“Some of the workers did not dare to speak to us at first.\n\n"
        "“These workers were kept in fear and paid almost nothing for their labour.”\n"
    )
    assert all(speaker == "Ann Lee" for speaker in speakers)


def test_a_lone_quote_after_a_paragraph_describing_a_body_is_the_speakers() -> None:
    speakers = _speakers(
        "“We followed the money for months,” said Inspector Ann Lee of the harbour police.\n\n"
        "The harbour police is a unit of forty officers based at the old customs house.\n\n"
        "“These workers were kept in fear and paid almost nothing for their labour.”\n"
    )
    assert speakers == ["Ann Lee", "Ann Lee"]
