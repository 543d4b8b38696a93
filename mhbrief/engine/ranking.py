"""The true ranking, fast: our own pass over Whoosh's postings, summed as Whoosh sums.

Whoosh scores a query by stepping a tree of matchers one posting at a time,
several Python calls a posting; while typing that was most of a keystroke.
Here a plain term is read a block of postings at a time and scored with the
same BM25F formula, statistics and field lengths Whoosh uses, in the same
floating-point operations. ``OR``, ``AND``, ``ANDMAYBE`` and ``ANDNOT`` add
those scores up in the order Whoosh's matchers would: the same weighted trees
of unions and intersections (``make_weighted_tree`` over the sub-queries'
estimated sizes), or an array union for an ``OR`` in a small segment. Any
other query (phrases, ranges, fuzzy terms, ``NOT``...) is scored by its own
Whoosh matcher, stepped only over the documents that can still match.

``Every()`` (the app's empty box) reads no postings: every live document
matches with the score of Whoosh's ``Every`` matcher. :meth:`Ranker.matches`
yields each segment's matches with their final scores (what :mod:`mhbrief.engine.newest`
sorts); :meth:`Ranker.rank` takes the head by score.

So every matched document gets exactly the score Whoosh's unpruned search
gives it, nothing is pruned, and the page is the head of that ranking (score,
then document number), with the total and facets of the same matched set.
``tests/test_ranking.py`` holds it to that, bit for bit.

The scores of a word (all its fields) are kept per segment while the searcher
lives, within a budget of postings, so the next keystroke only scores what it
adds.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
from bisect import insort
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from typing import Any

from whoosh import query as wq
from whoosh.codec import whoosh3
from whoosh.matching import FilterMatcher
from whoosh.query.spans import Span, SpanNear2
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer

from mhbrief.engine import postings
from mhbrief.engine.kept_scores import KeptScores, Scores
from mhbrief.engine.lengths import LENGTHS as _LENGTHS
from mhbrief.engine.lengths import held_lengths
from mhbrief.results import Cancelled

#: The field of every word's first letters (``analysis.edge_analyzer``).
EDGE = "edge"
#: A search reading a term's postings looks every this many blocks whether a newer key
#: has cancelled it (at 100k items a one-letter prefix is some 400 blocks a segment).
CHECK_BLOCKS = 32
#: Fewer candidates than this are stepped to one by one; more, and a generic
#: matcher is read through.
SKIP_BELOW = 256


class Ranker:
    """Ranks queries on one searcher (point in time). Not thread-safe."""

    def __init__(self, searcher: Any, raised: Sequence[int], factor: float) -> None:
        #: By global document number, 1 where the final score is multiplied by ``factor``
        #: (a weighting's ``final``), else 0.
        self._raised = raised
        self._factor = factor
        self._context = searcher.context()
        self._kept = KeptScores()
        self._leaves = list(searcher.leaf_searchers())

    def rank(
        self,
        q: Any,
        limit: int,
        *,
        allowed: Container[int] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[tuple[float, int]], list[int]]:
        """The top ``limit`` as (score, docnum), best first, and every matched docnum."""
        return head(self.matches(q, allowed=allowed, cancelled=cancelled), limit)

    def matches(
        self,
        q: Any,
        *,
        allowed: Container[int] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[list[int], Iterator[float]]]:
        """Segment by segment, the matched documents (global numbers, ascending) and, in
        step with them, their final scores: what Whoosh's unpruned search gives each.

        A segment's scores are computed when the segment is reached; read its scores
        before asking for the next one.
        """
        raised, factor = self._raised, self._factor
        for number, (leaf, offset) in enumerate(self._leaves):
            if _everything(q):
                # Every live document, all with the score of Every's matcher.
                if cancelled is not None and cancelled():
                    raise Cancelled
                found = _live(leaf.reader(), offset)
                if allowed is not None:
                    found = [d for d in found if d in allowed]
                scores: Iterable[float] = itertools.repeat(_every_score(q), len(found))
            else:
                by_doc = _Segment(self, number, leaf, cancelled).scores(q, None)
                yield self.finals(by_doc, offset, allowed)
                continue
            # The weighting's final step, on global numbers (as ``raised`` holds them), at
            # C speed: each score times 1.0 (exact) or the factor.
            factors = map((1.0, factor).__getitem__, map(raised.__getitem__, found))
            yield found, map(operator.mul, scores, factors)

    def finals(
        self, by_doc: Scores, offset: int, allowed: Container[int] | None = None
    ) -> tuple[list[int], Iterator[float]]:
        """A segment's scores as its matched documents (global numbers) and, in step, their
        final scores (the weighting's final step), at C speed."""
        if allowed is not None:
            by_doc = {d: s for d, s in by_doc.items() if d + offset in allowed}
        found = list(map(offset.__add__, by_doc)) if offset else list(by_doc)
        factors = map((1.0, self._factor).__getitem__, map(self._raised.__getitem__, found))
        return found, map(operator.mul, by_doc.values(), factors)


def head(
    matches: Iterable[tuple[list[int], Iterable[float]]], limit: int
) -> tuple[list[tuple[float, int]], list[int]]:
    """The top ``limit`` of segments' matches as (score, docnum), best first (ties by
    document number), and every matched docnum."""
    best: list[tuple[float, int]] = []  # (-score, docnum): the best sorts first
    matched: list[int] = []
    for found, finals in matches:
        # Only the page is kept as pairs: a pair per match costs memory (bench/README.md).
        # Pairs are made only of the scores that can be on it: at least the limit-th best.
        scores = list(finals)
        least = heapq.nlargest(limit, scores)[-1] if len(scores) > limit else -math.inf
        heads = itertools.compress(zip(scores, found, strict=True), map(least.__le__, scores))
        candidates = [(-score, docnum) for score, docnum in heads]
        best = heapq.nsmallest(limit, itertools.chain(best, candidates))
        matched += found
    return [(-negated, docnum) for negated, docnum in best], matched


def _everything(q: Any) -> bool:
    """``Every()``: all documents (the app's empty box), not those with some field."""
    return type(q) is wq.Every and q.fieldname is None


def _every_score(q: Any) -> float:
    """What ``Every``'s ``ListMatcher(all_weights=boost)`` scores a document: its
    weight, the boost, or 1.0 when the boost is 0 (no weights given)."""
    return float(q.boost) if q.boost else 1.0


def _live(reader: Any, offset: int) -> list[int]:
    """A segment's documents that are not deleted, as global numbers."""
    if not reader.has_deletions():
        return list(range(offset, offset + reader.doc_count_all()))
    return [docnum + offset for docnum in reader.all_doc_ids()]


class _Segment:
    """Scores of one query in one segment, summed in the order Whoosh's matchers sum them."""

    def __init__(
        self,
        ranker: Ranker,
        number: int,
        leaf: Any,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._ranker = ranker
        self._number = number
        self._leaf = leaf
        self._reader = leaf.reader()
        self._cancelled = cancelled

    def _check(self) -> None:
        """Stop as soon as the caller no longer wants this answer (a newer key)."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled

    def scores(self, q: Any, within: Collection[int] | None) -> Scores:
        """Each matching document's score; only documents in ``within`` when given."""
        if within is not None and not within:
            return {}
        self._check()
        kept = within is None and _a_word(q)
        if kept:
            cached = self._ranker._kept.get((self._number, q))
            if cached is not None:
                return cached
        found = self._compute(q, within)
        if kept:
            parts = [self._term_key(sub) for sub in q.subqueries]
            self._ranker._kept.put((self._number, q), found, parts)
        return found

    def _term_key(self, q: Any) -> tuple[int, Any]:
        """Where :meth:`_term` keeps a term's scores (outside the edge field: unboosted)."""
        boost = q.boost if q.fieldname == EDGE else 1.0
        return (self._number, ("term", q.fieldname, q.text, boost))

    def _compute(self, q: Any, within: Collection[int] | None) -> Scores:
        kind = type(q)
        if kind is wq.Term:
            found = self._term(q)
            if within is None:
                return found
            if len(within) < len(found):  # a few documents asked of a frequent word
                return {d: found[d] for d in within if d in found}
            return {d: s for d, s in found.items() if d in within}
        if kind in (wq.Or, wq.And) and not q.subqueries:
            return {}  # Whoosh's NullMatcher
        if kind in (wq.Or, wq.And) and len(q.subqueries) == 1:
            return self.scores(q.subqueries[0], within)  # Whoosh ignores the boost here too
        if kind is wq.Or and not q.minmatch and not q.scale:
            mode = self._or_mode(q)
            if mode == wq.Or.DEFAULT_MATCHER:
                parts = [(sub.estimate_size(self._reader), self.scores(sub, within)) for sub in q]
                return _boosted(_weighted_tree(parts, _union), q.boost)
            if mode == wq.Or.ARRAY_MATCHER:
                return _array_union([self.scores(sub, within) for sub in q], q.boost)
        if kind is wq.And and q.subqueries:
            return _boosted(self._and(q.subqueries, within), q.boost)
        if kind is wq.AndMaybe:
            required = self.scores(q.a, within)
            optional = self.scores(q.b, required)
            return {d: s + optional[d] if d in optional else s for d, s in required.items()}
        if _everything(q):
            base = _every_score(q)
            live = self._reader.all_doc_ids()
            return {d: base for d in live if within is None or d in within}
        if kind is wq.Phrase and self._positioned(q.fieldname):
            return self._phrase(q, within)
        if kind is wq.AndNot:
            kept = self.scores(q.a, within)
            excluded = self.scores(q.b, kept)
            return {d: s for d, s in kept.items() if d not in excluded}
        return self._whoosh(q, within)

    def _or_mode(self, q: Any) -> int:
        """Which matcher ``Or._matcher`` would build here (searching: ``needs_current`` off)."""
        mode = int(q.matcher_type)
        if mode == wq.Or.AUTO_MATCHER:
            many = len(q.subqueries) >= q.TOO_MANY_CLAUSES
            large = len(q.subqueries) == 2 or self._leaf.doc_count_all() > 5000
            mode = wq.Or.DEFAULT_MATCHER if not many and large else wq.Or.ARRAY_MATCHER
        return mode

    def _and(self, subqueries: list[Any], within: Collection[int] | None) -> Scores:
        """Documents matching every part; parts Whoosh steps itself only over those left."""
        found = {i: self.scores(sub, within) for i, sub in enumerate(subqueries) if _plain(sub)}
        rest = [i for i in range(len(subqueries)) if i not in found]
        if rest:
            narrowed: Collection[int] | None = within
            for part in sorted(found.values(), key=len):
                narrowed = part.keys() if narrowed is None else part.keys() & narrowed
            for i in rest:
                found[i] = self.scores(subqueries[i], narrowed)
                narrowed = found[i].keys() if narrowed is None else found[i].keys() & narrowed
        parts = [
            (0 - sub.estimate_size(self._reader), found[i]) for i, sub in enumerate(subqueries)
        ]
        return _weighted_tree(parts, _intersection)

    def _term(self, q: Any) -> Scores:
        """A term's scores times its boost, kept between keys. Outside the edge field the
        plain scores are kept and multiplied (bit for bit as :class:`_Scored` does), so a
        phrase of the words (boost 1) reads no postings again (bench/README.md)."""
        if q.boost != 1.0 and q.fieldname != EDGE:
            return _boosted(self._term(wq.Term(q.fieldname, q.text)), q.boost)
        key = (self._number, ("term", q.fieldname, q.text, q.boost))
        kept = self._ranker._kept
        found = kept.get(key)
        if found is None:
            found = self._as_shorter(q.fieldname, q.text, q.boost)
            if found is None:
                found = self._read_term(q.fieldname, q.text, q.boost)
            kept.put(key, found)
            if q.fieldname == EDGE:  # the prefix this key extended is typed over
                kept.drop((self._number, ("term", EDGE, q.text[:-1], q.boost)))
        return found

    def _as_shorter(self, fieldname: str, text: str, boost: float) -> Scores | None:
        """An edge term's scores when they are those of its prefix one letter shorter.

        Every word with the longer prefix has the shorter one, so each document counts
        the longer at most as often as the shorter; with as many documents and as much
        weight in the segment, the postings are the same, and so (with the same
        statistics) are the scores. Typing ``pla``, ``plat``, ``platf`` reads one term.
        """
        if fieldname != EDGE or len(text) < 2:
            return None
        found = self._ranker._kept.get((self._number, ("term", EDGE, text[:-1], boost)))
        if found is None:
            return None
        try:
            longer, shorter = (self._reader.term_info(EDGE, t) for t in (text, text[:-1]))
        except TermNotFound:
            return None
        counts = [(info.doc_frequency(), info.weight()) for info in (longer, shorter)]
        stats = [self._statistics(t) for t in (text, text[:-1])]
        same = counts[0] == counts[1] and stats[0] is not None and stats[0] == stats[1]
        return found if same else None

    def _statistics(self, text: str) -> tuple[float, ...] | None:
        """What BM25F scores an edge term with besides its postings, None if not BM25F."""
        matcher = wq.Term(EDGE, text).matcher(self._leaf, self._ranker._context)
        scorer = getattr(_unfiltered(matcher)[0], "scorer", None)
        if not isinstance(scorer, BM25FScorer):
            return None
        return (scorer.idf, scorer.avgfl, scorer.B, scorer.K1)

    def _read_term(self, fieldname: str, text: str, boost: float = 1.0) -> Scores:
        """A term's scores (times ``boost``) from its postings, a block at a time."""
        whole = wq.Term(fieldname, text).matcher(self._leaf, self._ranker._context)
        matcher, deleted = _unfiltered(whole)
        scorer = getattr(matcher, "scorer", None)
        held = held_lengths(self._reader, fieldname)
        if (
            not isinstance(matcher, whoosh3.W3LeafMatcher)
            or not isinstance(scorer, BM25FScorer)
            or held is None
        ):
            return _boosted(_stepped(whole), boost)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        # bm25() of whoosh.scoring, with its field-length part computed once per length byte.
        norms = [k1 * ((1 - b) + b * fl / avgfl) for fl in _LENGTHS]
        scored = _Scored(idf, norms, k1 + 1, boost)
        found: Scores = {}
        blocks = 0
        while matcher.is_active():
            blocks += 1
            if not blocks % CHECK_BLOCKS:  # a huge term: a newer key need not wait for it
                self._check()
            block = postings.ids_and_weights(matcher)
            if block is None:
                matcher._read_ids()
                matcher._read_weights()
                block = matcher._ids, matcher._weights
            ids, weights = block
            lbytes = bytes(map(held.__getitem__, ids)) if ids[-1] < len(held) else b"\0"
            if not all(lbytes):
                # A posting without a stored length: Whoosh's own matcher decides.
                whole = wq.Term(fieldname, text).matcher(self._leaf, self._ranker._context)
                return _boosted(_stepped(whole), boost)
            scores = map(scored.__getitem__, zip(weights, lbytes, strict=True))
            if deleted:
                found.update((d, s) for d, s in zip(ids, scores, strict=True) if d not in deleted)
            else:
                found.update(zip(ids, scores, strict=True))
            matcher._next_block()
        return found

    def _positioned(self, fieldname: str) -> bool:
        """A field whose postings hold word positions (and no characters)."""
        schema = self._reader.schema
        if fieldname not in schema:
            return False
        form = schema[fieldname].format
        return bool(form and form.supports("positions") and not form.supports("characters"))

    def _phrase(self, q: Any, within: Collection[int] | None) -> Scores:
        """``Phrase``: its words in order, within its slop, scored as Whoosh's span matcher
        scores it (the words' term scores summed by a binary tree, then the boost).

        The documents with every word come from the words' scores; only those have their
        positions read, and Whoosh's own span code decides whether the phrase is there.
        """
        if not q.words:
            return {}
        terms = [self._term(wq.Term(q.fieldname, word)) for word in q.words]
        common = set(terms[0])
        for found in terms:
            common.intersection_update(found)
        if within is not None:
            common.intersection_update(within)
        if not common:
            return {}
        places = [self._positions(q.fieldname, word, common) for word in q.words]
        near = _Near(q.slop)
        scores: Scores = {}
        for count, docnum in enumerate(sorted(common)):
            if not count % 256:
                self._check()
            near.ms = [_Spans(place[docnum]) for place in places]
            if _SPANS_OF_NEAR(near):
                score = _binary_sum([found[docnum] for found in terms])
                scores[docnum] = score * q.boost if q.boost != 1.0 else score
        return scores

    def _positions(self, fieldname: str, word: str, docnums: set[int]) -> dict[int, list[int]]:
        """A word's positions in these documents, read from its postings."""
        matcher, _ = _unfiltered(
            wq.Term(fieldname, word).matcher(self._leaf, self._ranker._context)
        )
        decode = matcher.format.decoder("positions")
        found: dict[int, list[int]] = {}
        wanted = sorted(docnums)
        at = 0
        blocks = 0
        while matcher.is_active() and at < len(wanted):
            if matcher.block_max_id() >= wanted[at]:
                blocks += 1
                if not blocks % CHECK_BLOCKS:  # a frequent word's positions: a newer key
                    self._check()  # need not wait for them
                matcher._read_ids()
                matcher._read_values()
                for docnum, value in zip(matcher._ids, matcher._values, strict=True):
                    if docnum in docnums:
                        found[docnum] = decode(value)
                while at < len(wanted) and wanted[at] <= matcher.block_max_id():
                    at += 1
            matcher._next_block()
        return found

    def _whoosh(self, q: Any, within: Collection[int] | None) -> Scores:
        """Any other query, through its own Whoosh matcher."""
        matcher = q.matcher(self._leaf, self._ranker._context)
        found: Scores = {}
        if within is not None and len(within) < SKIP_BELOW:
            for docnum in sorted(within):
                if not matcher.is_active():
                    break
                if matcher.id() < docnum:
                    matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    found[docnum] = matcher.score()
            return found
        found = _stepped(matcher)
        return found if within is None else {d: s for d, s in found.items() if d in within}


class _Scored(dict[tuple[float, int], float]):
    """BM25F's score of a posting by its (weight, length byte), times the term's boost,
    computed once per pair: ``bm25()`` of ``whoosh.scoring``, the same operations in
    the same order, looked up at C speed for the many postings that share a pair."""

    def __init__(self, idf: float, norms: list[float], top: float, boost: float) -> None:
        super().__init__()
        self._idf, self._norms, self._top, self._boost = idf, norms, top, boost

    def __missing__(self, key: tuple[float, int]) -> float:
        weight, lbyte = key
        score = self._idf * ((weight * self._top) / (weight + self._norms[lbyte]))
        if self._boost != 1.0:  # as _boosted multiplies
            score = score * self._boost
        self[key] = score
        return score


def _unfiltered(matcher: Any) -> tuple[Any, Container[int]]:
    """A segment's postings without the filter Whoosh wraps them in, and what it hides
    (the segment's deleted documents; documents ``_positions`` is asked for never are)."""
    if type(matcher) is FilterMatcher and matcher._exclude:
        return matcher.child, matcher._ids
    return matcher, ()


def _stepped(matcher: Any) -> Scores:
    found: Scores = {}
    while matcher.is_active():
        found[matcher.id()] = matcher.score()
        matcher.next()
    return found


def _union(a: Scores, b: Scores) -> Scores:
    """``UnionMatcher``: the sum where both match, else the one that does."""
    merged = a | b
    for docnum in a.keys() & b.keys():
        merged[docnum] = a[docnum] + b[docnum]
    return merged


def _intersection(a: Scores, b: Scores) -> Scores:
    """``IntersectionMatcher``: the sum, where both match."""
    return {docnum: a[docnum] + b[docnum] for docnum in a.keys() & b.keys()}


def _weighted_tree(
    parts: list[tuple[int, Scores]], merge: Callable[[Scores, Scores], Scores]
) -> Scores:
    """``whoosh.util.make_weighted_tree``: the two lightest merged first, again and again.

    Whoosh sorts ``(weight, matcher)`` pairs; matchers of equal weight compare as
    equal, so its sort and ``insort`` keep them in order, as these do.
    """
    parts = sorted(parts, key=_weight)
    while len(parts) > 1:
        (wa, a), (wb, b) = parts[0], parts[1]
        del parts[:2]
        insort(parts, (wa + wb, merge(a, b)), key=_weight)
    return parts[0][1]


def _weight(part: tuple[int, Scores]) -> int:
    return part[0]


def _array_union(parts: list[Scores], boost: float) -> Scores:
    """``ArrayUnionMatcher``: ``0 + s1 * boost + s2 * boost ...``; a total of 0 is no match."""
    total: Scores = {}
    for part in parts:
        for docnum, score in part.items():
            total[docnum] = total.get(docnum, 0.0) + score * boost
    return {docnum: score for docnum, score in total.items() if score > 0}


class _Spans:
    """One word's spans in one document, as a leaf matcher's ``spans()`` gives them."""

    def __init__(self, positions: list[int]) -> None:
        self._spans = [Span(position) for position in positions]

    def spans(self) -> list[Any]:
        return self._spans


class _Near:
    """What ``SpanNear2Matcher._get_spans`` reads from its matcher: a phrase's settings
    (``Phrase`` builds it ordered, at least one position apart) and its words' spans."""

    ordered = True
    mindist = 1

    def __init__(self, slop: int) -> None:
        self.slop = slop
        self.ms: list[_Spans] = []


#: Whoosh's own test of a phrase in one document, run on :class:`_Near`.
_SPANS_OF_NEAR = SpanNear2.SpanNear2Matcher._get_spans


def _binary_sum(values: list[float]) -> float:
    """``make_binary_tree(IntersectionMatcher, ...)``'s score: halves summed, recursively."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _binary_sum(values[:half]) + _binary_sum(values[half:])


def _a_word(q: Any) -> bool:
    """A word in all its fields (or a prefix's words): what the next keystroke reuses.

    Whole queries are not kept: the next key changes them.
    """
    return type(q) is wq.Or and all(type(sub) is wq.Term for sub in q.subqueries)


def _plain(q: Any) -> bool:
    """Scored from postings by us (rather than a Whoosh matcher)."""
    kind = type(q)
    if kind is wq.Term:
        return True
    if kind in (wq.Or, wq.And):
        return all(_plain(sub) for sub in q.subqueries)
    return False


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return scores
    return {docnum: score * boost for docnum, score in scores.items()}
