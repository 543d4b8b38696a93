"""The page while typing, from ceilings: the exact top hits without reading a huge term.

A keystroke's exact search (:meth:`mhbrief.engine.ranking.Ranker.rank`) scores every
match. At 100k items a new last word's first letter is an edge term of some 50,000
postings a segment, too large to be kept between keys, read in full for the 5,000-40,000
documents the words before it match (bench/README.md).

Here such a term, where the rest of the query already narrows the documents, stands in
at its *ceiling*: the highest score any of its postings can have (its highest weight
over its shortest field length, by BM25F's own formula, a hair above). Summed in the
order the exact pass sums (the same trees), each document's ceiling is at least its
true score: floating-point addition, and multiplication by a positive number, never go
down when an operand goes up. The documents with the highest ceilings are then scored
exactly, reading the huge term only in the blocks that hold them; the limit-th best
exact score is a floor, and every document whose ceiling reaches it is scored exactly
too. No document left can reach the page, so the page is :meth:`Ranker.rank`'s page,
scores and order of ties included (``tests/engine/test_bounded.py``).

The phrase bonus of plain words (``AndMaybe(words, phrase)``) is bounded too, where its
words are frequent: its ceiling in a document is its words' scores summed as the phrase sums
them, as if the words stood together, so only the documents whose ceiling reaches the page
have their positions read. (Tried with Whoosh's own posting blocks, which unpickled each
posting through ``_codecs.encode``, this was slower than reading every position; with our
blocks of protocol 3 a block's positions cost a tenth: bench/README.md, stop 41.) A phrase
that must match (one typed in quotes) is left exact, and so is a huge term with nothing to
narrow it (a one-letter query alone). With only the phrase bonus bounded
(``phrases_only``, for an exact search) the matches and the total are exact: the
bonus only adds to the scores of documents the words already match.

What a bounded search does not know is its total: :class:`BoundedPage` says whether it
is exact (every document bounded was scored, or the bounded term only added to scores)
or an estimate (the share of the documents scored that matched, of those bounded).
"""

from __future__ import annotations

import heapq
import operator
from array import array
from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh.codec import whoosh3
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer

from mhbrief.engine import postings
from mhbrief.engine.kept_scores import CACHE_POSTINGS, Scores
from mhbrief.engine.lengths import LENGTHS, held_lengths
from mhbrief.engine.ranking import (
    EDGE,
    Ranker,
    _a_word,
    _array_union,
    _binary_sum,
    _boosted,
    _everything,
    _intersection,
    _Scored,
    _Segment,
    _unfiltered,
    _union,
    _weighted_tree,
    head,
)

#: A term with more postings than this in a segment is bounded rather than read in full:
#: one too large to be kept between keys (a one-letter prefix: some 50,000 at 100k items).
#: A smaller one is read in full, and kept for the next keys.
COSTLY_POSTINGS = CACHE_POSTINGS // 4
#: Scored exactly first: the page and this many more of the highest ceilings.
FIRST_EXTRA = 64
#: While fewer than the page matched, each next batch is this many times larger.
GROWTH = 4
#: A ceiling is raised by this factor: a weight read as a 4-byte float may round up.
MARGIN = 1.0 + 1e-6
#: Postings a segment's page holds as read (each batch scored exactly reads the query's
#: terms again): about 3 MB of scores at most; a term beyond it is read again.
HELD_POSTINGS = CACHE_POSTINGS // 4
#: A phrase bonus is bounded where its rarest word is in more documents of a segment than
#: this (below it, reading the positions of every document with all its words is cheap).
COSTLY_PHRASE = 400
#: Where no more documents than this have all of a phrase's words, it is read exactly all
#: the same: a second pass over the page's candidates would cost more than it saves.
EXACT_PHRASE = 3000


class Unbounded(Exception):
    """A costly part with nothing to bound it within (a one-letter prefix alone)."""


