"""A body named once with its short form loses to the one the page keeps naming
(made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source

PAGE = """Nieuwe opvangplekken in de regio

In twee steden komen er dit jaar nieuwe opvanghuizen, met de opvang van Huis Anker Groep.

De Stichting Landelijke Fondsen (SLF) betaalt de verbouwing van beide panden.

De bewoners krijgen begeleiding van Huis Anker Groep. In beide steden heeft Huis Anker \
Groep al een huis; het werk van Huis Anker Groep groeit.

Voor hulp belt u: 0800 123 45 67
"""


def test_the_body_the_page_keeps_naming_beats_one_named_once_with_letters() -> None:
    assert import_source(PAGE).data["organisation"] == "Huis Anker Groep"


def test_a_body_named_once_with_letters_still_counts_when_no_other_is_named_more() -> None:
    text = PAGE.replace("; het werk van Huis Anker Groep groeit", "")
    assert import_source(text).data["organisation"] == "Stichting Landelijke Fondsen"
