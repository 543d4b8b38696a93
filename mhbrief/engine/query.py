"""The query language: what a typed query means, bounded, rewritten for the index.

Queries use Whoosh's syntax (words are ANDed; ``"phrases"``, ``OR``, ``NOT``,
parentheses, ``prefix*``, ``word~``) plus short field filters: ``theme:``,
``speaker:``, ``org:``, ``kind:``, ``stance:``, ``section:`` and ``date:``
(``date:2021``, ``date:2018-11``, ``date:[2018 TO 2019]`` or ``date:2018..2019``).
A malformed query never raises: it is read as plain words and the response
says so (``fallback``). What one query may ask is bounded first
(:mod:`mhbrief.engine.query_limits`).

Prefixes never run on a stemmed field (``gemeenten*`` would miss). A prefix of
up to :data:`~mhbrief.engine.analysis.EDGE_MAX` letters is one term of an edge n-gram
field; a longer one expands to every index word it starts (exact totals). While
typing it expands to at most :data:`~mhbrief.results.MAX_EXPANSIONS` words, the most
frequent first, after scanning at most :data:`MAX_SCAN` of them, so the work per
keystroke is bounded however short the prefix, and the response says ``capped``
when words were left out. Absent words are pruned before searching
(:func:`prune`), and :func:`highlight_terms` says which words to mark.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser, OrGroup

from mhbrief.engine import query_hints, query_limits
from mhbrief.engine.analysis import EDGE_MAX, LANGUAGES, STOP_WORDS, fold
from mhbrief.engine.index import SCHEMA, TEXT_FIELDS
from mhbrief.results import MAX_EXPANSIONS

#: The largest edit distance ``word~N`` searches with, as in Lucene.
MAX_FUZZY = 2
MAX_SCAN = 4000
#: A theme's name finds the items that carry the theme, far below any item whose own
#: words match (a text match is worth some 20 times as much).
THEME_BOOST = 0.05

#: Short filter names users type; each is a schema field of the same name.
FILTERS = ("theme", "speaker", "org", "kind", "stance", "section", "date")
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})

#: Fields plain words search, with their BM25F boosts: a quote's text counts
#: more than the heading it stood under, which counts more than the briefing title.
FIELD_BOOSTS: Mapping[str, float] = MappingProxyType(
    {
        **{f"text_{lang}": 3.0 for lang in LANGUAGES},
        **{f"context_{lang}": 1.5 for lang in LANGUAGES},
        **{f"title_{lang}": 1.0 for lang in LANGUAGES},
        "speaker": 1.5,
        "org": 1.0,
        "words": 0.3,
    }
)
#: Where theme labels are indexed with the items that carry the theme (see :func:`parse`).
THEME_FIELDS = tuple(f"themes_{lang}" for lang in LANGUAGES)
STEMMED_FIELDS = frozenset(f"{name}_{lang}" for name in TEXT_FIELDS for lang in LANGUAGES)
PHRASE_BOOST = 2.0
#: While typing, a last word this short is searched as a prefix only.
SHORT_WORD = 3


# --- parsing -----------------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    query: Any
    fallback: bool
    words: tuple[str, ...]  # the plain words typed, for suggestions
    #: What :func:`mhbrief.engine.query_limits.bound` changed to bound the query's cost.
    notes: tuple[str, ...] = ()
    #: The query as searched (bounded), for did-you-mean; empty for browsing.
    text: str = ""
    #: Why the syntax was read as plain words, for the user (``date:2018-13 is not a date``).
    why: str = ""


@lru_cache(maxsize=1)
def _parser() -> Any:
    parser = MultifieldParser(list(FIELD_BOOSTS), SCHEMA, fieldboosts=dict(FIELD_BOOSTS))
    parser.add_plugin(FuzzyTermPlugin())
    return parser


@lru_cache(maxsize=1)
def _best_match_parser() -> Any:
    """Words ORed, a document scoring more the more of them it holds (a pasted passage)."""
    parser = MultifieldParser(
        list(FIELD_BOOSTS), SCHEMA, fieldboosts=dict(FIELD_BOOSTS), group=OrGroup.factory(0.9)
    )
    return parser


#: More plain words than this (no filters, quotes, operators or wildcards) is a pasted
#: passage, not a question: every word is rarely in one item, so the items holding
#: the most of them come first, the passage itself (its words in order) above all.
PASTED_WORDS = 8
_PASTE_SYNTAX = re.compile(r'["*~^\[\]{}]|\b(?:' + "|".join(FILTERS) + r"):\S")


def _pasted(text: str, typed: Sequence[str]) -> bool:
    """True for a long run of plain words, as a pasted paragraph is; punctuation aside."""
    if len(typed) <= PASTED_WORDS or _PASTE_SYNTAX.search(text):
        return False
    return not OPERATORS & set(text.split())


def _best_match(typed: Sequence[str]) -> Any:
    """Any of the words, most matched first; its first words as a phrase rank highest."""
    q = _best_match_parser().parse(" ".join(typed))
    lead = " ".join(typed[: query_limits.MAX_PHRASE_WORDS])
    phrase = _parser().parse(f'"{lead}"~2')
    return wq.AndMaybe(q, wq.Or([phrase], boost=PHRASE_BOOST))


@lru_cache(maxsize=1)
def _theme_parser() -> Any:
    return MultifieldParser(list(THEME_FIELDS), SCHEMA)


#: Plain words (and filters, taken out first): what may also name a theme.
_PLAIN_QUERY = re.compile(r"[\w\s.'’-]*")


def _names_a_theme(typed: Sequence[str], text: str) -> bool:
    """True for plain words (with any filters) that could be a theme's name."""
    rest = _FIELD_TOKEN.sub(" ", text)
    return bool(typed) and bool(_PLAIN_QUERY.fullmatch(rest)) and not OPERATORS & set(rest.split())


