"""Attribution: each quotation with the person who said it; what is left are points.

A quotation is attributed by the words around it: before it (``X: “…”``), after it
(``“…”, zegt X.``) or, for a quotation that opens a paragraph, a lead-in ending in
a colon at the end of the paragraph before. A quotation with no attribution keeps
the speaker of the one before it in the same paragraph, or of the quotation it
goes on from (left open at the end of the paragraph before). Names are completed
from earlier mentions (:mod:`mhbrief.importer.carryover`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mhbrief.importer.carryover import Speakers
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.quotes import is_left_open, quote_spans
from mhbrief.importer.roles import TITLE, with_title_spaces
from mhbrief.importer.speakers import Person, parse_person
from mhbrief.importer.words import SPACE, WORD

PLACEHOLDER_SPEAKER = "TODO: who said this"

_SAY = (
    r"(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|"
    r"legt\s+\S+\s+uit|vult\s+aan|vulde\s+aan|voegt\s+(?:daar\s+|er\s+)?aan\s+toe|"
    r"reageert|waarschuwt|concludeert|says|said|adds|added|explains|explained|warns|warned|"
    r"continues|continued|according to|volgens)"
)
_WHO = rf"(?:{TITLE}|’t\b|[^.!?;“”„\"‘’«»])"
_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:zo\s+)?{_SAY}\s+(?P<who>{_WHO}+?)\s*(?:[.!?;]|$)", re.IGNORECASE
)
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*,?\s*(?P<who>(?-i:[A-Z]){_WHO}*?)\s+{_SAY}\s*(?:[.!?;,]|$)", re.IGNORECASE
)
_SAY_WORD = re.compile(rf"\s+{_SAY}\b.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\n]+")  # not at a no-break space

#: ``(name, role)`` of a quotation's speaker; ``name`` is ``None`` when unknown.
Speaker = tuple[str | None, str | None]


@dataclass
class Found:
    """The quotations found (as draft entries), the paragraphs' other text, and notes."""

    quotes: list[dict[str, Any]] = field(default_factory=list)
    rests: list[Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def attribute(paragraphs: list[Paragraph]) -> Found:
    """Quotations with their speakers, in source order, and the rest of each paragraph."""
    walk = _Walk(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        walk.paragraph(index, paragraph)
    return walk.found


class _Walk:
    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.found = Found()
        self.speakers = Speakers()
        #: The speaker of a quote left open at the end of the paragraph before.
        self.continued: Speaker | None = None

    def paragraph(self, index: int, paragraph: Paragraph) -> None:
        text = paragraph.text
        kept: list[str] = []
        cursor = 0
        last: Speaker | None = None
        spans = quote_spans(text)
        carried, self.continued = self.continued, None
        for number, (start, end, inner) in enumerate(spans):
            quote_text = SPACE.sub(" ", inner).strip().removesuffix(",").strip()
            before = text[cursor:start]
            next_start = spans[number + 1][0] if number + 1 < len(spans) else len(text)
            person, before_kept, after_used = attribution(before, text[end:next_start])
            opens = number == 0 and not before.strip()  # the quote opens the paragraph
            if person is None and opens and not self.found.quotes and index > 0:
                person = _lead_in(self.paragraphs[index - 1].text)
            goes_on = carried is not None and person is None and opens
            if person is None and not goes_on and len(quote_text.split()) < 4:
                continue  # a word in quotation marks, not a quote
            kept.append(before_kept)
            cursor = end + after_used
            last = self._speaker(person, carried if goes_on else None, last)
            self._add(last, paragraph.context, quote_text)
            if is_left_open(text, start, end) and last[0]:
                self.continued = last
        kept.append(text[cursor:])
        rest = SPACE.sub(" ", " ".join(part.strip() for part in kept)).strip()
        if len(WORD.findall(rest)) >= 3:
            self.found.rests.append(Paragraph(rest, paragraph.context))

    def _speaker(
        self, person: Person | None, carried: Speaker | None, last: Speaker | None
    ) -> Speaker:
        ident = f"quote-{len(self.found.quotes) + 1}"
        if person is not None and (person.name or (person.role and last is None)):
            name, role, notes = self.speakers.resolve(person)
        elif carried is not None:
            (name, role), notes = (
                carried,
                ["speaker carried over: the quote goes on from the paragraph before"],
            )
        elif last is not None:
            (name, role), notes = (
                last,
                ["speaker carried over from the quote before it in the same paragraph"],
            )
        else:
            name, role, notes = None, person.role if person else None, []
        self.found.notes += [f"{ident}: {note}" for note in notes]
        if name is None:
            self.found.notes.append(f"{ident}: no speaker found; fill in 'speaker'")
        return name, role

    def _add(self, speaker: Speaker, context: str | None, text: str) -> None:
        name, role = speaker
        entry: dict[str, Any] = {
            "id": f"quote-{len(self.found.quotes) + 1}",
            "speaker": name or PLACEHOLDER_SPEAKER,
        }
        if role:
            entry["role"] = role
        if context:
            entry["context"] = context
        entry["text"] = text
        self.found.quotes.append(entry)


def _lead_in(previous: str) -> Person | None:
    """The person of a lead-in ending the paragraph before: ``Zij zei het zo:``."""
    if not previous.endswith(":"):
        return None
    lead = _SENTENCE_END.split(previous)[-1]
    return parse_person(_SAY_WORD.sub("", lead.removesuffix(":")))


def attribution(before: str, after: str) -> tuple[Person | None, str, int]:
    """The person a quote is attributed to, the text before it to keep, and how much
    of the text after it the attribution used."""
    stripped = before.rstrip()
    if stripped.endswith(":"):
        # "Directeur mr. Pieter de Groot:" is one sentence.
        sentences = _SENTENCE_END.split(with_title_spaces(stripped))
        lead = sentences[-1].removesuffix(":")
        if not lead.lower().startswith(("volgens", "according")):
            lead = _SAY_WORD.sub("", lead)
        if len(lead.split()) <= 12:
            person = parse_person(lead)
            if person.name or person.role:
                kept = stripped[: len(stripped) - len(sentences[-1])]
                return person, kept, 0
    for pattern in (_AFTER, _AFTER_NAME_FIRST):
        match = pattern.match(after)
        if match and len(match["who"].split()) <= 12:
            person = parse_person(match["who"])
            if person.name or (pattern is _AFTER and person.role):
                return person, before, match.end()
    return None, before, 0
