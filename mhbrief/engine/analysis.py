"""Text analysis for the index: words, accent folding, stop words and stemming.

One set of rules serves indexing, query parsing and highlighting, so a word
that matched is always the word that gets marked.

- Words are folded: lower case, accents removed (``financiële`` and
  ``financiele`` are the same word, as are ``zorgcoördinatie`` and
  ``zorgcoordinatie``).
- Stop words are kept in the index, so every word keeps its true position and
  the phrase ``"work in progress"`` never matches "work progress". They are
  dropped only from plain query words (not from phrases), using the Dutch and
  English lists together: one search box serves both languages.
- Dutch documents are stemmed with the Dutch snowball stemmer, English ones
  with the English one (``gemeente`` and ``gemeenten`` share a stem).

Whoosh's analysers and stemmers, like all of Whoosh, stay inside :mod:`mhbrief.engine`.
Bump :data:`ANALYSIS_VERSION` whenever what these analysers produce changes:
the index is then rebuilt by itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import (
    CompositeAnalyzer,
    Filter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StemFilter,
)
from whoosh.lang import stemmer_for_language, stopwords_for_language

from mhbrief.accents import strip_accents

ANALYSIS_VERSION = 5  # 5: Dutch -s plurals after a vowel, -centra (4: invisible characters)

LANGUAGES = ("nl", "en")

#: A word: letters and digits, with inner dots or apostrophes ("2.0", "don't").
WORD_PATTERN = r"\w+(?:[.'’]\w+)*"
_WORD = re.compile(WORD_PATTERN)

#: Longest prefix kept in the edge n-gram field; longer prefixes expand terms.
EDGE_MAX = 6


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def fold(text: str) -> str:
    """One word in lower case without accents: ``Financiële`` -> ``financiele``.

    Typographic and typed apostrophes are one character, and a final ``'s``
    (Dutch plural ``NGO’s``, English possessive) goes, so ``NGO's``, ``ngo’s``
    and ``ngo`` are the same word.
    """
    lowered = text.casefold()
    if not lowered.isascii():
        lowered = _strip_accents(lowered.translate(_APOSTROPHES))
    if lowered.endswith("'s") and len(lowered) > 3:
        lowered = lowered[:-2]
    return lowered


#: Per word, so the cache stays small; the rule itself is shared with the importer.
_strip_accents = lru_cache(maxsize=65536)(strip_accents)


STOP_WORDS = frozenset(fold(word) for lang in LANGUAGES for word in stopwords_for_language(lang))


def language_of(language: str) -> str:
    """The analysis language for a document language (unknown ones read as Dutch)."""
    return language if language in LANGUAGES else "nl"


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Any:
    return stemmer_for_language(language_of(language))


_VOWELS = frozenset("aiouy")  # not e: "-es" has its own rule above, "-ens" is no plural

#: Irregular Dutch plurals whose snowball stem differs from the singular's.
_DUTCH_IRREGULAR = {"kinder": "kind", "eier": "ei", "lieder": "lied"}


def stem_nl(word: str) -> str:
    """Dutch snowball, plus what it misses in press Dutch.

    Snowball leaves a plural ``-s`` after a vowel (``ambities``, ``meisjes``,
    ``analyses``) and the ``-eel`` of adjectives (``financieel`` against
    ``financiële``), and knows no irregular plurals (``kinderen``).
    """
    snowball = _stemmer("nl")
    base = str(snowball(word))
    if base == word and word.endswith("es") and len(word) > 4:
        base = str(snowball(word[:-1]))
    elif base == word and len(word) > 4 and word[-1] == "s" and word[-2] in _VOWELS:
        # bureaus, euros, fotos, agendas: the -s plural of a word ending in a vowel
        base = str(snowball(word[:-1]))
    if base.endswith("eel"):
        base = base[:-2] + "l"
    if base.endswith("centra"):  # centrum's Latin plural, in compounds too
        base = base[:-1] + "um"
    return _DUTCH_IRREGULAR.get(base, base)


def stem_en(word: str) -> str:
    """English snowball."""
    return str(_stemmer("en")(word))


_STEMMERS = {"nl": stem_nl, "en": stem_en}


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The stem of a folded word in ``language``."""
    return _STEMMERS[language_of(language)](word)


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded word)`` for every word of ``text``."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


class _StatelessFilter(Filter):  # type: ignore[misc]
    """A filter without settings: any two of the same class are equal, like Whoosh's own
    filters (its fields compare their analyzers, so a fresh schema equals a stored one)."""

    def __eq__(self, other: object) -> bool:
        return other is not None and self.__class__ is other.__class__

    def __hash__(self) -> int:
        return hash(self.__class__)


class FoldFilter(_StatelessFilter):
    """Removes accents from token texts (after lower-casing)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


class QueryStopFilter(_StatelessFilter):
    """Drops stop words from plain query words only.

    Indexing keeps every word, so positions stay true. Whoosh tokenizes a
    phrase with ``chars=True`` and a plain word without: only the latter loses
    its stop words, so ``"work in progress"`` still needs its "in".
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if (
                token.mode == "query"
                and token.removestops
                and not token.chars
                and token.text in STOP_WORDS
            ):
                continue
            yield token