def _or_by_theme(q: Any, text: str) -> Any:
    """``q``, or the items whose theme labels hold every word (and that pass the filters).

    Whole labels only: ``klant minderjarigen`` finds no item just because one of its themes
    is called "Minderjarigen". No NOT or OR: a theme never brings back what was excluded.
    """
    try:
        by_theme = _theme_parser().parse(text)
    except Exception:  # never an error for what was typed: the words alone still search
        return q
    if by_theme is wq.NullQuery or isinstance(by_theme, type(wq.NullQuery)):
        return q
    return wq.Or([q, by_theme.with_boost(THEME_BOOST)])


_EMPTY_FIELD = re.compile(r"(?:^|[\s(])(\w+):(?=$|[\s)])")
_FIELD = re.compile(r"(?:^|[\s(])([A-Za-z_]+):")
_DATE_RANGE = re.compile(r"\bdate:(\d{4}(?:-\d\d){0,2})?\.\.(\d{4}(?:-\d\d){0,2})?(?=\s|\)|$)")
#: "date:[ TO 2018]": Whoosh's range syntax wants no space after the bracket.
_OPEN_RANGE = re.compile(r"\bdate:\[\s+TO\b")
_CLOSE_RANGE = re.compile(r"(?<=\bTO)\s+\]")
_DATE_VALUE = re.compile(r"\bdate:(\S+)")
_DATE_OK = re.compile(r"^(?:\d{4}(?:-\d\d){0,2}|[\[{].*)$")
_PLAIN_WORD = re.compile(r"\w+")
_FIELD_TOKEN = re.compile(r"(?:^|(?<=[\s(]))\w+:(?:\"[^\"]*\"?|\[[^\]]*\]?|\S*)")


def _malformed(text: str) -> str:
    """Query syntax Whoosh would silently misread: what is wrong, said for the user
    (empty when nothing is)."""
    if text.count('"') % 2:
        return 'a " is not closed'
    depth = 0
    for part in text.split('"')[::2]:  # outside phrases
        for char in part:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                return "a ) has no ( before it"
    if depth:
        return "a ( is not closed"
    empty = _EMPTY_FIELD.search(text)
    if empty:
        return f"{empty.group(1)}: has nothing after it"
    unknown = [name for name in _FIELD.findall(text) if name not in FILTERS]
    if unknown:
        return f"{unknown[0]}: is not a filter; filters: {', '.join(f + ':' for f in FILTERS)}"
    for value in _DATE_VALUE.findall(text):
        if not _DATE_OK.match(value) or not _real_date(value):
            return (
                f"date:{value} is not a date; use date:2018, date:2018-11, date:2018-11-13 "
                "or a range such as date:2018..2019"
            )
    tokens = text.replace("(", " ").replace(")", " ").split()
    if tokens and (tokens[0] in OPERATORS - {"NOT"} or tokens[-1] in OPERATORS):
        return "AND, OR and NOT need words on both sides"
    if any(a in OPERATORS and b in OPERATORS - {"NOT"} for a, b in itertools.pairwise(tokens)):
        return "AND, OR and NOT need words on both sides"
    return ""


