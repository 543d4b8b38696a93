"""What one query may ask, so that every query costs bounded time and memory.

Unbounded, a word typed 1,000 times, a quoted 1,000-word phrase, 50 fuzzy words, 5,000
``theme:`` filters or ``?*`` each took tens of seconds at 20k items (bench/README.md): the
parser, the phrase that ranks the exact words first and each fuzzy word's expansion
all grow with what was typed. :func:`bound` reads the query's tokens once (linear in
its length) and, before anything is parsed:

- drops a word, phrase or filter typed again where dropping it cannot change what
  matches (outside parentheses and operators, where Whoosh would fold it into the
  first one anyway);
- cuts the query after :data:`MAX_TERMS` words or :data:`MAX_FILTERS` filters;
- searches a phrase by its first :data:`MAX_PHRASE_WORDS` words;
- searches only the first :data:`MAX_FUZZY_WORDS` words with ``~`` fuzzily, the rest
  as typed;
- leaves out a wildcard with fewer than :data:`MIN_WILDCARD_LETTERS` letters (``?*``
  matches every word) and wildcards after the first :data:`MAX_WILDCARDS`.

Each change gives one short note, which the response carries to the front ends (the
CLI prints it, the app shows it in its status line). A query within the limits is
returned exactly as typed, so it parses and ranks as before. How many words one
wildcard expands to is bounded where it is expanded (:data:`MAX_WILDCARD_TERMS`,
:func:`mhbrief.engine.search.capped_wildcard`).

The numbers are generous for people and small for machines: a press question is a
handful of words; a pasted sentence of 32 words, a quote found by 12 consecutive
words, eight misspelt names, 16 filters and 4 wildcards each still search as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words searched (plain words, prefixes, fuzzy words and the words of phrases), after
#: repeats are dropped: a long pasted sentence, not a pasted page.
MAX_TERMS = 32
#: Words of one phrase: 12 consecutive words find a quote; each more reads every
#: candidate document's positions once again.
MAX_PHRASE_WORDS = 12
#: Words with ``~``: each is compared with every word of the index.
MAX_FUZZY_WORDS = 8
#: ``field:value`` filters: more than any real narrowing needs.
MAX_FILTERS = 16
#: Wildcard words (``*`` or ``?`` anywhere but a prefix's end): each scans the index's words.
MAX_WILDCARDS = 4
#: Letters a wildcard word needs: ``?*`` or ``*a`` would match nearly every word.
MIN_WILDCARD_LETTERS = 2
#: Index words one wildcard may match; beyond that the most frequent are searched. A few
#: hundred is more than a person reads through, and keeps its union cheap.
MAX_WILDCARD_TERMS = 256
#: How much of a dropped token a note quotes.
NOTE_CHARS = 24

OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
_TOKEN = re.compile(
    r"""
    (?P<filter>\w+:(?:"[^"]*"?|\[[^\]]*\]?|\{[^}]*\}?|[^\s()"]*))
  | (?P<phrase>"[^"]*"?(?:~\d*)?(?:\^[\d.]+)?)
  | (?P<paren>[()])
  | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"\w+")
_FUZZY = re.compile(r"~\d*(?:/\d+)?(?=\^|$)")


@dataclass(frozen=True)
class Bounded:
    """The query as it will be searched, and what was changed to bound it."""

    text: str
    notes: tuple[str, ...] = ()


@dataclass
class _Token:
    kind: str
    text: str


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.lastgroup or "word", m.group()) for m in _TOKEN.finditer(text)]


def _is_op(token: _Token | None) -> bool:
    return token is not None and token.kind == "word" and token.text in OPERATORS


def _wildcard(word: str) -> bool:
    """``*`` or ``?`` anywhere but the end of a prefix (``opv*`` is a prefix, not this)."""
    return "?" in word or "*" in word.rstrip("*") or word.strip("*") == ""


def _phrase_words(phrase: str) -> list[re.Match[str]]:
    """The words between a phrase's quotes (not its ``~2`` or ``^2``)."""
    close = phrase.rfind('"')
    return list(_WORD.finditer(phrase, 1, close if close > 0 else len(phrase)))


def _short(text: str) -> str:
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1] + "…"


