"""The organisations a briefings folder already knows, for a draft the text gave none.

When a pasted text does not say who published it, the draft's organisation stays a
placeholder: a guess that reads as right is worse. The folder's own briefings name
the organisations staff work with; those the text names (in full, or by the short
form a briefing gives) are offered first, the rest after, most briefings first. The
draft's notes and the app's import dialog show them; the person picks.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from mhbrief.model import Collection

#: Organisations named in a note (the app's dialog completes from all of them).
NOTED = 3


class Known(NamedTuple):
    """A folder's organisations for one text, each group most briefings first."""

    named: tuple[str, ...]  # the text names them, in full or by a briefing's short form
    others: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return (*self.named, *self.others)


def known_organisations(collection: Collection | None, text: str) -> Known:
    """The organisations of the folder's briefings, split by whether ``text`` names them."""
    if collection is None:
        return Known((), ())
    held: Counter[str] = Counter()
    shorts: dict[str, set[str]] = {}
    for briefing in collection.briefings.values():
        name = briefing.organisation.strip()
        if not name or name.startswith("TODO"):
            continue
        held[name] += 1
        if briefing.organisation_short:
            shorts.setdefault(name, set()).add(briefing.organisation_short.strip())
    ranked = sorted(held, key=lambda name: (-held[name], name.casefold()))
    folded = text.casefold()
    named = tuple(n for n in ranked if _named_in(text, folded, n, shorts.get(n, set())))
    return Known(named, tuple(name for name in ranked if name not in named))


def _named_in(text: str, folded: str, name: str, shorts: set[str]) -> bool:
    """The full name anywhere (any case); a short form as a word in its own case."""
    if name.casefold() in folded:
        return True
    return any(short and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text) for short in shorts)