def _real_date(value: str) -> bool:
    """``2018``, ``2018-11``, ``2018-11-13`` (or a range's ends) name days that exist."""
    for end in re.findall(r"\d{4}(?:-\d\d){0,2}", value):
        year, month, day = ([*map(int, end.split("-")), 1, 1])[:3]
        try:
            date(year, month, day)
        except ValueError:
            return False
    return True


def _has_error(q: Any) -> bool:
    if getattr(q, "error", None):
        return True
    return any(_has_error(child) for child in q.children())


_QUOTED_FILTER = re.compile(r"(?:^|(?<=[\s(]))\w+:\"([^\"]*)\"")


def _unpositioned_phrase(q: Any) -> bool:
    """A phrase on a field without positions, which Whoosh refuses to run."""
    if isinstance(q, wq.Phrase):
        if q.fieldname not in SCHEMA:
            return True
        return not SCHEMA[q.fieldname].format.supports("positions")
    return any(_unpositioned_phrase(child) for child in q.children())


def plain_words(text: str) -> list[str]:
    """The words of a query, without operators, field names or filter values."""
    text = _FIELD_TOKEN.sub(" ", text)
    found = []
    for match in _PLAIN_WORD.finditer(text):
        word = match.group()
        if word in OPERATORS or text[match.end() : match.end() + 1] == ":":
            continue
        found.append(word)
    return found


def parse(text: str, *, as_you_type: bool = False) -> Parsed:
    """Parse a query string; malformed syntax falls back to its plain words."""
    if text.strip() == "*":
        # Browsing (the app's empty box): every document, without the field
        # wildcards the parser would build, which expand every term of the index.
        return Parsed(wq.Every(), False, ())
    bounded = query_limits.bound(text)
    if not bounded.text.strip():  # all left out (``?*``): nothing to search
        return Parsed(wq.NullQuery, False, (), bounded.notes)
    text = _DATE_RANGE.sub(
        lambda m: (
            " TO ".join((m.group(1) or "", m.group(2) or "")).strip().join(("date:[", "]"))
            if m.group(1) or m.group(2)
            else m.group(0)
        ),
        bounded.text,
    )
    text = _OPEN_RANGE.sub("date:[TO", _CLOSE_RANGE.sub("]", text))
    typed = plain_words(text)
    if _pasted(text, typed):  # read whole: its last word is no unfinished prefix
        return Parsed(_best_match(typed), False, tuple(typed), bounded.notes, bounded.text)
    original = text
    if as_you_type:
        text = _as_you_type(text)
    why = _malformed(text)
    fallback = bool(why)
    q = None
    if not fallback:
        try:
            q = _parser().parse(text, normalize=False)
        except Exception:
            fallback = True
        else:
            if _has_error(q):
                fallback = True
            elif _unpositioned_phrase(q):
                # theme:"Digitaal / online": a filter field keeps no positions,
                # so a phrase cannot run there; search the quoted words instead.
                fallback = True
                original = _QUOTED_FILTER.sub(lambda m: f" {m.group(1)} ", original)
            else:
                q = q.normalize()
    if fallback:
        # Filters that did not parse are dropped rather than searched as words.
        plain = " ".join(plain_words(_FIELD_TOKEN.sub(" ", original)))
        if as_you_type:
            plain = _as_you_type(plain)
        q = _parser().parse(plain)
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        # Only stop words ("tegen", "de"): search them as words after all.
        q = _parser().parse(" ".join(f'"{word}"' for word in typed)) if typed else wq.NullQuery
    elif not fallback and len(typed) > 1 and " ".join(typed) == text.strip():
        # Plain words: the exact phrase ranks above the words scattered.
        phrase = _parser().parse(f'"{" ".join(typed)}"~2')
        q = wq.AndMaybe(q, wq.Or([phrase], boost=PHRASE_BOOST))
    if not fallback and _names_a_theme(typed, original):
        q = _or_by_theme(q, text)
    return Parsed(q, fallback, tuple(typed), bounded.notes, bounded.text, why)


_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))(\w+)$")


