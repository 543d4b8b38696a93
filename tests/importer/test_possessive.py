"""A name in the possessive before a role says whose the speaker is, not who: never the
speaker (a court report's "Tom Baker's lawyer said" gave the defendant the lawyer's words)."""

from __future__ import annotations

from mhbrief.importer import import_source

TEXT = """Chauffeur veroordeeld

A driver was jailed on Monday for bringing four people into the country in his car.

“He was offered a small sum,” Tom Baker’s lawyer told the court.

Mitigating, Baker' barrister argued he had fallen on hard times.

“This was a silly mistake and he is very sorry,” she told the judge.
"""


def test_the_lawyer_of_a_named_defendant_is_not_the_defendant() -> None:
    draft = import_source(TEXT)
    speakers = [quote["speaker"] for quote in draft.data["quotes"]]
    assert len(speakers) == 2
    assert all(speaker.startswith("TODO") for speaker in speakers), speakers
    assert any("maybe: the lawyer of Tom Baker (not named)" in note for note in draft.warnings)
