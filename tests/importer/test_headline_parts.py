"""A headline printed over two lines, the first ending in a colon."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.headline_parts import joined_headline

BODY = (
    "Het aantal meldingen over uitbuiting in de schoonmaak stijgt al drie jaar. Dat "
    "schrijft de inspectie in haar jaarverslag, dat vandaag verscheen."
)


def test_the_line_under_a_headline_ending_in_a_colon_is_its_second_half() -> None:
    text = f"Zorgen bij de inspectie:\n\nVeel meldingen blijven liggen\n\n{BODY}\n"
    assert import_source(text).data["title"] == (
        "Zorgen bij de inspectie: Veel meldingen blijven liggen"
    )


def test_a_sentence_under_it_is_the_body_not_the_headline() -> None:
    lines: list[str | None] = [None, BODY]
    assert joined_headline("Zorgen bij de inspectie:", lines) == "Zorgen bij de inspectie:"
    assert lines == [None, BODY]


def test_a_headline_without_a_colon_is_left_as_it_is() -> None:
    lines: list[str | None] = [None, "Veel meldingen blijven liggen"]
    assert joined_headline("Zorgen bij de inspectie", lines) == "Zorgen bij de inspectie"