class _Bounder:
    """One pass over the tokens, keeping what the limits allow."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.kept: list[_Token] = []
        self.notes: dict[str, None] = {}
        self.seen: set[tuple[str, str]] = set()
        self.repeats = self.terms = self.filters = self.fuzzy = self.wildcards = 0
        self.depth = 0
        self.skip_ops = False

    def run(self) -> None:
        for at, token in enumerate(self.tokens):
            if self.skip_ops and _is_op(token):
                continue
            self.skip_ops = False
            if token.kind == "paren":
                self.depth += 1 if token.text == "(" else -1
                self.kept.append(token)
            elif _is_op(token):
                self.kept.append(token)
            elif not self.take(at, token):
                self.cut()
                return

    def plain(self, at: int) -> bool:
        """A token ANDed with the rest at the top level: no group, no operator beside it."""
        before = self.tokens[at - 1] if at else None
        after = self.tokens[at + 1] if at + 1 < len(self.tokens) else None
        grouped = self.tokens[at].text.endswith(":")  # theme:(a OR b): the filter of a group
        return self.depth == 0 and not grouped and not _is_op(before) and not _is_op(after)

    def take(self, at: int, token: _Token) -> bool:
        """Keep, change or drop ``token``; False when the query is cut here."""
        key = (token.kind, token.text)
        if self.plain(at):
            if key in self.seen:
                self.repeats += 1
                return True
            self.seen.add(key)
        if token.kind == "filter":
            if self.filters >= MAX_FILTERS:
                self.notes[f"cut after {MAX_FILTERS} filters"] = None
                return False
            self.filters += 1
        elif token.kind == "phrase":
            token = self.phrase(token)
        elif _wildcard(token.text) and not self.wildcard(token):
            self.drop()
            return True
        elif _FUZZY.search(token.text):
            self.fuzzy += 1
            if self.fuzzy > MAX_FUZZY_WORDS:
                token = _Token("word", _FUZZY.sub("", token.text))
                self.notes[f"only the first {MAX_FUZZY_WORDS} words with ~ searched fuzzily"] = None
        words = max(1, len(_phrase_words(token.text))) if token.kind == "phrase" else 1
        if token.kind != "filter":
            if self.terms + words > MAX_TERMS:
                self.notes[f"cut after {MAX_TERMS} words"] = None
                return False
            self.terms += words
        self.kept.append(token)
        return True

    def phrase(self, token: _Token) -> _Token:
        found = _phrase_words(token.text)
        if len(found) <= MAX_PHRASE_WORDS:
            return token
        self.notes[f"a phrase searched by its first {MAX_PHRASE_WORDS} words"] = None
        end = found[MAX_PHRASE_WORDS - 1].end()
        close = token.text.rfind('"')
        rest = token.text[close:] if close > 0 else '"'
        return _Token("phrase", token.text[:end] + rest)

    def wildcard(self, token: _Token) -> bool:
        """True when this wildcard is searched; else a note says why not."""
        letters = len(re.sub(r"[\W_]", "", token.text))
        if letters < MIN_WILDCARD_LETTERS:
            self.notes[
                f"left out {_short(token.text)}: a wildcard needs "
                f"{MIN_WILDCARD_LETTERS} letters or more"
            ] = None
            return False
        self.wildcards += 1
        if self.wildcards > MAX_WILDCARDS:
            self.notes[f"only the first {MAX_WILDCARDS} wildcards searched"] = None
            return False
        return True

    def drop(self) -> None:
        """Leave a token out with the operators that joined it to the rest."""
        if _is_op(self.kept[-1] if self.kept else None):
            while _is_op(self.kept[-1] if self.kept else None):
                self.kept.pop()
        else:
            self.skip_ops = True

    def cut(self) -> None:
        """End the query here: no operator or group left open."""
        while self.kept and (_is_op(self.kept[-1]) or self.kept[-1].text == "("):
            if self.kept.pop().text == "(":
                self.depth -= 1
        self.kept += [_Token("paren", ")")] * max(0, self.depth)

    def text(self, original: str) -> str:
        out = ""
        for token in self.kept:
            glue = out.endswith(":") or out.endswith("(") or token.text == ")"
            out += token.text if glue or not out else " " + token.text
        if out and original[-1:].isspace():
            out += " "  # while typing: the last word is finished
        return out


def bound(text: str) -> Bounded:
    """``text`` within the limits (unchanged when it already is), with notes on what changed."""
    bounder = _Bounder(_tokens(text))
    bounder.run()
    if bounder.repeats:
        repeats = bounder.repeats
        bounder.notes[f"{repeats:,} repeat{'s' * (repeats != 1)} searched once"] = None
    if not bounder.notes:
        return Bounded(text)
    return Bounded(bounder.text(text), tuple(bounder.notes))
