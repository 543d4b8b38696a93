"""A subheading or short paragraph that gives a quote's words again: the page's pull
quote set large between paragraphs ("Als je niets zegt, verandert er niets" over a
paragraph, the quote itself further on, begun a word later or its punctuation written
otherwise). It is neither a heading of the text under it nor a point of its own."""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.attribution import Found
from mhbrief.importer.words import fold_text

_NOT_A_LETTER = re.compile(r"[\W_]+")
#: Words a subheading needs to be looked up: shorter ones are labels ("Soorten werk").
_LEAST_WORDS = 5
#: A paragraph of up to this many words may be a pull quote (a longer one is text).
_MOST_WORDS = 30
#: The words that file a quote: each run of this many, wherever the pull quote starts.
_RUN = 3
#: Quotes compared with one subheading (a bounded cost a subheading).
_CANDIDATES = 20


def _key(text: str) -> str:
    return _NOT_A_LETTER.sub(" ", fold_text(text)).strip()


def _pulled(headings: set[str], quotes: list[dict[str, Any]]) -> set[str]:
    keys = [f" {_key(str(quote.get('text', '')))} " for quote in quotes]
    wanted: dict[tuple[str, ...], str] = {}
    for heading in headings:
        words = _key(heading).split()
        if len(words) >= _LEAST_WORDS and not heading.rstrip().endswith("?"):
            wanted.setdefault(tuple(words[:_RUN]), heading)
    found: set[str] = set()
    tries: dict[str, int] = {}
    for key in keys if wanted else []:
        words = key.split()
        for at in range(len(words) - _RUN + 1):
            candidate = wanted.get(tuple(words[at : at + _RUN]))
            if candidate is None or candidate in found or tries.get(candidate, 0) >= _CANDIDATES:
                continue
            tries[candidate] = tries.get(candidate, 0) + 1
            if f" {_key(candidate)} " in key:
                found.add(candidate)
    return found


def drop_pulled_headings(found: Found, notes: list[str]) -> None:
    """Take the subheadings and short paragraphs that repeat a quote's words off the
    quotes and out of the paragraphs."""
    headings = {str(q["context"]) for q in found.quotes if q.get("context")}
    headings |= {rest.context for rest in found.rests if rest.context}
    headings |= {rest.text for rest in found.rests if len(rest.text.split()) <= _MOST_WORDS}
    pulled = _pulled(headings, found.quotes)
    notes.extend(f"'{h}' left out: it repeats a quote's words (a pull quote)" for h in pulled)
    for quote in found.quotes:
        if quote.get("context") in pulled:
            del quote["context"]
    found.rests = [rest for rest in found.rests if rest.text not in pulled]
    for rest in found.rests:
        if rest.context in pulled:
            rest.context = None
