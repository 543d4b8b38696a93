"""An acronym the text uses beside its name written out elsewhere ("NCA" and "the
National Crime Agency"), never as "Name (ABBR)": the name whose initials spell it."""

from __future__ import annotations

import bisect
import re

from mhbrief.importer.roles import is_org_word

ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w.-])")
#: Small words an organisation's name may hold between its initials: "International
#: Organization for Migration" (IOM).
_SMALL = r"(?:\s+(?:of|for|and|on|against|the|van|voor|tegen|en|op|de|het))?"


#: Three or more capitalised words, with at most one small word between two of them.
_INITIALS_RUN = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]{1,30}(?:" + _SMALL + r"\s+[A-Z][\w'’-]{1,30}){2,}"
)


class _CapitalisedRuns:
    """The runs of three or more capitalised words in a text, found by their initials:
    only a run whose initials hold an acronym's letters can spell it, so a long text is
    read once, not once per acronym (50 scans of 2 MiB took seconds)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] = []
        self._offsets: list[int] = []
        initials: list[str] = []
        at = 0
        for run in _INITIALS_RUN.finditer(text):
            self._spans.append(run.span())
            self._offsets.append(at)
            letters = "".join(word[0] for word in run[0].split() if "A" <= word[0] <= "Z")
            initials.append(letters)
            at += len(letters) + 1
        self._initials = "|".join(initials)

    def search(self, spelled: re.Pattern[str], abbr: str) -> re.Match[str] | None:
        """The first match of ``spelled`` (the words of ``abbr``) in the text."""
        at = self._initials.find(abbr)
        while at != -1:
            start, end = self._spans[bisect.bisect_right(self._offsets, at) - 1]
            hit = spelled.search(self._text, start, min(end + 1, len(self._text)))
            if hit is not None:
                return hit
            at = self._initials.find(abbr, at + 1)
        return None


def spelled_elsewhere(text: str, known: set[str]) -> list[tuple[list[str], str]]:
    """ "NCA" beside "the National Crime Agency" written out elsewhere in the text, never
    as "National Crime Agency (NCA)": the name whose capital initials spell the acronym,
    when it ends in a word of an organisation's kind ("Agency", "Service", "Stichting")."""
    pairs = []
    acronyms = sorted(set(ACRONYM.findall(text)) - known)[:50]
    runs = _CapitalisedRuns(text) if acronyms else None
    for abbr in acronyms:
        words = [rf"{letter}[\w'’-]{{1,30}}" for letter in abbr]
        spelled = re.compile(r"(?<![\w-])" + (_SMALL + r"\s+").join(words) + r"(?![\w-])")
        found = runs.search(spelled, abbr) if runs is not None else None
        if found and any(is_org_word(word) for word in found[0].split()[1:]):
            pairs.append((found[0].split(), abbr))
    return pairs
