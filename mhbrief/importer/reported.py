"""A quotation that closes a paragraph of one person's reported speech: "Volgens X ligt
dat aantal hoger. Ten eerste … „De kans is groot.”" The quotation names no one, but the
paragraph gives its view to one person only ("volgens X", "X zegt"), and names no one
else: the quotation is theirs. When the paragraph names anyone else, it stays unknown."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.mentions import mentions
from mhbrief.importer.paragraphs import Paragraph

#: "Volgens Dettmeijer", "according to Smith": the view the sentence gives is theirs.
_ACCORDING = re.compile(r"\b(?:volgens|according to)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s*$")
#: Characters of the text before the quotation read for its sentence end.
_SENTENCE_TAIL = 200


def reported_speakers(found: Found, paragraphs: list[Paragraph]) -> None:
    """Give a quotation with no speaker at a paragraph's end the one person whose view
    the paragraph reports before it."""
    known = len(found.paragraph_of) >= len(found.quotes)
    settled: set[str] = set()
    read: dict[tuple[int, str], str | None] = {}  # a paragraph's closing quote, read once
    for number, entry in enumerate(found.quotes):
        if entry["speaker"] != PLACEHOLDER_SPEAKER:
            continue
        # the paragraph the quote was found in, else every paragraph
        where = [found.paragraph_of[number]] if known else range(len(paragraphs))
        name = None
        for index in where:
            key = (index, entry["text"])
            if key not in read:
                read[key] = _reporting(paragraphs[index].text, entry["text"], found)
            if name := read[key]:
                break
        if name is None:
            continue
        entry["speaker"] = name
        role = found.people.roles.get(name)
        if role and "role" not in entry:
            ident, speaker = entry.pop("id"), entry.pop("speaker")
            found.quotes[number] = {"id": ident, "speaker": speaker, "role": role, **entry}
            entry = found.quotes[number]
        ident = entry["id"]
        settled.add(f"{ident}: no speaker found; fill in 'speaker'")
        found.notes.append(f"{ident}: speaker {name}, whose view the paragraph reports")
    if settled:  # the notes read once, not once a quote
        found.notes = [note for note in found.notes if note not in settled]


#: What may follow the quotation that closes a paragraph: its closing mark, a full stop.
_CLOSERS = frozenset(" .,!?”\"’'»")


def _reporting(text: str, quote: str, found: Found) -> str | None:
    """The one person ``text`` reports the view of before ``quote``, which ends it.

    Read from the paragraph's end, not by finding the quote and copying what follows:
    a paragraph of a megabyte with thousands of quotes cost a copy of itself per quote."""
    end = len(text)
    while end and text[end - 1] in _CLOSERS:
        end -= 1
    # the quotation may hold its own full stop: it ends anywhere in the closing run
    start = next(
        (
            e - len(quote)
            for e in range(max(end, len(quote)), len(text) + 1)
            if text.startswith(quote, e - len(quote))
        ),
        -1,
    )
    if start < 0:
        return None  # not the quotation closing the paragraph
    before = text[:start].rstrip(" “„\"‘'«")
    if not _SENTENCE_END.search(before[-_SENTENCE_TAIL:]):
        return None  # not a sentence of its own
    named = list(mentions(before, found.people))
    if not named or any(m.person.name is None for m in named):
        return None
    full = {found.people.known(m.person.name or "") for m in named}
    if len(full) != 1 or None in full:
        return None  # anyone else named, or a name the text did not give in full
    if not any(m.says or _ACCORDING.search(before[: m.start]) for m in named):
        return None
    return full.pop()