@dataclass(frozen=True)
class BoundedPage:
    """The exact page, and what is known of the total."""

    #: (final score, global document number), best first: :meth:`Ranker.rank`'s page.
    top: list[tuple[float, int]]
    #: How many documents match: exact, or (``exact`` false) an estimate.
    total: int
    exact: bool
    #: Every match (global numbers), when all were scored: as ``Ranker.rank`` gives them.
    docnums: list[int] | None = None


class _Bounding(_Segment):
    """One segment of :func:`page`: ceilings, and exact scores restricted to ``only``."""

    def __init__(
        self, ranker: Ranker, number: int, leaf: Any, cancelled: Any, phrases_only: bool = False
    ) -> None:
        super().__init__(ranker, number, leaf, cancelled)
        #: Bound only the phrase bonus (every term read in full): an exact search.
        self.phrases_only = phrases_only
        #: While scoring exactly: the documents asked for (a costly term reads only them).
        self.only: Collection[int] | None = None
        self._costs: dict[Any, bool] = {}
        #: Whether a ceiling stood in for a score (else the ceilings are the scores).
        self.bounded = False
        #: Whether the ceilings' documents may be more than the matches (a ceiling stood
        #: in for a part that must match, not one that only adds to a score).
        self.loose = False
        self._optional = 0
        #: The ceilings, when they are the scores (nothing bounded).
        self.exact: Scores | None = None
        #: Plain scores of terms read in full for this page (up to :data:`HELD_POSTINGS`),
        #: by :meth:`_term_key`: each batch scored exactly asks for them again, and the
        #: kept scores' budget may have let them go.
        self._held: dict[Any, Scores] = {}
        self._holding = 0

    # --- what is costly -------------------------------------------------------------

    def _postings(self, fieldname: str, text: str) -> int:
        try:
            return int(self._reader.doc_frequency(fieldname, text))
        except Exception:  # a field that converts its values itself (dates): read it
            return 0

    def _cheap_term(self, q: Any) -> bool:
        if self.phrases_only or self._term_key(q) in self._ranker._kept:
            return True
        return self._postings(q.fieldname, q.text) <= COSTLY_POSTINGS

    def costly(self, q: Any) -> bool:
        """Whether ``q`` holds a part worth bounding rather than reading in full."""
        key = id(q)
        if key not in self._costs:
            self._costs[key] = self._costly(q)
        return self._costs[key]

    def _costly(self, q: Any) -> bool:
        kind = type(q)
        if kind is wq.Term:
            return not self._cheap_term(q)
        if kind is wq.Phrase:
            return self._costly_phrase(q)
        if _a_word(q) and (self._number, q) in self._ranker._kept:
            return False
        return any(self.costly(child) for child in q.children())

    def _costly_phrase(self, q: Any) -> bool:
        """A phrase whose words are all frequent here: many documents to read positions of."""
        if not q.words or not self._positioned(q.fieldname):
            return False
        return min(self._postings(q.fieldname, word) for word in q.words) > COSTLY_PHRASE

    # --- ceilings --------------------------------------------------------------------

    def ceilings(self, q: Any, within: Collection[int] | None) -> Scores:
        """At least each document's score, for a superset of the matches in ``within``."""
        if within is not None and not within:
            return {}
        self._check()
        if not self.costly(q):
            return self.scores(q, within)
        kind = type(q)
        if kind is wq.Term:
            if within is None:
                return self.scores(q, None)  # nothing to bound it within: read in full
            self.bounded = True
            self.loose = self.loose or not self._optional
            return dict.fromkeys(within, self._term_ceiling(q))
        if kind is wq.Phrase:
            if not self._optional:  # it must match: which documents it matches is exact
                return self.scores(q, within)
            return self._phrase_ceilings(q, within)
        if kind in (wq.Or, wq.And) and len(q.subqueries) == 1:
            return self.ceilings(q.subqueries[0], within)
        if kind is wq.Or and not q.minmatch and not q.scale:
            mode = self._or_mode(q)
            if mode == wq.Or.DEFAULT_MATCHER:
                parts = [(sub.estimate_size(self._reader), self.ceilings(sub, within)) for sub in q]
                return _boosted(_weighted_tree(parts, _union), q.boost)
            if mode == wq.Or.ARRAY_MATCHER:
                return _array_union([self.ceilings(sub, within) for sub in q], q.boost)
        if kind is wq.And and q.subqueries:
            return _boosted(self._and_ceilings(q.subqueries, within), q.boost)
        if kind is wq.AndMaybe:
            required = self.ceilings(q.a, within)
            self._optional += 1  # it only adds to the scores of the documents required
            try:
                optional = self.ceilings(q.b, required)
            finally:
                self._optional -= 1
            return {d: s + optional[d] if d in optional else s for d, s in required.items()}
        if kind is wq.AndNot:
            kept = self.ceilings(q.a, within)
            if self.costly(q.b):
                self.loose = self.loose or not self._optional
                return kept  # what it would leave out is scored exactly later
            excluded = self.scores(q.b, kept)
            return {d: s for d, s in kept.items() if d not in excluded}
        return self.scores(q, within)  # any other query: exact

    def _and_ceilings(self, subqueries: list[Any], within: Collection[int] | None) -> Scores:
        """As ``_Segment._and``: cheap parts exactly, costly ones bounded within them."""
        found = {i: self.scores(s, within) for i, s in enumerate(subqueries) if not self.costly(s)}
        narrowed: Collection[int] | None = within
        for part in sorted(found.values(), key=len):
            narrowed = part.keys() if narrowed is None else part.keys() & narrowed
        rest = [i for i in range(len(subqueries)) if i not in found]
        if narrowed is None:  # every part costly: the smallest one read in full
            first = min(rest, key=lambda i: subqueries[i].estimate_size(self._reader))
            rest.remove(first)
            found[first] = self.scores(subqueries[first], None)
            narrowed = found[first].keys()
        for i in rest:
            found[i] = self.ceilings(subqueries[i], narrowed)
            narrowed = found[i].keys() & narrowed
        parts = [
            (0 - sub.estimate_size(self._reader), found[i]) for i, sub in enumerate(subqueries)
        ]
        return _weighted_tree(parts, _intersection)

    def _phrase_ceilings(self, q: Any, within: Collection[int] | None) -> Scores:
        """``_Segment._phrase`` with every document that has the words counted as having
        the phrase (its positions unread): the same sums, so at least the phrase's score.
        A costly word stands in at its ceiling in the documents the others have."""
        words = [wq.Term(q.fieldname, word) for word in q.words]
        terms: list[Scores | float] = [
            self.scores(term, None) if self._cheap_term(term) else self._term_ceiling(term)
            for term in words
        ]
        read: list[Scores] = [found for found in terms if isinstance(found, dict)]
        if not read:  # nothing to narrow them: read the rarest word after all
            rarest = min(words, key=lambda term: self._postings(term.fieldname, term.text))
            terms[words.index(rarest)] = found = self.scores(rarest, None)
            read = [found]
        smallest: Scores = min(read, key=len)
        common = set(smallest)
        for found in read:
            common.intersection_update(found)
        if within is not None:
            common.intersection_update(within)
        if len(common) <= EXACT_PHRASE and not any(isinstance(t, float) for t in terms):
            return self.scores(q, common)  # few to read the positions of: exact
        self.bounded = True
        scores: Scores = {}
        for docnum in common:
            parts = [part if isinstance(part, float) else part[docnum] for part in terms]
            score = _binary_sum(parts)
            scores[docnum] = score * q.boost if q.boost != 1.0 else score
        return scores

    def _bm25(self, fieldname: str, text: str) -> Any:
        matcher = wq.Term(fieldname, text).matcher(self._leaf, self._ranker._context)
        return _unfiltered(matcher)[0]

    def _term_ceiling(self, q: Any) -> float:
        """The highest score a posting of the term can have: its highest weight over its
        shortest field length, as ``_Scored`` scores a posting (times the boost)."""
        try:
            info = self._reader.term_info(q.fieldname, q.text)
        except TermNotFound:
            return 0.0
        scorer = getattr(self._bm25(q.fieldname, q.text), "scorer", None)
        if not isinstance(scorer, BM25FScorer):
            raise Unbounded
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        weight = float(info.max_weight())
        shortest = min(float(info.min_length() or 0.0), LENGTHS[1])
        norm = k1 * ((1 - b) + b * shortest / avgfl)
        score = idf * ((weight * (k1 + 1)) / (weight + norm))
        return float(score * q.boost * MARGIN if q.boost != 1.0 else score * MARGIN)

    # --- exact scores of a few documents ------------------------------------------

    def _term(self, q: Any) -> Scores:
        """While scoring ``only``: a costly term's postings in the blocks that hold those
        documents alone (and the blocks' other documents: callers keep what they ask for)."""
        if q.boost != 1.0 and q.fieldname != EDGE:  # only the plain scores are held
            return _boosted(self._term(wq.Term(q.fieldname, q.text)), q.boost)
        if self.only is None or self._cheap_term(q):
            key = self._term_key(q)  # boost 1, or an edge term's own
            found = self._held.get(key)
            if found is None:
                found = super()._term(q)
                if self._holding + len(found) <= HELD_POSTINGS:
                    self._held[key] = found
                    self._holding += len(found)
            return found
        found = self._term_within(q, self.only)
        if found is None:  # a block of another shape: read as the exact pass reads it
            whole = super()._term(q)
            return {d: s for d, s in whole.items() if d in self.only}
        return found

    def _term_within(self, q: Any, only: Collection[int]) -> Scores | None:
        """``_Segment._read_term`` over the blocks that hold documents of ``only``."""
        whole = wq.Term(q.fieldname, q.text).matcher(self._leaf, self._ranker._context)
        matcher, deleted = _unfiltered(whole)
        scorer = getattr(matcher, "scorer", None)
        held = held_lengths(self._reader, q.fieldname)
        if (
            not isinstance(matcher, whoosh3.W3LeafMatcher)
            or not isinstance(scorer, BM25FScorer)
            or held is None
        ):
            return None
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        norms = [k1 * ((1 - b) + b * fl / avgfl) for fl in LENGTHS]
        scored = _Scored(idf, norms, k1 + 1, q.boost)
        wanted = sorted(only)
        at = 0
        found: Scores = {}
        while matcher.is_active() and at < len(wanted):
            last = matcher.block_max_id()
            if last >= wanted[at]:
                block = postings.ids_and_weights(matcher)
                if block is None:
                    matcher._read_ids()
                    matcher._read_weights()
                    block = matcher._ids, matcher._weights
                ids, weights = block
                lbytes = bytes(map(held.__getitem__, ids)) if ids[-1] < len(held) else b"\0"
                if not all(lbytes):
                    return None
                # The whole block, at C speed: callers keep only the documents they ask for.
                scores = map(scored.__getitem__, zip(weights, lbytes, strict=True))
                found.update(zip(ids, scores, strict=True))
                while at < len(wanted) and wanted[at] <= last:
                    at += 1
                self._check()
            matcher._next_block()
        if deleted:
            return {docnum: score for docnum, score in found.items() if docnum not in deleted}
        return found


