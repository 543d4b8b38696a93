"""The readings run once every quote has what its own words around it give: a quote
with no speaker takes one from the paragraphs around it (not in an interview, whose
answers are the interviewee's), or from the named quote it opens like."""

from __future__ import annotations

from collections.abc import Sequence

from mhbrief.importer.attribution import Found
from mhbrief.importer.carry_breaks import break_carries
from mhbrief.importer.last_speaker import last_speaker_quotes
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.pull_quote_speaker import pull_quote_speakers
from mhbrief.importer.report_before import report_before_speakers
from mhbrief.importer.sole_speaker import sole_speaker_quotes


def later_speakers(found: Found, body: Sequence[Paragraph], interview: bool) -> None:
    """Speakers the paragraphs around a quote, or its repeat under a name, make plain."""
    if not interview:
        break_carries(found, body)  # "Havenbedrijf en OM zeggen …" between two quotes
        sole_speaker_quotes(found, body)
        last_speaker_quotes(found, body)
        report_before_speakers(found, body)  # "X said the plan works." ¶ "“…”"
    pull_quote_speakers(found)  # a pull quote's words, given again under a name
