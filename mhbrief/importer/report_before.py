"""A quote that opens a paragraph with no attribution, right under a paragraph that
reports one named person's words without quoting them ("Capt. Ann Lee, head of the unit,
said the case has many layers." ¶ "“It did not just happen.” …"): the reported speaker
goes on in their own words. Read only when that is the one person in play: the paragraph
above quotes no one, its last sentence opens with the person and a verb of saying, it
names no one else, and the quote's paragraph names no one either. "Police said Ann Lee
was arrested" has no person as its subject and gives nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.mentions import last_sentence, mentions
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.roles import SAY
from mhbrief.importer.sole_speaker import give_speaker
from mhbrief.importer.speakers import parse_person

#: The subject of the sentence, then its verb of saying and the words it reports.
_SUBJECT_SAID = re.compile(rf"^(?P<who>[^“”„\"«»]{{3,200}}?)\s+(?P<verb>{SAY})\s+\w")
_QUOTE_MARKS = re.compile(r"[“”„\"«»]")
_OPENERS = " “„\"‘'«"


def report_before_speakers(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Give a paragraph-opening quote with no speaker the person the paragraph above
    reports, when no one else is named in either paragraph."""
    if len(found.paragraph_of) < len(found.quotes):
        return
    for number, entry in enumerate(found.quotes):
        index = found.paragraph_of[number]
        if entry.get("speaker") != PLACEHOLDER_SPEAKER or index == 0:
            continue
        text = paragraphs[index].text
        if not text.lstrip(_OPENERS).startswith(str(entry["text"])[:40]):
            continue  # not the paragraph's opening words
        if any(m.sure and m.person.name for m in mentions(text, found.people)):
            continue  # someone named beside it: theirs, perhaps
        if found_person := _reported(paragraphs[index - 1].text, found):
            name, role = found_person
            give_speaker(found, number, name, role, "whose words the paragraph above reports")


def _reported(text: str, found: Found) -> tuple[str, str | None] | None:
    """The one person whose words ``text`` reports in its last sentence, and their role."""
    if _QUOTE_MARKS.search(text):
        return None  # a paragraph with quotes of its own: read by the attribution
    sentence = last_sentence(text)
    match = _SUBJECT_SAID.match(sentence)
    if not match or match["verb"].lower() in ("according to", "volgens"):
        return None
    person = parse_person(match["who"])
    if not person.name or person.back:
        return None
    name = person.name if len(person.name.split()) >= 2 else found.people.known(person.name)
    if not name:
        return None
    before = text[: len(text) - len(sentence)] + sentence[match.end("verb") :]
    others = {m.person.name for m in mentions(before, found.people) if m.sure and m.person.name}
    if others - {name, person.name}:
        return None  # someone else in play
    return name, person.role or found.people.roles.get(name)
