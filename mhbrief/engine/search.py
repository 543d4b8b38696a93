"""The searcher: one view of the index answering queries, related items and facets.

:class:`IndexSearcher` is the engine's :class:`~mhbrief.engine.protocol.Searcher`.
A typed query is read by :mod:`mhbrief.engine.query`, scored exactly by
:mod:`mhbrief.engine.ranking` (or ordered by :mod:`mhbrief.engine.newest`), counted
by :mod:`mhbrief.engine.facets`, and its hits read back from their stored records
(:mod:`mhbrief.engine.records`). What callers get back are the plain dataclasses of
:mod:`mhbrief.results`.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh import scoring

from mhbrief import query_tokens
from mhbrief.engine import bounded, facets, lengths, newest, query_hints, ranking, records, related
from mhbrief.engine.query import (
    FIELD_BOOSTS,
    Expansion,
    Parsed,
    highlight_terms,
    parse,
    plain_words,
    prune,
    rewrite,
)
from mhbrief.engine.store import has_live_documents
from mhbrief.results import (
    Cancelled,
    Hit,
    SearchResponse,
    Sort,
    empty_response,
)

SUGGEST_BELOW = 3
#: What was said, in the speaker's own words, is what a press officer looks for:
#: a quote's score is multiplied by this, so it ranks above a point matching as well.
QUOTE_FACTOR = 1.5

# --- searching ---------------------------------------------------------------


def _holds(leaf: Any, source: str) -> bool:
    """True when a live document of this segment comes from ``source`` or below it."""
    if source == ".":  # the briefings folder itself could not be read
        return bool(leaf.doc_count())
    if has_live_documents(leaf, "source", source):
        return True
    return any(  # an unreadable folder: the files below it
        has_live_documents(leaf, "source", term)
        for term in leaf.expand_prefix("source", f"{source}/")
    )


class _QuotesFirst(scoring.BM25F):  # type: ignore[misc]
    """BM25F, with a quote's score raised by :data:`QUOTE_FACTOR`."""

    use_final = True

    def __init__(self, quotes: Callable[[], Sequence[int]]) -> None:
        super().__init__()
        self._quotes = quotes

    def final(self, searcher: Any, docnum: int, score: float) -> float:
        if self._quotes()[docnum]:
            return score * QUOTE_FACTOR
        return score


@dataclass(frozen=True)
class _Matched:
    """How many documents a query matched, whether that is exact, and which (when known)."""

    total: int
    exact: bool
    docnums: list[int] | None


#: While typing, facets are counted for at most this many matches (else left for the
#: search once the keys stop): counting them grows with the matches (bench/README.md).
FACETS_WHILE_TYPING = 2000
#: Fewer matches than one in this many documents: facets read per matched document.
FEW_MATCHES = 8
#: From this many matches, a facet count is kept for the next ask of the same documents.
REUSED_FACETS = 1000


