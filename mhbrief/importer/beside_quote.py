"""The passes that read a speaker from the words right beside a quote, after the main
walk: "said Ann Lee of Harbourwatch" (:mod:`.of_body`), a programme or outlet that only
reports (:mod:`.programmes`), and whom a reaction was asked of (:mod:`.reaction_asked`)."""

from __future__ import annotations

from mhbrief.importer.attribution import Found
from mhbrief.importer.of_body import of_body_speakers
from mhbrief.importer.programmes import programme_speakers
from mhbrief.importer.reaction_asked import reaction_speakers


def beside_quote_speakers(found: Found, text: str) -> None:
    """Each pass in turn: a speaker filled in, or a programme's name taken out."""
    of_body_speakers(found, text)  # "said Ann Lee of Harbourwatch"
    programme_speakers(found, text)  # "…, schrijft Argos": a programme, no person
    reaction_speakers(found, text)  # "… vroeg een reactie van X. “…”"
