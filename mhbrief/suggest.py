"""Did-you-mean: the one place that decides which known word a typo was meant to be.

Used for unknown keys and references in briefing files, unknown ids on the command line,
unknown settings, and filter values in queries (``theme:financieel`` -> ``financiering``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable

#: A number, dotted ones (``1.1``, ``4.2.3``) included: ``actielijn-1.1`` is a numbered
#: section as much as ``actielijn-5`` is.
_DIGITS = re.compile(r"\d+(?:\.\d+)*")


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice closest to ``word``, if any is close enough to be a typo of it."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return close[0] if close else None


def closest_value(typed: str, known: Iterable[str]) -> str | None:
    """The known value (an id, a name) a typed one was meant to be, or None.

    Stricter than :func:`closest`: a ratio of at least 0.7, compared without case, and a
    :func:`likely_typo` of it (or the same words in another order); never a value that
    differs from the typed one only in its digits (``actielijn-9`` is not a typo of
    ``actielijn-5``: it names another section).
    """
    folded = typed.casefold()
    by_folded: dict[str, str] = {}
    for value in known:
        by_folded.setdefault(value.casefold(), value)
    if folded in by_folded:
        return None
    skeleton = _DIGITS.sub("#", folded)
    candidates = [v for v in by_folded if _DIGITS.sub("#", v) != skeleton]
    close = difflib.get_close_matches(folded, candidates, n=_TRIED, cutoff=0.7)
    match = next((value for value in close if likely_typo(folded, value)), None)
    if match is None:  # the same words in another order
        words = sorted(_words(folded))
        match = next((v for v in candidates if len(words) > 1 and sorted(_words(v)) == words), None)
    return by_folded[match] if match is not None else None


#: How many of the closest values (by difflib's ratio) are tried as a likely typo.
_TRIED = 5
#: Where an id or a name breaks into words.
_BREAKS = re.compile(r"[-_/\s]+")
#: A word this short may be added or left out (``en``, ``van``, ``de``).
_SMALL = 3


def _words(value: str) -> list[str]:
    return [word for word in _BREAKS.split(value) if word]


def likely_typo(typed: str, known: str) -> bool:
    """Whether ``typed`` (folded) reads as a slip in writing ``known``: a few letters off
    for its length, or word by word each word a slip, a shortening or the same stem, with
    at most small words (``en``) added or left out. Not a value that shares only some of
    its words: ``digitale-uitbuiting`` is no typo of ``criminele-uitbuiting`` (difflib's
    ratio calls them close for their common ``-uitbuiting``)."""
    if _edits(typed, known) <= max(1, len(known) // 5):
        return True
    left = _words(known)
    for word in _words(typed):
        found = next((other for other in left if _same_word(word, other)), None)
        if found is not None:
            left.remove(found)
        elif len(word) > _SMALL:
            return False
    return all(len(word) <= _SMALL for word in left)


def _same_word(typed: str, known: str) -> bool:
    """One word as a slip of another: shortened (``kind``: ``kinderen``), the same stem
    with another ending (``financieel``: ``financiering``), or a letter or two off."""
    if typed == known:
        return True
    short = min(len(typed), len(known))
    if short >= _SMALL and (known.startswith(typed) or typed.startswith(known)):
        return True
    stem = next((i for i in range(short) if typed[i] != known[i]), short)
    if stem >= max(4, (2 * short + 2) // 3):
        return True
    return _edits(typed, known) <= max(1, max(len(typed), len(known)) // 4)


def _edits(a: str, b: str) -> int:
    """Letters added, left out, changed or swapped with the next to make ``a`` into ``b``
    (optimal string alignment distance)."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) // 2:
        return max(len(a), len(b))  # far apart: not worth counting
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        before, row = row, current
    return row[len(b)]


#: A message about an unknown id lists the known ones when there are at most this many.
FEW = 12
#: A typed id this long or longer may be the start of the one it meant.
_MIN_START = 3


def meant_value(typed: str, known: Iterable[str]) -> str | None:
    """The known id a typed one was meant to be: a typo of it (:func:`closest_value`), else
    the one known id that starts with it (``opvang`` -> ``opvang-en-zorg``).

    A known id that differs only in its numbers is never meant (``actielijn-1`` does not
    start ``actielijn-1.1``: it names another section).
    """
    values = list(known)
    close = closest_value(typed, values)
    if close is not None:
        return close
    folded = typed.casefold()
    if len(folded) < _MIN_START:
        return None
    skeleton = _DIGITS.sub("#", folded)
    starting = {
        value
        for value in values
        if value.casefold().startswith(folded) and _DIGITS.sub("#", value.casefold()) != skeleton
    }
    return starting.pop() if len(starting) == 1 else None


def id_hint(typed: str, known: Collection[str], *, prefix: str = "") -> str:
    """`` (did you mean 'x'?)`` by :func:`meant_value`, else ``""``; ``prefix`` goes before
    the id shown (a plan id before a section id)."""
    meant = meant_value(typed, known)
    return f" (did you mean '{prefix}{meant}'?)" if meant else ""


def few_listed(known: Collection[str]) -> str | None:
    """The known ids, sorted and comma-separated, when there are at most :data:`FEW`."""
    if not known or len(known) > FEW:
        return None
    return ", ".join(sorted(known))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a choice is close to ``word``, else ``""``."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""
