"""A pull quote: the page sets a person's words apart (above the story or between its
paragraphs) with no name, and gives them again in the story under that name, often cut
or lightly edited ("Yet, despite …" where the pull quote had "Despite …"). A quote with no
speaker whose opening words are word for word the opening of a quote a named person says
is theirs. Eight words at least must agree: a short phrase two people may both use."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.sole_speaker import give_speaker
from mhbrief.importer.words import fold_text

#: The opening words that must agree.
_OPENING = 8
_NOT_A_LETTER = re.compile(r"[\W_]+")


def _opening(text: str) -> tuple[str, ...]:
    words = _NOT_A_LETTER.sub(" ", fold_text(text[:400])).split()
    return tuple(words[:_OPENING]) if len(words) >= _OPENING else ()


def pull_quote_speakers(found: Found) -> None:
    """Give a quote with no speaker the speaker of the named quote it opens like."""
    named: dict[tuple[str, ...], set[tuple[str, str | None]]] = {}
    for entry in found.quotes:
        speaker = str(entry.get("speaker", ""))
        if speaker and not speaker.startswith("TODO") and (key := _opening(entry["text"])):
            named.setdefault(key, set()).add((speaker, entry.get("role")))
    if not named:
        return
    for number, entry in enumerate(found.quotes):
        if entry.get("speaker") != PLACEHOLDER_SPEAKER:
            continue
        whose = named.get(_opening(entry["text"]), set())
        if len({name for name, _ in whose}) == 1:  # two people opening alike: unknown
            name, role = sorted(whose, key=lambda pair: pair[1] or "")[-1]
            give_speaker(found, number, name, role, "who says it again in the text")
