"""Counts read as English: one of a thing, or several things."""

from mhbrief.plural import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "quote") == "1 quote"
    assert counted(0, "quote") == "0 quotes"
    assert counted(3, "quote") == "3 quotes"


def test_an_irregular_plural_is_given() -> None:
    assert counted(2, "quote or point", "quotes and points") == "2 quotes and points"
    assert counted(1, "quote or point", "quotes and points") == "1 quote or point"