def _as_you_type(text: str) -> str:
    """Read the last, unfinished word as the word or a prefix of a longer one."""
    if text.count('"') % 2:
        return text
    match = _LAST_WORD.search(text)
    if not match or match.group(1) in OPERATORS:
        return text
    word = match.group(1)
    if len(word) <= SHORT_WORD:  # a short word is its own stem: the prefix covers it
        return f"{text[: match.start(1)]}{word}*"
    return f"{text[: match.start(1)]}({word} OR {word}*)"


def rewrite(q: Any, reader: Any, expansion: Expansion | None = None) -> Any:
    """Prefixes on unstemmed fields only (bounded while typing: see :class:`Expansion`);
    short section ids made whole."""
    if isinstance(q, wq.Term) and q.fieldname == "section" and "/" not in q.text:
        # section:actielijn-3 means the section of that id in whichever plan has it.
        refs = query_hints.resolve_sections(reader, q.text)
        if len(refs) == 1:
            return wq.Term("section", refs[0], boost=q.boost)
        if refs:  # several plans have it: all of them, rather than nothing
            return wq.Or([wq.Term("section", ref) for ref in refs], boost=q.boost)
        return q
    if isinstance(q, wq.Or):
        # A plain prefix searches every default field; the edge field alone
        # already holds the words of all of them.
        covered = {
            c.text for c in q.subqueries if isinstance(c, wq.Prefix) and c.fieldname == "words"
        }
        if covered:
            kept = [
                c
                for c in q.subqueries
                if not (isinstance(c, wq.Prefix) and c.fieldname != "words" and c.text in covered)
            ]
            q = wq.Or(kept, boost=q.boost)
    if isinstance(q, wq.FuzzyTerm):
        # "plan~5" would match nearly every short word in the index.
        maxdist = min(q.maxdist, MAX_FUZZY)
        return _ScannedFuzzy(q.fieldname, q.text, q.boost, maxdist, q.prefixlength, q.constantscore)
    if isinstance(q, wq.Prefix | wq.Wildcard):
        if q.fieldname in STEMMED_FIELDS:
            return wq.NullQuery
        if isinstance(q, wq.Prefix):
            return capped_prefix(reader, q.fieldname, q.text, q.boost, expansion)
        return capped_wildcard(reader, q, expansion)
    return q.apply(lambda child: rewrite(child, reader, expansion))


def prune(q: Any, reader: Any) -> Any:
    """Drop alternatives the index does not hold, so matching skips empty branches.

    Only inside an OR: a missing word in an AND must still make it match nothing.
    So must a part that can match nothing at all (a prefix no stemmed field can
    search, dropped by :func:`rewrite`): Whoosh's normalize would drop it from
    the AND, and "kind:point AND <nothing>" would find every point.
    """
    if isinstance(q, wq.Or):
        children = [prune(child, reader) for child in q.subqueries]
        kept = [child for child in children if not _absent(child, reader)]
        return wq.Or(kept or children[:1], boost=q.boost)
    q = q.apply(lambda child: prune(child, reader))
    if isinstance(q, wq.And) and any(child.normalize() is wq.NullQuery for child in q):
        return wq.NullQuery
    return q


def _absent(q: Any, reader: Any) -> bool:
    if not isinstance(q, wq.Term):
        return False
    try:
        return (q.fieldname, q.text) not in reader
    except Exception:
        return False  # a field type that converts values itself (dates)


@dataclass
class Expansion:
    """How prefixes expand in one search: all their words (``full``, outside typing:
    exact totals), or at most :data:`MAX_EXPANSIONS` while typing, noting ``capped``."""

    full: bool = False
    capped: bool = False
    #: A wildcard matched more than :data:`~mhbrief.engine.query_limits.MAX_WILDCARD_TERMS` words.
    wide: bool = False

    def notes(self) -> tuple[str, ...]:
        if not self.wide:
            return ()
        most = query_limits.MAX_WILDCARD_TERMS
        return (f"a wildcard searched its {most} most frequent words",)


