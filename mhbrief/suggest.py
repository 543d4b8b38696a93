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

    Stricter than :func:`closest`: a ratio of at least 0.7, compared without case, and never a
    value that differs from the typed one only in its digits (``actielijn-9`` is not a typo of
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
    match = closest(folded, candidates, cutoff=0.7)
    return by_folded[match] if match is not None else None


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
