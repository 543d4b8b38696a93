"""A quote after "said, adding" (:mod:`mhbrief.importer.adding`)."""

from __future__ import annotations

from mhbrief.importer.adding import said_adding
from mhbrief.importer.speakers import Person


def test_a_pronoun_said_adding_is_the_person_named_last() -> None:
    found = said_adding("The group found 40 children this year, he said, adding, ")
    assert found == (
        Person(None, None, back=True),
        "The group found 40 children this year, he said",
    )


def test_a_name_said_adding_that() -> None:
    found = said_adding("Shelters are full. Mary Lowe said, adding that ")
    assert found is not None and found[0] == Person("Mary Lowe", None)


def test_a_body_or_someone_unnamed_said_adding_is_no_speaker() -> None:
    assert said_adding("The police said, adding: ") is None
    assert said_adding("A spokesman said, adding: ") is None
    assert said_adding("Prices rose, adding to the pressure ") is None
