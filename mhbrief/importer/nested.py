"""A quotation inside a quotation: “The mayor, Jane Roe, called it ‘a day to remember for all
of us’ …”. The inner words are their own quote, said by whom the outer quote names with a
verb of saying right before them; an inner quote naming nobody so (“She asked me, ‘…’”)
stays part of the outer one, and never becomes the outer speaker's own quote."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import last_sentence, mentions
from mhbrief.importer.speakers import Person

if TYPE_CHECKING:
    from mhbrief.importer.attribution import Found

#: ‘…’ inside a quotation; an apostrophe inside a word ("children’s") does not close it.
_INNER = re.compile(r"(?<!\w)‘(?P<inner>(?:[^‘’“”„\"]|(?<=\w)’(?=\w)){12,800})’(?!\w)")
#: Fewer words are a term in scare quotes ("a ‘slave driving operation’"), not a quote.
_MIN_WORDS = 5


def nested_quotes(quote_text: str, people: People) -> list[tuple[str, Person]]:
    """``(inner words, speaker)`` of each quotation inside ``quote_text`` whose sentence
    names one person, in full, with a verb of saying before it."""
    found: list[tuple[str, Person]] = []
    for match in _INNER.finditer(quote_text):
        inner = match["inner"].strip()
        if len(inner.split()) < _MIN_WORDS:
            continue
        sentence = last_sentence(quote_text[: match.start()])
        named = [m.person for m in mentions(sentence, people) if m.sure and m.person.name]
        if len({p.name for p in named}) != 1 or " " not in (named[0].name or ""):
            continue
        said = [m for m in mentions(sentence, people) if m.sure and m.says]
        if said:
            found.append((inner, named[0]))
    return found


def cite_nested(found: Found, quote_text: str, people: People) -> None:
    """Put the quotations nested in the last quote of ``found`` before it, each with its
    own speaker; the outer quote takes the next id (notes on it follow)."""
    nested = nested_quotes(quote_text, people)
    if not nested:
        return
    outer = found.quotes.pop()
    at = found.paragraph_of.pop()
    old, new = outer["id"], f"quote-{len(found.quotes) + len(nested) + 1}"
    _renumber_notes(found.notes, old, new)
    for inner, person in nested:
        ident = f"quote-{len(found.quotes) + 1}"
        entry: dict[str, Any] = {"id": ident, "speaker": person.name}
        if person.role:
            entry["role"] = person.role
        if "context" in outer:
            entry["context"] = outer["context"]
        found.quotes.append({**entry, "text": inner})
        found.paragraph_of.append(at)
        found.notes.append(f"{ident}: quoted inside {new}, said by {person.name}, named before it")
    found.quotes.append({**outer, "id": new})
    found.paragraph_of.append(at)


def _renumber_notes(notes: list[str], old: str, new: str) -> None:
    """The outer quote's notes under its new id. They are the last ones, after those of
    the quote before it: only they are read, so a text of many nested quotes costs what
    each adds, not its notes so far each time."""
    for at in range(len(notes) - 1, -1, -1):
        note = notes[at]
        if note.startswith(f"{old}:"):
            notes[at] = f"{new}:{note[len(old) + 1 :]}"
        elif note.startswith("quote-"):
            return  # a quote before it
