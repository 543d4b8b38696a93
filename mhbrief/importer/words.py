"""The importer's own text rules: whole lines folded, a light stemmer, slugs, language.

These differ on purpose from :mod:`mhbrief.engine.analysis` (which serves the index):
there ``fold`` works on one word and drops a final ``'s``, and stems are
Snowball's. Here :func:`fold_text` folds whole lines and texts (to compare a
headline with its repeat, a plan title with a statement), and
:func:`suffix_stem` is a small 15-suffix stemmer for both languages, enough to
match theme labels ("digitale" with "Digitaal") without Whoosh. Only the accent
rule is shared (:mod:`mhbrief.accents`).
"""

from __future__ import annotations

import re
from collections import Counter

from mhbrief.accents import strip_accents

SPACE = re.compile(r"\s+")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

_NL_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "dat",
        "niet",
        "op",
        "voor",
        "met",
        "zijn",
        "wij",
        "ook",
        "naar",
        "bij",
        "om",
        "aan",
        "er",
        "maar",
        "dit",
        "die",
        "wordt",
        "worden",
        "heeft",
        "hebben",
        "nog",
        "te",
        "over",
        "door",
        "als",
        "wel",
        "zich",
        "onze",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "that",
        "is",
        "for",
        "with",
        "we",
        "not",
        "on",
        "are",
        "this",
        "our",
        "be",
        "by",
        "have",
        "has",
        "it",
        "as",
        "from",
        "which",
        "at",
        "will",
        "their",
        "been",
        "more",
        "but",
    ]
)


def fold_text(text: str) -> str:
    """Lowercase, accents removed, of any length: ``Financiële steun`` → ``financiele steun``."""
    if text.isascii():  # most words: no accent to remove, and cheap to test
        return text.lower()
    return strip_accents(text.casefold())


def text_words(text: str) -> list[str]:
    """The folded words of ``text`` (letters only, inner ``'`` and ``-`` kept)."""
    words = WORD.findall(text)
    # folded at once, as a case fold and a decomposition change a word's letters only:
    # a call per word was most of the cost of a long text's theme suggestions
    return fold_text("\x00".join(words)).split("\x00") if words else []


_SUFFIXES = (
    "heden",
    "ingen",
    "ation",
    "ions",
    "ing",
    "ies",
    "ers",
    "ies",
    "en",
    "es",
    "er",
    "ed",
    "ly",
    "e",
    "s",
)
_DOUBLE_VOWEL = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")


def suffix_stem(word: str) -> str:
    """A small suffix stemmer for Dutch and English (``digitale``/``digitaal`` → ``digital``)."""
    word = fold_text(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    word = _DOUBLE_VOWEL.sub(lambda m: m.group(1)[0] + m.group(2), word)
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # handel/handell, planning → plann → plan
    return word


#: Words a cut slug does not end on: "meer-aandacht-nodig-voor" reads as cut mid-phrase.
_DANGLING = frozenset(
    "de het een van voor in op met bij en of te aan om tot door naar over uit als dat die "  # noqa: SIM905
    "the a an of for to and in on at with by from as that is are".split()
)


def slugify(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII slug, cut at a word boundary (and not after "voor", "of", …)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_text(text)).strip("-")
    if len(slug) > max_length:
        words = slug[:max_length].rsplit("-", 1)[0].split("-")
        while len(words) > 1 and words[-1] in _DANGLING:
            words.pop()
        slug = "-".join(words)
    return slug


def detect_language(text: str) -> str:
    """``en`` or ``nl``, by counting each language's most common words."""
    counts = Counter(text_words(text))
    dutch = sum(counts[w] for w in _NL_WORDS)
    english = sum(counts[w] for w in _EN_WORDS)
    return "en" if english > dutch else "nl"


_RUN = re.compile(r"[\w-]+")
#: How many phrases of several words (or with ``&``, ``’``) a text is searched for; each
#: search reads all of it, so a hostile text asking about thousands stays linear.
_PHRASES_LOOKED_UP = 64


class WordCounts:
    """How often a word or phrase stands in a text on its own (``Dam`` not in ``Damrak``
    or ``Dam-achtig``): single words from one pass over the text, phrases searched once
    each, for at most :data:`_PHRASES_LOOKED_UP` of them (beyond that a phrase counts 0)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: Counter[str] | None = None
        self._first: dict[str, int] = {}
        self._phrases: dict[str, int] = {}

    def __call__(self, phrase: str) -> int:
        if _RUN.fullmatch(phrase):
            return self._counted()[phrase]
        if phrase not in self._phrases:
            if len(self._phrases) >= _PHRASES_LOOKED_UP:
                return 0
            pattern = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"
            self._phrases[phrase] = len(re.findall(pattern, self.text))
        return self._phrases[phrase]

    def after(self, word: str, lead: str) -> bool:
        """Whether ``word``'s first use in the text comes right after ``lead``."""
        self._counted()
        start = self._first.get(word)
        return start is not None and self.text.endswith(lead, 0, start)

    def _counted(self) -> Counter[str]:
        if self._words is None:
            self._words = Counter()
            for match in _RUN.finditer(self.text):
                self._words[match[0]] += 1
                self._first.setdefault(match[0], match.start())
        return self._words