class IndexSearcher:
    """One point-in-time view of the index. Not thread-safe: callers serialise."""

    def __init__(self, ix: Any) -> None:
        self._ix = ix
        self._columns: dict[str, facets.Column] | None = None
        self._kind_column: facets.Column | None = None
        self._facet_asks = 0
        #: The documents of the last facet count (as codes) and what it gave.
        self._last_facets: tuple[array[int], Mapping[str, Mapping[str, int]]] | None = None
        self._complement: facets.Complement | None = None
        self._quote_docs: bytes | None = None
        self._searcher = ix.searcher(weighting=_QuotesFirst(self._quotes))
        lengths.hold_lengths(self._searcher.reader(), FIELD_BOOSTS)
        self._ranking: ranking.Ranker | None = None
        self._newest: newest.Order | None = None

    def without_documents(self, sources: Iterable[str]) -> tuple[str, ...]:
        """Of ``sources`` (files or folders, as the index keys them), those with no live
        document: nothing of them can be found. Asked of the few files that fail to load."""
        reader = self._searcher.reader()
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        return tuple(
            source for source in sorted(sources) if not any(_holds(leaf, source) for leaf in leaves)
        )

    def doc_count(self) -> int:
        return int(self._searcher.doc_count())

    def up_to_date(self) -> bool:
        try:
            return bool(self._searcher.up_to_date())
        except OSError:
            return False

    def close(self) -> None:
        self._searcher.close()

    def search(
        self,
        text: str,
        *,
        limit: int = 50,
        sort: Sort = Sort.RELEVANCE,
        as_you_type: bool = False,
        stale: bool = False,
        problem_sources: frozenset[str] = frozenset(),
        only: frozenset[str] | None = None,
        cancelled: Callable[[], bool] | None = None,
        facets: bool = True,
        exact: bool = True,
    ) -> SearchResponse:
        """Search; raises :class:`Cancelled` as soon as ``cancelled()`` says so.

        ``facets=False``: no facet counts (the CLI's text output shows none; counting
        them was some 80 ms of a one-shot search at 100k items).

        ``exact=False`` (a key typed, more may follow): the same page, from ceilings
        where a huge term can be bounded (:mod:`mhbrief.engine.bounded`); the total may
        be an estimate (``total_exact``) and facets are not counted (``facets_pending``).
        """
        if not text.strip():
            return empty_response(text, stale=stale)
        reader = self._searcher.reader()
        parsed = parse(text, as_you_type=as_you_type)
        limit = max(1, limit)
        allowed = self._docnums(only) if only is not None else None
        expansion = Expansion(full=not as_you_type)

        def run(query: Any) -> tuple[Any, _Matched, list[tuple[float, int]]]:
            rewritten = rewrite(query, reader, expansion)
            q = prune(rewritten, reader).normalize()
            if sort is Sort.NEWEST:
                matches = self._ranker().matches(q, allowed=allowed, cancelled=cancelled)
                top, matched = self._order().page(matches, limit)
                return rewritten, _Matched(len(matched), True, matched), top
            if not exact:
                found = bounded.page(self._ranker(), q, limit, allowed=allowed, cancelled=cancelled)
                # A count under SUGGEST_BELOW decides on a suggestion: never an estimate.
                if found is not None and (found.exact or found.total >= SUGGEST_BELOW):
                    counted = _Matched(found.total, found.exact, found.docnums)
                    return rewritten, counted, found.top
            top, matched = self._exact_page(q, limit, allowed, cancelled)
            return rewritten, _Matched(len(matched), True, matched), top

        try:
            rewritten, counted, results = run(parsed.query)
        except wq.QueryError:
            # Whoosh refused a query it parsed: never an error for what was typed.
            plain = parse(" ".join(plain_words(parsed.text)), as_you_type=as_you_type)
            parsed = Parsed(plain.query, True, parsed.words, parsed.notes, plain.text)
            rewritten, counted, results = run(parsed.query)
        # Before pruning: the typed form ("klant") may be missing from the
        # unstemmed field while its stem matched "klanten"; marking compares stems.
        terms = highlight_terms(rewritten, reader)
        if cancelled is not None and cancelled():
            raise Cancelled
        stored = self._searcher.stored_fields
        hits = tuple(
            records.hit(json.loads(stored(docnum)["data"]), score, terms, problem_sources)
            for score, docnum in results
        )
        # The query's own figures, before a suggestion or a prefix is tried (each
        # expands words of its own through the same run).
        capped, limits = expansion.capped, parsed.notes + expansion.notes()
        suggestion = None
        if counted.total < SUGGEST_BELOW:
            # While typing, the last word is unfinished, unless even as a prefix
            # it matched nothing: then it is as likely misspelt ("mensenhndel").
            unfinished = as_you_type and not text.endswith(" ") and counted.total
            typed = parsed.words[:-1] if unfinished else parsed.words
            searched = parsed.text if parsed.notes else text  # never a pasted page
            suggestion = query_hints.suggest(searched, typed, reader)
            if suggestion is not None and not self._finds_more(suggestion, counted.total, run):
                suggestion = None  # "hun trafficking" for "human trafficking": no help
        prefix = self._prefix_tip(text, run) if not counted.total and not suggestion else ""
        docnums = counted.docnums
        # While typing, facets only where counting them costs no more than the page.
        few = docnums is not None and (exact or len(docnums) <= FACETS_WHILE_TYPING)
        counts = self._facets(docnums) if facets and few and docnums is not None else None
        return SearchResponse(
            query=text,
            total=counted.total,
            total_exact=counted.exact,
            hits=hits,
            suggestion=suggestion,
            stale=stale,
            fallback=parsed.fallback,
            syntax=parsed.why if parsed.fallback else "",
            facets={} if counts is None else counts,
            facets_pending=facets and counts is None,
            terms=terms,
            capped=capped,
            limits=limits,
            prefix=prefix,
        )

    def _exact_page(
        self,
        q: Any,
        limit: int,
        allowed: Container[int] | None,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[list[tuple[float, int]], list[int]]:
        """The page and every match of an exact search: with a frequent phrase bonus
        bounded (:mod:`mhbrief.engine.bounded`), the same page, total and matches."""
        if _phrase_bonus(q):
            found = bounded.page(
                self._ranker(), q, limit, allowed=allowed, cancelled=cancelled, phrases_only=True
            )
            if found is not None and found.exact and found.docnums is not None:
                return found.top, found.docnums
        return self._ranker().rank(q, limit, allowed=allowed, cancelled=cancelled)

    @staticmethod
    def _prefix_tip(text: str, run: Any) -> str:
        """For a query that found nothing: a prefix of its longest word that, in the
        word's place, finds something (``loverb*`` only if it does); else empty."""
        candidate = query_tokens.prefix_of(text)
        if candidate is None:
            return ""
        word, prefix = candidate
        try:
            _, matched, _ = run(parse(query_tokens.with_prefix(text, word, prefix)).query)
        except wq.QueryError:
            return ""
        return prefix if matched.total else ""

    @staticmethod
    def _finds_more(suggestion: str, found: int, run: Any) -> bool:
        """Whether the suggested query finds more than the typed one did."""
        try:
            _, matched, _ = run(parse(suggestion).query)
        except wq.QueryError:
            return False
        return bool(matched.total > found)

    def similar(self, text: str, language: str, *, limit: int = 10) -> tuple[Hit, ...]:
        """Quotes, points and sections most like ``text`` (:mod:`mhbrief.engine.related`)."""
        kinds = self._kinds()
        return related.similar_to_text(
            self._searcher, self._ranker(), kinds, text, language, limit=limit
        )

    def _ranker(self) -> ranking.Ranker:
        """Our scoring pass, kept with this searcher: a word's scores outlive a keystroke."""
        if self._ranking is None:
            # The same final step as _QuotesFirst.final, applied in bulk.
            self._ranking = ranking.Ranker(self._searcher, self._quotes(), QUOTE_FACTOR)
        return self._ranking

    def _order(self) -> newest.Order:
        """Every document's date and kind, for newest first, kept with this searcher."""
        if self._newest is None:
            self._newest = newest.Order(self._searcher.reader(), self._kinds())
        return self._newest

    def _docnums(self, ids: frozenset[str]) -> set[int]:
        """Document numbers of the live documents with these ids (``added:``, say)."""
        found = set()
        for doc_id in ids:
            docnum = self._searcher.document_number(id=doc_id)
            if docnum is not None:
                found.add(docnum)
        return found

    def related(
        self,
        doc_id: str,
        *,
        limit: int = 10,
        stale: bool = False,
        problem_sources: frozenset[str] = frozenset(),
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchResponse:
        """Quotes and points of other briefings most like ``doc_id`` (:mod:`.related`)."""
        return related.related(
            self._searcher,
            self._ranker(),
            self._kinds(),
            doc_id,
            limit=limit,
            facets=self._facets,
            stale=stale,
            problem_sources=problem_sources,
            cancelled=cancelled,
        )

    def _facets(self, docnums: Sequence[int]) -> Mapping[str, Mapping[str, int]]:
        """Facet counts of these documents; those of the last ask again when it matched
        the very same documents (in the same order), as a key that adds a letter to a
        prefix often does: ``pla``, ``plat``, ``platf`` (bench/README.md)."""
        same = array("i", docnums) if len(docnums) >= REUSED_FACETS else None
        if same is not None and self._last_facets is not None and self._last_facets[0] == same:
            return self._last_facets[1]
        counted = self._count(docnums)
        self._last_facets = None if same is None else (same, counted)
        return counted

    def _count(self, docnums: Sequence[int]) -> Mapping[str, Mapping[str, int]]:
        reader = self._searcher.reader()
        few = len(docnums) * FEW_MATCHES < reader.doc_count_all()
        self._facet_asks += 1
        if few and self._columns is None and self._facet_asks == 1:
            # Read just these documents' values (one CLI search), not every column;
            # a searcher asked again (the app, typing) reads the columns once instead.
            return facets.ordered(facets.read_for(reader, docnums))
        columns = self._facet_columns()
        if len(docnums) * 2 > reader.doc_count():  # most documents: count those left out
            if self._complement is None:
                self._complement = facets.Complement(reader, columns)
            return facets.ordered(self._complement.counts(docnums))
        return facets.ordered({name: columns[name].counts(docnums) for name in columns})

    def _kinds(self) -> facets.Column:
        """Every document's kind: read alone when the other facets are not (yet) needed,
        as for the app's first answer, newest first, before its first sync."""
        if self._columns is not None:
            return self._columns["kind"]
        if self._kind_column is None:
            self._kind_column = facets.columns(self._searcher.reader(), ("kind",))["kind"]
        return self._kind_column

    def _facet_columns(self) -> dict[str, facets.Column]:
        """Every document's facet values, as codes (:mod:`mhbrief.engine.facets`)."""
        if self._columns is None:
            self._columns = facets.columns(self._searcher.reader())
            self._kind_column = None  # the kind is among them now
        return self._columns

    def _quotes(self) -> bytes:
        """1 for each document number of a quote, else 0: from the kind column, read for
        newest first anyway (the postings of ``kind:quote`` took 0.1 s of the first
        answer at 100k)."""
        if self._quote_docs is None:
            self._quote_docs = bytes(array("B", self._kinds().keys(_is_quote)))
        return self._quote_docs


def _phrase_bonus(q: Any) -> bool:
    """Whether plain words have their phrase as a bonus (``AndMaybe(words, phrase)``)."""
    if type(q) is wq.AndMaybe and any(isinstance(sub, wq.Phrase) for sub in q.b.leaves()):
        return True
    return any(_phrase_bonus(child) for child in q.children())


def _is_quote(values: tuple[str, ...]) -> int:
    return int("quote" in values)
