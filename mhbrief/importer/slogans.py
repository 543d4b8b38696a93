"""A quotation that the sentence gives to a thing, not a person: the words of a slogan,
a sign or a campaign's message ("‘Zie ze, help ze’, luidt de boodschap", "“Open your
eyes,” reads the banner"). Slogans are no quotes; a quote a person says is kept, and so
is one the sentence gives to a person's message ("luidt de boodschap van X")."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.paragraphs import Paragraph

#: What follows the closing mark: the verb and a thing that carries words, then the
#: sentence's end (no "van X", "of X" naming who sent it).
_GIVEN_TO_A_THING = re.compile(
    r"^[’”\"'»]?\s*,?\s*(?:"
    r"(?:luidt|luidde|staat|stond)\s+(?:er\s+)?(?:op\s+)?(?:de|het)\s+(?:\w{1,20}\s+)?"
    r"(?:boodschap|slogan|tekst|motto|leus|leuze|opschrift|campagneslogan)"
    r"|(?:reads|read|says|said)\s+the\s+(?:\w{1,20}\s+)?"
    r"(?:message|slogan|sign|banner|motto|poster|placard|billboard|tagline)"
    r")\s*[.!]"
)
#: Quotes looked at in one text (a bounded cost).
_TRIES = 40


def drop_slogans(found: Found, paragraphs: list[Paragraph]) -> None:
    """Take off the quotes, said by nobody, that the sentence gives to a slogan or sign."""
    drop: set[int] = set()
    for index, quote in enumerate(found.quotes[:_TRIES]):
        at = found.paragraph_of[index] if index < len(found.paragraph_of) else -1
        text = str(quote.get("text", ""))
        if not 0 <= at < len(paragraphs) or not text or quote.get("speaker", "TODO")[:4] != "TODO":
            continue
        paragraph = paragraphs[at].text
        start = paragraph.find(text)
        if start < 0:
            continue
        after = paragraph[start + len(text) : start + len(text) + 120]
        if _GIVEN_TO_A_THING.match(after):
            drop.add(index)
            found.notes.append(f"'{text}' left out of the quotes: a slogan's or sign's words")
    if not drop:
        return
    keep = [index for index in range(len(found.quotes)) if index not in drop]
    found.quotes[:] = [found.quotes[index] for index in keep]
    found.paragraph_of[:] = [found.paragraph_of[index] for index in keep]
    for number, entry in enumerate(found.quotes, start=1):
        entry["id"] = f"quote-{number}"
