"""A second headline all in quotation marks, right under the headline and before the
story's first paragraph ("Six saved" ¶ "‘Schools are where it is seen first’" ¶ story):
the page's standfirst, set in quotes with nobody named for it. It is no quote of the
statement: it goes back to the text, where it leads the summary."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.paragraphs import Paragraph

#: A paragraph that is one quotation with no sentence end inside: a headline's shape.
_QUOTED_LINE = re.compile(r"^(?:[‘“„\"'«]|,,)[^‘’“”„\"«».!?:;]{10,200}[’”\"'»]$")


def standfirst_in_quotes(found: Found, paragraphs: list[Paragraph], title: str | None) -> None:
    """Give the text back a first paragraph under a headline that is a quotation alone,
    said by nobody the text names (speaker left TODO)."""
    if not title or not paragraphs or not found.quotes or not found.paragraph_of:
        return
    first = paragraphs[0]
    quote = found.quotes[0]
    if (
        found.paragraph_of[0] != 0
        or first.context
        or not _QUOTED_LINE.match(first.text.strip())
        or not str(quote.get("speaker", "")).startswith("TODO")
        or any(index == 0 for index in found.paragraph_of[1:])
    ):
        return
    del found.quotes[0]
    del found.paragraph_of[0]
    for number, entry in enumerate(found.quotes, start=1):
        entry["id"] = f"quote-{number}"
    found.notes = [_renumbered(note) for note in found.notes if not note.startswith("quote-1:")]
    found.rests.insert(0, Paragraph(first.text.strip(), None))
    found.notes.append(f"'{first.text.strip()}' under the headline: a standfirst, not a quote")


_QUOTE_ID = re.compile(r"\bquote-(\d+)\b")


def _renumbered(note: str) -> str:
    """A note about a quote, with the quote's number one lower (the first one is gone)."""
    return _QUOTE_ID.sub(lambda m: f"quote-{int(m[1]) - 1}", note)
