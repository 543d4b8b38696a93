"""A body named once with its short form, beside one the text keeps naming.

"De Vereniging van Y (VY) stelt het geld beschikbaar": a body written out once with its
letters in brackets, and not named again, is one the text mentions. When the text names
another organisation (a name of an organisation's kind: "X Groep", "X Foundation") three
times or more, and at least twice as often as the first in all its forms, that one is
the text's own: its page tells what it does.
"""

from __future__ import annotations

from collections.abc import Callable

from mhbrief.importer.most_named import most_named_organisation
from mhbrief.importer.words import WordCounts

#: How often the body the text keeps naming is written, at the least.
_KEPT_NAMING = 3


def named_more_than(
    best: tuple[str, str], text: str, uses: WordCounts, is_person: Callable[[str], bool]
) -> str | None:
    """The organisation the text names far more often than ``best`` (name, short form),
    when ``best`` is named once in full and its short form at most once more."""
    name, short = best
    mentions = uses(name) + (uses(short) if short != name else 0)
    if uses(name) > 1 or mentions > 2:
        return None
    most = most_named_organisation(text, is_person)
    if not most or most in (name, short) or short in most.split():
        return None
    named = uses(most)
    return most if named >= _KEPT_NAMING and named >= 2 * mentions else None
