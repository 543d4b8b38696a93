"""A quote that opens its paragraph and ends its own sentence, then a sentence whose
subject is a named person ("‘…’ De Utrechtse Ineke Bakker schudt haar hoofd.", "“…”
The Leeds mother of two sighs."): the reader may take the words as that person's, but
no verb says so. The quote keeps no speaker; a note names the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mhbrief.importer.around import SENTENCE_END
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.roles import with_title_spaces
from mhbrief.importer.sole_speaker import maybe_named

#: What may stand before the name at the sentence's start: an article and one word
#: ("De Zwolse", "The Dutch", "De 47-jarige").
_LEAD = re.compile(r"^(?:(?i:de|het|the)\s+[\w-]+\s+)?$")
_OPENS_QUOTED = re.compile(r"^\s*(?:[“„«‘\"']|,,)")


def note_subject_next(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Note the person the sentence after an unattributed opening quote is about."""
    maybes = maybe_named(found.notes)
    for number, entry in enumerate(found.quotes[: len(found.paragraph_of)]):
        ident = str(entry.get("id"))
        if entry.get("speaker") != PLACEHOLDER_SPEAKER or ident in maybes:
            continue
        text = paragraphs[found.paragraph_of[number]].text
        quote = str(entry.get("text", ""))
        if not _OPENS_QUOTED.match(text) or quote.rstrip()[-1:] not in ".!?…":
            continue
        at = text.find(quote[:60])
        if at < 0:
            continue
        after = text[at + len(quote) :].lstrip(" ’”\"'»")
        sentence = SENTENCE_END.split(with_title_spaces(after), maxsplit=1)[0]
        name = _subject(sentence)
        if name:
            found.notes.append(
                f"{ident}: maybe: {name} (the subject of the sentence after the quote;"
                " no verb says the words are theirs)"
            )


def _subject(sentence: str) -> str | None:
    """The person of two or more words the sentence opens with, if any."""
    for mention in mentions(sentence, People()):
        name = mention.person.name
        if name and len(name.split()) >= 2 and _LEAD.match(sentence[: mention.start]):
            return name
        return None
    return None
