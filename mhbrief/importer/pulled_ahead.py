"""A pull quote printed above the paragraph that gives its words: a magazine sets a line
of an answer large, in quotation marks and on its own, a paragraph or two before the
answer itself ("“Wij stoppen nooit.”" and under it "Jan: “Wij stoppen nooit. Nooit.”").
Standing alone, named by nobody, with its words found again in a paragraph just below,
it is the page's layout: neither a quote of its own nor a point."""

from __future__ import annotations

import re

from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.words import fold_text

#: A paragraph that is one quotation and nothing else: the marks open and close it.
_WHOLE = re.compile(r"^\s*(?:[“„\"«‘]|,,)(?P<inner>[^“”„\"«»]+)[”\"»’]\s*$")
_NOT_A_LETTER = re.compile(r"[\W_]+")
#: Fewer words are a phrase a text may well print twice.
_LEAST_WORDS = 6
#: The answer follows within this many paragraphs.
_AHEAD = 3


def _key(text: str) -> str:
    return _NOT_A_LETTER.sub(" ", fold_text(text)).strip()


def drop_pulled_ahead(body: list[Paragraph], notes: list[str]) -> list[Paragraph]:
    """``body`` without the paragraphs that are a pull quote of a paragraph below them."""
    kept: list[Paragraph] = []
    for index, paragraph in enumerate(body):
        whole = _WHOLE.match(paragraph.text)
        key = _key(whole["inner"]) if whole else ""
        if len(key.split()) >= _LEAST_WORDS:
            below = body[index + 1 : index + 1 + _AHEAD]
            if any(f" {key} " in f" {_key(later.text)} " for later in below):
                notes.append(f"'{paragraph.text.strip()}' left out: a pull quote of the text below")
                continue
        kept.append(paragraph)
    return kept
