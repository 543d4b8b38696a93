"""The organisation a text names its people by, when no quote says whose they are: the
body its volunteers, staff or director belong to ("zes vrijwilligers van Open Kade",
"vrijwilliger bij Open Kade", "Beroep: Directeur Stichting Vrije Haven", "a volunteer
with Harbourlight"), or the one its "more information about X" line points to. Each
quote's own body counts first: when every quote has a named speaker and each is "van"
or "of" the same body ("zegt Ann Lee van Havenhuis"), that body is the text's.

A body is taken only when it is the one such body the text names, and named at least
twice; with two or more, :func:`people_candidates` lists them for a ``maybe:`` note."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.words import WordCounts, fold_text

_PEOPLE = (
    r"(?i:vrijwilligers?|medewerk(?:er|ster)s?|directeur|directrice|oprichter|oprichtster|"
    r"voorzitter|coördinator|volunteers?|staff|director|founder|co-founder|coordinator)"
)
_LINK = r"(?:van|bij|of|at|with|for)\s+(?:(?i:de|het|the)\s+)?"
_KIND = r"(?i:stichting|vzw|vereniging|foundation|charity)\s+"
#: A name: capitalised words, small words only between two of them ("Free a Haven").
_NAME = (
    r"(?P<name>[A-Z][\w&'’-]+(?:\s+(?:[A-Z][\w&'’-]+|(?:a|of|the|for|and|de|des|du|van|voor|en)"
    r"(?=\s+[A-Z]))){0,5})"
)
#: "vrijwilligers van X", "Directeur Stichting X" (a link or a legal form after the post).
_PEOPLE_OF = re.compile(rf"\b{_PEOPLE}\s+(?:{_LINK}(?:{_KIND})?|{_KIND}){_NAME}")
#: "For more information about X", "Meer informatie over X".
_MORE_ABOUT = re.compile(
    rf"\b(?i:more\s+information\s+(?:about|on)|meer\s+informatie\s+over)\s+"
    rf"(?:(?i:de|het|the)\s+)?{_NAME}"
)
#: A body is taken when the text names it at least this often.
_LEAST_USES = 2
#: Bodies listed at most (more than one is already no answer, only a ``maybe:`` note).
_LISTED = 4
#: Names looked at, at most: telling a person's name costs a compiled pattern each, and a
#: long text of a thousand "directeur van X" took seconds.
_LOOKED_AT = 64


def people_candidates(text: str, is_person: Callable[[str], bool]) -> list[str]:
    """The bodies the text names its people by, or points to for more information."""
    uses = WordCounts(text)
    found: dict[str, str] = {}
    seen: set[str] = set()
    for pattern in (_PEOPLE_OF, _MORE_ABOUT):
        for match in pattern.finditer(text):
            name = match["name"]
            folded = fold_text(name)
            if folded in seen:
                continue
            if len(seen) >= _LOOKED_AT or len(found) >= _LISTED:
                return list(found.values())
            seen.add(folded)
            if uses(name) < _LEAST_USES or is_outlet(name) or is_person(name):
                continue
            found[folded] = name
    return list(found.values())


def body_of_its_people(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The one body :func:`people_candidates` finds; ``None`` for none or several."""
    candidates = people_candidates(text, is_person)
    return candidates[0] if len(candidates) == 1 else None


def body_of_every_quote(quotes: list[dict[str, Any]]) -> str | None:
    """The body every quote's named speaker is "van"/"of" (a quote's own organisation,
    read from "Ann Lee van Havenhuis"; her later quotes as "Lee" count as hers), when it
    is one and the same for every speaker."""
    speakers = [q.get("speaker") or "" for q in quotes]
    if not quotes or any(not s or s.startswith("TODO") for s in speakers):
        return None
    bodies: dict[str, set[str]] = {s: set() for s in speakers}
    for speaker, quote in zip(speakers, quotes, strict=True):
        if isinstance(body := quote.get("organisation"), str) and body:
            bodies[speaker].add(body)
    every = {frozenset(found) for found in bodies.values()}
    only = every.pop() if len(every) == 1 else frozenset()
    return next(iter(only)) if len(only) == 1 else None
