"""A quotation closing a paragraph of one person's reported speech is theirs."""

from __future__ import annotations

from mhbrief.importer import import_source

HEAD = (
    "Meer jonge slachtoffers dan gedacht\n\n"
    "Dat zegt Anna de Vries, directeur van Stichting Noord.\n\n"
)


def _speakers(paragraph: str) -> list[str]:
    return [q["speaker"] for q in import_source(HEAD + paragraph).data["quotes"]]


def test_a_quote_closing_a_paragraph_of_one_persons_view_is_theirs() -> None:
    paragraph = (
        "Het aantal meldingen steeg van 300 naar 500. Volgens De Vries ligt het echte "
        "aantal veel hoger. Lang niet iedereen meldt een slachtoffer. "
        '"De kans dat het aantal jonge slachtoffers groter is, is heel groot."'
    )
    assert _speakers(paragraph) == ["Anna de Vries"]


def test_a_paragraph_that_names_someone_else_leaves_the_quote_unknown() -> None:
    paragraph = (
        "Volgens De Vries ligt het echte aantal veel hoger. Volgens Piet Bos valt het mee. "
        "Het is lastig te meten. "
        '"De kans dat het aantal jonge slachtoffers groter is, is heel groot."'
    )
    assert _speakers(paragraph)[0] != "Anna de Vries"  # two views reported: not hers
    paragraph = (
        "Het aantal meldingen steeg van 300 naar 500. Het echte aantal ligt hoger. "
        '"De kans dat het aantal jonge slachtoffers groter is, is heel groot."'
    )
    assert _speakers(paragraph)[0].startswith("TODO")  # no one's view reported