def capped_prefix(
    reader: Any,
    fieldname: str,
    prefix: str,
    boost: float = 1.0,
    expansion: Expansion | None = None,
) -> Any:
    """Words starting with ``prefix``: one edge term, or its expansions (all of them,
    or while typing the most frequent ones)."""
    expansion = expansion or Expansion()
    prefix = fold(prefix)
    if fieldname == "words" and len(prefix) <= EDGE_MAX:
        return wq.Term("edge", prefix, boost=boost)
    scanned: list[tuple[int, bytes]] = []
    for count, (btext, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
        if count >= MAX_SCAN and not expansion.full:
            expansion.capped = True
            break
        scanned.append((info.doc_frequency(), btext))
    if expansion.full:
        best = sorted(scanned, reverse=True)
    else:
        best = heapq.nlargest(MAX_EXPANSIONS, scanned)
        expansion.capped = expansion.capped or len(scanned) > MAX_EXPANSIONS
    if not best:
        return wq.Term(fieldname, prefix, boost=boost)  # matches nothing, and says so
    terms = [wq.Term(fieldname, btext.decode("utf-8")) for _, btext in best]
    return wq.Or(terms, boost=boost)


class _OncePerReader:
    """Index words of a wildcard or fuzzy word, looked up once per reader and search:
    Whoosh looks again for every size estimate as well as for the matcher (60 scans of the
    index's words for ``*ing``; each fuzzy word's automaton run twice a segment and field;
    see bench/README.md). The same words, so the same matches and scores."""

    def _btexts(self, ixreader: Any) -> list[Any]:
        found: dict[int, tuple[Any, list[Any]]] = self.__dict__.setdefault("_found", {})
        held = found.get(id(ixreader))
        if held is None or held[0] is not ixreader:
            words = list(super()._btexts(ixreader))  # type: ignore[misc]
            held = found[id(ixreader)] = (ixreader, words)
        return held[1]


class _ScannedWildcard(_OncePerReader, wq.Wildcard):  # type: ignore[misc]
    def __init__(self, q: Any) -> None:
        super().__init__(q.fieldname, q.text, q.boost, q.constantscore)


class _ScannedFuzzy(_OncePerReader, wq.FuzzyTerm):  # type: ignore[misc]
    pass


def capped_wildcard(reader: Any, q: Any, expansion: Expansion | None = None) -> Any:
    """``q`` (a :class:`whoosh.query.Wildcard`) as Whoosh runs it when it matches at most
    :data:`~mhbrief.engine.query_limits.MAX_WILDCARD_TERMS` index words; else the most frequent
    of them, scored as Whoosh scores a wildcard (one constant score)."""
    most = query_limits.MAX_WILDCARD_TERMS
    q = _ScannedWildcard(q)
    words: set[bytes] = set()
    for leaf, _ in reader.leaf_readers():  # each segment once: the matchers reuse them
        words.update(q._btexts(leaf))
    found = heapq.nlargest(
        most + 1, ((reader.doc_frequency(q.fieldname, btext), btext) for btext in words)
    )
    if len(found) <= most:
        return q
    if expansion is not None:
        expansion.wide = True
    kept = sorted(btext for _, btext in found[:most])  # in the index's order, as Whoosh
    terms = wq.Or([wq.Term(q.fieldname, btext.decode("utf-8")) for btext in kept])
    return wq.ConstantScoreQuery(terms, score=q.boost)


def fuzzy_words(reader: Any, q: Any) -> list[str]:
    """The index words a :class:`whoosh.query.FuzzyTerm` matches, in the index's order.

    Asked of each segment, whose automaton skips through its words; Whoosh's reader of
    several segments compares the word with every word of the field instead, far slower
    (bench/README.md).
    """
    found: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        if q.fieldname in leaf.indexed_field_names():
            for word in q._btexts(leaf):  # those the matchers looked up (_OncePerReader)
                found.add(word.decode("utf-8") if isinstance(word, bytes) else str(word))
    return sorted(found)


def highlight_terms(q: Any, reader: Any) -> tuple[str, ...]:
    """The words to mark: matched index words, and ``prefix*`` for typed prefixes."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        name = getattr(node, "fieldname", None)
        if isinstance(node, wq.Term) and name == "edge":
            found[f"{node.text}*"] = None
        elif isinstance(node, wq.FuzzyTerm) and name == "words":
            found.update((word, None) for word in fuzzy_words(reader, node))
        elif isinstance(node, wq.Term) and name == "words":
            found[node.text] = None
        elif isinstance(node, wq.Phrase) and name == "words":
            found.update((w, None) for w in node.words if w not in STOP_WORDS)
        for child in node.children():
            walk(child)

    walk(q)
    return tuple(found)
