"""Quoted fragments of one sentence: "Many lived in “poor housing” with “little income,”
Insp. Ann Smith said." The attribution after the last fragment names the speaker of
every fragment before it in that sentence, when only a few small words stand between
them (no name, no verb of saying, no sentence end): one speaker, quoted in pieces."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.roles import SAY

#: What may stand between two fragments of one quoted sentence: "with", "and", "or",
#: "en", a comma: at most three small words.
_BETWEEN = re.compile(r"^[\s,;–—-]*(?:[a-zà-ÿ][\w'’-]*[\s,;–—-]*){0,3}$")
_SAYING = re.compile(rf"\b(?:{SAY})\b", re.IGNORECASE)
_MARKS = "“”„‘’\"'«»"


def fragment_speakers(found: Found, paragraphs: list[Paragraph]) -> None:
    """Give a fragment with no speaker the speaker of the next fragment in its sentence."""
    quotes = found.quotes
    known = len(found.paragraph_of) >= len(quotes)

    def where(number: int) -> list[Paragraph]:
        """The paragraph both quotes were found in (read once a pair), or, where that
        is not known, every paragraph."""
        if not known:
            return paragraphs
        at = found.paragraph_of[number]
        return [paragraphs[at]] if found.paragraph_of[number + 1] == at else []

    settled: set[str] = set()
    for number in range(len(quotes) - 2, -1, -1):
        entry, after = quotes[number], quotes[number + 1]
        if entry["speaker"] != PLACEHOLDER_SPEAKER or after["speaker"] == PLACEHOLDER_SPEAKER:
            continue
        if not any(_one_sentence(p.text, entry["text"], after["text"]) for p in where(number)):
            continue
        entry["speaker"] = after["speaker"]
        if after.get("role") and "role" not in entry:
            ident, speaker = entry.pop("id"), entry.pop("speaker")
            quotes[number] = {"id": ident, "speaker": speaker, "role": after["role"], **entry}
            entry = quotes[number]
        ident = entry["id"]
        settled.add(f"{ident}: no speaker found; fill in 'speaker'")
        found.notes.append(f"{ident}: speaker {after['speaker']} named after the next fragment")
    if settled:  # the notes read once, not once a fragment
        found.notes = [note for note in found.notes if note not in settled]


def _one_sentence(text: str, first: str, second: str) -> bool:
    """``first`` and ``second`` quoted in ``text`` with only a few small words between."""
    start = text.find(first)
    if start < 0:
        return False
    end = start + len(first)
    later = text.find(second, end)
    if later < 0:
        return False
    between = text[end:later].strip(_MARKS + " ")
    return (
        len(between) <= 30
        and _BETWEEN.match(between) is not None
        and not re.search(r"[.!?:]", between)
        and _SAYING.search(between) is None
    )
