"""A quoted person's body known only by its letters ("zegt X van de HVZ") is the
organisation; a post in capitals ("CEO") or a country's letters are not (made-up texts)."""

from __future__ import annotations

from mhbrief.importer.acronym_body import acronym_body

from .drafts import draft_data

LETTERS = """‘Elke maand tientallen meldingen over uitbuiting in de haven’

In de haven komen elke maand tientallen meldingen binnen. “Veel mensen zien het niet”, zegt \
Joris Akkerman van de HVZ, een team van de politie dat zich richt op uitbuiting.

“De meeste meldingen komen van collega’s op de kade”, zegt Akkerman.
"""


def test_the_letters_a_quoted_person_is_of_are_the_organisation() -> None:
    draft = draft_data(LETTERS)
    assert draft["organisation"] == "HVZ"


def test_a_post_or_a_country_in_capitals_is_no_body() -> None:
    quotes = [{"speaker": "Ann Lee", "role": "CEO"}]
    assert acronym_body(quotes, "“Yes,” said Ann Lee of the CEO board.") is None
    quotes = [{"speaker": "Ann Lee", "role": "UK"}]
    assert acronym_body(quotes, "“Yes,” said Ann Lee from the UK.") is None


def test_speakers_with_different_roles_give_none() -> None:
    quotes = [{"speaker": "Ann Lee", "role": "HVZ"}, {"speaker": "Bo Dale", "role": "KLM"}]
    assert acronym_body(quotes, "Ann Lee van de HVZ en Bo Dale van KLM.") is None
