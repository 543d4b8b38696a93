"""A body that only acts in a sentence beside quoted people of another is not the
organisation of the text (a new user's walk: a youth worker cited as the police's)."""

from __future__ import annotations

from mhbrief.importer import import_source

WORKER = """Zorgen over online ronselen van minderjarigen

Steeds meer jongeren worden via sociale media benaderd door mensenhandelaren. Dat zeggen
hulpverleners in de stad.

„Het begint vaak met een complimentje en een cadeautje,” zegt jeugdwerker Sanne de Wit.

De politie roept ouders op alert te zijn.
"""

SPOKESMAN = """Politie waarschuwt voor nepadvertenties

„Reageer nooit op een advertentie die te mooi is om waar te zijn,” zegt woordvoerder
Karel Dekker.

De politie roept ouders op alert te zijn.
"""


def test_a_body_acting_beside_someone_elses_words_is_only_a_maybe() -> None:
    draft = import_source(WORKER)
    assert str(draft.data["organisation"]).startswith("TODO")
    assert any("maybe: 'politie'" in note for note in draft.warnings)
    assert [q.speaker for q in draft.quotes] == ["Sanne de Wit"]


def test_its_own_spokesperson_quoted_keeps_the_body() -> None:
    draft = import_source(SPOKESMAN)
    assert draft.data["organisation"] == "politie"