def page(
    ranker: Ranker,
    q: Any,
    limit: int,
    *,
    allowed: Container[int] | None = None,
    cancelled: Callable[[], bool] | None = None,
    phrases_only: bool = False,
) -> BoundedPage | None:
    """:meth:`Ranker.rank`'s page of ``q`` from ceilings (see the module); None for a
    query to rank exactly (the empty box's everything, a scorer not BM25F).

    ``phrases_only``: only a phrase bonus is bounded, so the total and the matches
    (``docnums``) are exact: the page of an exact search."""
    if _everything(q):
        return None
    segments: list[tuple[_Bounding, int, Scores]] = []
    for number, (leaf, offset) in enumerate(ranker._leaves):
        segment = _Bounding(ranker, number, leaf, cancelled, phrases_only)
        try:
            segments.append((segment, offset, segment.ceilings(q, None)))
        except Unbounded:
            return None
    if not any(segment.bounded for segment, _, _ in segments):  # the ceilings are the scores
        parts = (ranker.finals(scores, offset, allowed) for _, offset, scores in segments)
        top, matched = head(parts, limit)
        return BoundedPage(top, len(matched), True, matched)
    # Every document bounded: its ceiling (negated: the highest sorts first) and number,
    # side by side, 12 bytes each (a pair each took some 4 MB at 100k items).
    ceilings, docs = array("d"), array("i")
    for segment, offset, bounds in segments:
        found, finals = ranker.finals(bounds, offset, allowed)
        docs.extend(found)
        ceilings.extend(map(operator.neg, finals))
        if not segment.bounded:
            segment.exact = bounds
    scored: dict[int, float] = {}
    done: set[int] = set()
    size = limit + FIRST_EXTRA
    batch = [docnum for _, docnum in heapq.nsmallest(size, zip(ceilings, docs, strict=True))]
    while batch:
        scored.update(_exact(ranker, [(s, o) for s, o, _ in segments], q, batch, allowed))
        done.update(batch)
        if len(scored) >= limit:  # a floor: every document whose ceiling reaches it
            floor = -heapq.nlargest(limit, scored.values())[-1]
            both = zip(ceilings, docs, strict=True)
            reach = [(c, docnum) for c, docnum in both if c <= floor and docnum not in done]
            if len(reach) > size * GROWTH:  # the highest first: the floor may rise
                size *= GROWTH
                reach = heapq.nsmallest(size, reach)
            batch = [docnum for _, docnum in reach]
        else:  # too few matched (a rare last word): the next highest ceilings, more
            size *= GROWTH
            highest = heapq.nsmallest(size, zip(ceilings, docs, strict=True))
            batch = [docnum for _, docnum in highest if docnum not in done]
    top = heapq.nsmallest(limit, ((-score, docnum) for docnum, score in scored.items()))
    pairs = [(-negated, docnum) for negated, docnum in top]
    if len(done) == len(docs):  # every document bounded was scored
        return BoundedPage(pairs, len(scored), True, list(scored))
    if not any(segment.loose for segment, _, _ in segments):  # bounded: the matches
        return BoundedPage(pairs, len(docs), True, docs.tolist())
    # The share of the documents scored that matched, of every document bounded.
    return BoundedPage(pairs, round(len(docs) * len(scored) / len(done)), False)


def _exact(
    ranker: Ranker,
    segments: list[tuple[_Bounding, int]],
    q: Any,
    docnums: list[int],
    allowed: Container[int] | None,
) -> dict[int, float]:
    """The final scores of those of ``docnums`` that match, by global number."""
    found: dict[int, float] = {}
    ends = [offset for _, offset in segments[1:]] + [len(ranker._raised)]
    for (segment, offset), end in zip(segments, ends, strict=True):
        local = {docnum - offset for docnum in docnums if offset <= docnum < end}
        if not local:
            continue
        if segment.exact is not None:  # nothing bounded here: the ceilings are the scores
            scores = {d: segment.exact[d] for d in local if d in segment.exact}
        else:
            segment.only = local
            try:
                scores = segment.scores(q, local)
            finally:
                segment.only = None
        matched, finals = ranker.finals(scores, offset, allowed)
        found.update(zip(matched, finals, strict=True))
    return found