def text_analyzer(language: str) -> Any:
    """Words, folded, stemmed in ``language``; stop words dropped from plain queries."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | QueryStopFilter()
        | StemFilter(stemfn=_STEMMERS[language_of(language)], cachesize=-1)
    )


def plain_analyzer() -> Any:
    """Words, folded, not stemmed (names, organisations, the prefix vocabulary)."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | FoldFilter() | QueryStopFilter()


def edge_analyzer() -> Any:
    """Every prefix of every word, 1 to :data:`EDGE_MAX` letters, for typing."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | NgramFilter(1, EDGE_MAX, at="start")
    )


# --- indexing without the token stream ----------------------------------------------

#: Distinct words whose terms an indexing shortcut keeps (then it starts afresh).
INDEX_CACHE_WORDS = 200_000


class _Terms:
    """What one of the analysers above yields when indexing a text, as UTF-8 term bytes in
    the order of the token stream: each distinct word folded (and stemmed, or cut into
    prefixes) once, not once a token. Stemming is pure Python and most tokens repeat."""

    def __init__(self, convert: Callable[[str], Any], *, several: bool) -> None:
        #: A word to its term, or (``several``) to the tuple of its terms.
        self._convert = convert
        self._several = several
        self._seen: dict[str, Any] = {}

    def __call__(self, text: str) -> list[bytes]:
        words = _WORD.findall(text)
        seen = self._seen
        try:
            known = list(map(seen.__getitem__, words))
        except KeyError:
            if len(seen) + len(words) > INDEX_CACHE_WORDS:
                seen.clear()
            convert = self._convert
            for word in words:
                if word not in seen:
                    seen[word] = convert(word)
            known = list(map(seen.__getitem__, words))
        return list(itertools.chain.from_iterable(known)) if self._several else known


def index_terms(analyzer: Any) -> tuple[Callable[[str], list[bytes]], bool] | None:
    """For an analyser made by :func:`text_analyzer`, :func:`plain_analyzer` or
    :func:`edge_analyzer` (as a stored schema holds it): a function from a text to the
    terms that analyser yields in index mode, and whether term ``i`` stands at position
    ``i`` (not so for the prefixes). None for any other analyser.

    The same rules as the token stream's, in one loop: the index writer's shortcut
    (``tests/engine/test_analysis.py`` holds it to the analysers, text by text). Fields
    of one analysis (a language's text, context, title and themes) share one function,
    so a word is stemmed once for all of them.
    """
    rule = _index_rule(analyzer)
    if rule is None:
        return None
    shared = _SHARED_TERMS.get(rule)
    if shared is None:
        shared = _SHARED_TERMS[rule] = _make_terms(rule)
    return shared


#: One shortcut per rule (``("plain",)``, ``("stem", stemmer)``, ``("prefixes", low, high)``).
_SHARED_TERMS: dict[tuple[Any, ...], tuple[Callable[[str], list[bytes]], bool]] = {}


def _index_rule(analyzer: Any) -> tuple[Any, ...] | None:
    if not isinstance(analyzer, CompositeAnalyzer):
        return None
    items = list(analyzer.items)
    head = [type(item) for item in items[:3]]
    if head != [RegexTokenizer, LowercaseFilter, FoldFilter]:
        return None
    tokenizer = items[0]
    if tokenizer.expression.pattern != WORD_PATTERN or tokenizer.gaps:
        return None
    rest = items[3:]
    kinds = [type(item) for item in rest]
    if kinds == [QueryStopFilter]:  # stop words: queries only
        return ("plain",)
    if kinds == [QueryStopFilter, StemFilter]:
        stemmer = rest[1]
        if stemmer.lang or stemmer.ignore or stemmer.stemfn not in _STEMMERS.values():
            return None
        return ("stem", stemmer.stemfn)
    if kinds == [NgramFilter]:
        ngrams = rest[0]
        if ngrams.at != -1 or ngrams.min < 1:
            return None
        return ("prefixes", ngrams.min, ngrams.max)
    return None


def _make_terms(rule: tuple[Any, ...]) -> tuple[Callable[[str], list[bytes]], bool]:
    if rule[0] == "plain":
        return _Terms(lambda word: fold(word.lower()).encode("utf-8"), several=False), True
    if rule[0] == "stem":
        stem_word = rule[1]
        return _Terms(
            lambda word: str(stem_word(fold(word.lower()))).encode("utf-8"), several=False
        ), True
    low, high = rule[1], rule[2]

    def prefixes(word: str) -> tuple[bytes, ...]:
        folded = fold(word.lower())
        end = min(high, len(folded))
        return tuple(folded[:size].encode("utf-8") for size in range(low, end + 1))

    return _Terms(prefixes, several=True), False
