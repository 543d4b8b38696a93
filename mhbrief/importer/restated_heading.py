"""A subheading in quotation marks that restates the paragraph above it in that
paragraph's own narrative words ("Young victims are not safe here" ¶ under "Young
victims of trafficking are not kept safe here, forty groups write today."): the heading
of a call or a report, set in quotes, said by nobody. It is no quote of the statement;
a pull quote gives a quotation's words, and those are left to the pull-quote rules."""

from __future__ import annotations

import re
from collections import Counter

from mhbrief.importer.attribution import Found
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.quoted_standfirst import standfirst_in_quotes
from mhbrief.importer.slogans import drop_slogans
from mhbrief.importer.words import fold_text

#: A paragraph that is one quotation with no sentence end or clause break inside: a
#: heading's shape (a stray mark after the closing one is a page's typo).
_QUOTED_HEADING = re.compile(
    r"^(?:[‘“„\"'«]|,,)(?P<words>[^‘’“”„\"«».!?:;]{10,160})[’”\"'»][‘’“”\"']?$"
)
#: Any quotation in the paragraph above: its words are someone's, not the writer's.
_QUOTATION = re.compile(r"[‘“„\"«][^‘’“”„\"«»]{0,600}[’”\"»]|,,[^‘’“”„\"«»]{0,600}[’”\"»']")
_WORD = re.compile(r"\w+")
#: A heading of fewer words is a label; one of more is a sentence of the text.
_FEWEST, _MOST = 4, 14
#: The share of the heading's words the paragraph above must hold.
_SHARE = 0.75
#: Headings tried in one text (a bounded cost).
_TRIES = 12


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_text(text))


def _restates(heading: str, above: str) -> bool:
    match = _QUOTED_HEADING.match(heading)
    if match is None:
        return False
    words = _words(match["words"])
    if not _FEWEST <= len(words) <= _MOST:
        return False
    narrative = set(_words(_QUOTATION.sub(" ", above)))
    held = sum(1 for word in words if word in narrative)
    return held >= _SHARE * len(words)


def not_quotes_but_headings(found: Found, paragraphs: list[Paragraph], title: str | None) -> None:
    """Take off the quotes that are no one's words: the standfirst under the headline, a
    subheading that restates the paragraph above it, a slogan's or sign's words."""
    standfirst_in_quotes(found, paragraphs, title)
    drop_restated_headings(found, paragraphs)
    drop_slogans(found, paragraphs)  # "‘Zie ze, help ze’, luidt de boodschap."


def drop_restated_headings(found: Found, paragraphs: list[Paragraph]) -> None:
    """Take off the quotes that are a quoted subheading alone in its paragraph, said by
    nobody, restating the narrative of the paragraph right above it."""
    keep: list[int] = []
    tries = 0
    counts = Counter(found.paragraph_of)
    for index, quote in enumerate(found.quotes):
        at = found.paragraph_of[index] if index < len(found.paragraph_of) else -1
        alone = at > 0 and counts[at] == 1
        if (
            not alone
            or tries >= _TRIES
            or not str(quote.get("speaker", "")).startswith("TODO")
            or at >= len(paragraphs)
        ):
            keep.append(index)
            continue
        tries += 1
        heading = paragraphs[at].text.strip()
        if not _restates(heading, paragraphs[at - 1].text):
            keep.append(index)
            continue
        found.notes.append(
            f"'{heading}' left out of the quotes: a subheading in quotation marks that "
            "restates the paragraph above it, said by nobody"
        )
    if len(keep) == len(found.quotes):
        return
    numbers = {f"quote-{old + 1}": f"quote-{new + 1}" for new, old in enumerate(keep)}
    found.quotes[:] = [found.quotes[index] for index in keep]
    found.paragraph_of[:] = [found.paragraph_of[index] for index in keep]
    for number, entry in enumerate(found.quotes, start=1):
        entry["id"] = f"quote-{number}"
    notes = []
    for note in found.notes:
        ids = _QUOTE_ID.findall(note)
        if all(number in numbers for number in ids):
            notes.append(_QUOTE_ID.sub(lambda m: numbers[m[0]], note))
    found.notes[:] = notes


_QUOTE_ID = re.compile(r"\bquote-\d+\b")
