"""The body a release's headline opens with as its subject: "Harbourwatch heeft in 2023
meer dan 90 mensen begeleid", "Harbourwatch launches …".

A headline may say who speaks ("Harbour HPU say the case is no exception", after a
state's abbreviation "Ont. HPU say …"): a body by its letters, or by a name with a word of
an organisation's kind, is the one the text reports, when it names it twice more.

A release is headed by what its sender did; the body that opens the headline (read as
the first paragraph's subject is, :func:`.speaking.opening_subject`) is the sender when
the text under it names it twice more, never where a place stands ("in X", "from X"):
a country or a town is no sender.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mhbrief.importer.orgnames import looks_like_an_organisation
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word
from mhbrief.importer.speaking import opening_subject

#: A headline's length at most, in words: a longer first line is a paragraph.
_HEADLINE_WORDS = 20

#: Words before a place's name: a name written after one is a place's.
_AT_PLACE = r"(?:in|uit|naar|te|from|to|across|near|bij|throughout)"


#: A state's or province's abbreviation before a headline's subject: "Ont.", "Calif.".
_STATE = re.compile(r"^[A-Z][a-z]{1,5}\.\s+")

#: A headline's subject that speaks: "HPU say", "Harbour Watch Trust warns".
_SAYS = re.compile(
    r"^(?:(?:The|De|Het)\s+)?(?P<org>[A-Z][\w&’'-]{1,40}(?:\s+[A-Z][\w&’'-]{1,40}){0,4})\s+"
    r"(?:say|says|said|warn|warns|warned|zegt|zeggen|waarschuwt|waarschuwen)\b"
)


def _speaking_subject(first: str, text: str, is_person: Callable[[str], bool]) -> str | None:
    """The body a headline has speak: its letters ("HPU"), or a name with a word of an
    organisation's kind in it; no person, no outlet."""
    match = _SAYS.match(_STATE.sub("", first))
    if match is None:
        return None
    org = match["org"]
    words = org.split()
    lettered = len(words) == 1 and org.isupper() and len(org) > 1
    kind = len(words) > 1 and any(is_org_word(w) for w in words)
    if not (lettered or kind) or is_person(org) or is_outlet(org):
        return None
    return org if looks_like_an_organisation(org, text) else None


def headline_subject(
    lines: list[str], text: str, named: list[Any], is_person: Callable[[str], bool]
) -> str | None:
    """The body the first line (a headline: short, no full stop) opens with, named twice
    more in the text and never as a place."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first or len(first.split()) > _HEADLINE_WORDS or first.endswith("."):
        return None
    org = opening_subject(first, text, named, is_person) or _speaking_subject(
        first, text, is_person
    )
    if not org:
        return None
    rest = text[text.find(first) + len(first) :] if first in text else text
    uses = len(re.findall(rf"(?<![\w-]){re.escape(org)}(?![\w-])", rest))
    if uses < 2 or re.search(rf"(?i:\b{_AT_PLACE})\s+{re.escape(org)}(?![\w-])", rest):
        return None
    return org
