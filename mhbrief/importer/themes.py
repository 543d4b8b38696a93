"""Theme suggestions: a collection theme whose label (or two description words) occur."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from mhbrief.importer.words import suffix_stem, text_words
from mhbrief.model import Theme

_FUNCTION_STEMS = frozenset(
    suffix_stem(w)
    for w in [
        "daarvan",
        "daarbij",
        "daarom",
        "onder",
        "meer",
        "andere",
        "zoals",
        "tussen",
        "tegen",
        "onder",
        "over",
        "door",
        "hierbij",
        "waarbij",
        "worden",
        "wordt",
        "hebben",
        "zijn",
        "naast",
        "vooral",
        "alleen",
        "ook",
        "nog",
        "about",
        "their",
        "which",
        "these",
        "those",
        "other",
        "under",
        "between",
        "against",
        "through",
    ]
)


def _theme_terms(theme: Theme) -> tuple[set[str], set[str]]:
    label = {suffix_stem(w) for w in text_words(theme.label) if len(w) >= 4}
    description = {suffix_stem(w) for w in text_words(theme.description) if len(w) >= 5} - label
    return label, description


def suggest_themes(text: str, themes: Mapping[str, Theme]) -> list[str]:
    """Theme ids whose label (or two description words) occur in ``text``."""
    return ThemeTerms(themes).suggest(text)


#: The shortest term that counts at the start or end of a longer word.
_MIN_AFFIX = 6
#: The most words whose terms one :class:`ThemeTerms` remembers.
_SEEN_WORDS = 50_000
#: The longest term that does (a longer one must stand as a word of its own).
_MAX_AFFIX = 40


class ThemeTerms:
    """The collection's themes as stems, read once for all of a draft's items."""

    def __init__(self, themes: Mapping[str, Theme]) -> None:
        terms = {theme_id: _theme_terms(theme) for theme_id, theme in themes.items()}
        # A description word that several themes share ("aanpak", "uitbuiting") or
        # that is a function word says nothing about which theme a text is about.
        spread = Counter(
            term for label, description in terms.values() for term in label | description
        )
        common = {term for term, count in spread.items() if count > 1} | _FUNCTION_STEMS
        #: A start or end longer than every term matches none: one 1 MB word costs
        #: at most this many slices, not a million.
        self._longest = min(_MAX_AFFIX, max(map(len, spread), default=0))
        self._terms = [
            (theme_id, label, description - common)
            for theme_id, (label, description) in terms.items()
        ]
        self._all = set().union(*(label | description for _, label, description in self._terms))
        self._seen: dict[str, frozenset[str]] = {}

    def _matched(self, word: str) -> frozenset[str]:
        """The terms a word holds: its stem, or (six letters or more) the stem's start or
        end ("uitbuiting" in "arbeidsuitbuiting"); remembered per word, as a draft's
        items share most of their words."""
        if (known := self._seen.get(word)) is not None:
            return known
        stem = suffix_stem(word)
        parts = {stem}
        for n in range(_MIN_AFFIX, min(len(stem), self._longest + 1)):
            parts.update((stem[:n], stem[-n:]))
        matched = frozenset(parts & self._all)
        if len(word) <= _MAX_AFFIX and len(self._seen) < _SEEN_WORDS:
            self._seen[word] = matched
        return matched

    def suggest(self, text: str) -> list[str]:
        """Theme ids whose label (or two description words) occur in ``text``, best first."""
        present: set[str] = set()
        for word in set(text_words(text)):
            if len(word) >= 4:
                present |= self._matched(word)
        scored: list[tuple[int, str]] = []
        for theme_id, label, description in self._terms:
            hits = len(description & present)
            if label and label <= present:
                scored.append((10 + hits, theme_id))
            elif hits >= 2:
                scored.append((hits, theme_id))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [theme_id for _, theme_id in scored[:3]]
