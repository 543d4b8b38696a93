"""The body a release's headline opens with as its subject: "Harbourwatch heeft in 2023
meer dan 90 mensen begeleid", "Harbourwatch launches …".

A release is headed by what its sender did; the body that opens the headline (read as
the first paragraph's subject is, :func:`.speaking.opening_subject`) is the sender when
the text under it names it twice more, never where a place stands ("in X", "from X"):
a country or a town is no sender.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mhbrief.importer.speaking import opening_subject

#: A headline's length at most, in words: a longer first line is a paragraph.
_HEADLINE_WORDS = 20

#: Words before a place's name: a name written after one is a place's.
_AT_PLACE = r"(?:in|uit|naar|te|from|to|across|near|bij|throughout)"


def headline_subject(
    lines: list[str], text: str, named: list[Any], is_person: Callable[[str], bool]
) -> str | None:
    """The body the first line (a headline: short, no full stop) opens with, named twice
    more in the text and never as a place."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first or len(first.split()) > _HEADLINE_WORDS or first.endswith("."):
        return None
    org = opening_subject(first, text, named, is_person)
    if not org:
        return None
    rest = text[text.find(first) + len(first) :] if first in text else text
    uses = len(re.findall(rf"(?<![\w-]){re.escape(org)}(?![\w-])", rest))
    if uses < 2 or re.search(rf"(?i:\b{_AT_PLACE})\s+{re.escape(org)}(?![\w-])", rest):
        return None
    return org
