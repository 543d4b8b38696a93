"""The speaker a sentence names at its end ("…, legt de adviseur uit."), who goes on
in the quote after it, and whether a quote stands in the middle of a sentence."""

from __future__ import annotations

import re

from mhbrief.importer.around import without_tail
from mhbrief.importer.roles import (
    SAY,
    SEPARABLE_FILLER,
    SEPARABLE_PARTICLE,
    SEPARABLE_VERB,
    is_role_word,
    separable,
)
from mhbrief.importer.speakers import Person, parse_person

#: A sentence that ends with its attribution: "…, twittert hij.", "…, legt de adviseur uit."
_ENDED_BY = re.compile(
    rf",\s*(?:(?:zo\s+)?{SAY}\s+(?P<who>[^,.!?;:“”„\"‘’]{{2,80}}?)|"
    rf"(?P<verb>{SEPARABLE_VERB})\s+(?P<split>[^,.!?;:“”„\"‘’]{{2,80}}?)"
    rf"(?:\s+{SEPARABLE_FILLER}){{0,3}}\s+(?P<particle>{SEPARABLE_PARTICLE}))\s*[.!?]$",
    re.IGNORECASE,
)


def ended_by(sentence: str) -> Person | None:
    """The speaker named at the end of the sentence before a quote, who goes on in it."""
    match = _ENDED_BY.search(sentence)
    if match is None or (match["verb"] and not separable(match["verb"], match["particle"])):
        return None
    who = without_tail(match["who"] or match["split"])
    if len(who.split()) > 8 or '"' in sentence[: match.start()].rstrip()[-1:]:
        return None
    person = parse_person(who)
    words = who.split()
    if (
        not (person.name or person.back or person.role)
        and len(words) > 1
        and words[0].lower() in ("de", "het", "the")
        and is_role_word(words[1])
    ):
        return Person(None, " ".join(words[1:]))  # "de adviseur van de Nationaal …"
    return person if person.name or person.back or person.role else None


def inside_a_sentence(before: str, after: str) -> bool:
    """A quote in the middle of a sentence: words before it that do not end a sentence
    or lead in with a colon, and the sentence going on after it."""
    head = before.rstrip()
    return bool(head) and head[-1] not in ".!?:;" and after[:1] not in ("", "\n")
