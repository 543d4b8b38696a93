"""Related items: what other briefings said on the same point as one quote or point.

Whoosh's more-like-this on the analysed text: the item's text, run through its
language's analyser (stems, no stop words), gives its key terms (Bo1 model),
which are searched as one OR query. Plan sections and themes the item shares
with another are extra evidence, at a constant score each. Only quotes and
points of *other* briefings are candidates; among them, those of other
organisations come first, then the best scored.

Called by :mod:`mhbrief.engine.search`'s searcher; callers get a
:class:`~mhbrief.results.SearchResponse` like a search's.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Container, Mapping, Sequence
from typing import Any

from whoosh import query as wq

from mhbrief.engine.facets import Column
from mhbrief.engine.index import lang_field
from mhbrief.engine.ranking import Ranker
from mhbrief.engine.records import hit_from_record
from mhbrief.results import Hit, SearchResponse, empty_response

#: Key terms taken from the item's text.
KEY_TERMS = 12
#: Score added for each plan section shared with the item.
SECTION_SCORE = 3.0
#: Score added for each theme shared with the item.
THEME_SCORE = 1.0
#: Candidates scored before the other-organisations-first ordering picks the shown ones.
POOL = 200
RELATED_KINDS = ("quote", "point")

Facets = Callable[[Sequence[int]], Mapping[str, Mapping[str, int]]]


class Candidates:
    """Documents of the wanted kinds (by their ``kind`` facet value), less some excluded."""

    def __init__(self, kinds: Column, wanted: Sequence[str], excluded: Container[int] = ()) -> None:
        self._kinds = kinds
        self._wanted = frozenset((kind,) for kind in wanted)
        self._excluded = excluded

    def __contains__(self, docnum: object) -> bool:
        return (
            isinstance(docnum, int)
            and docnum < len(self._kinds)
            and self._kinds[docnum] in self._wanted
            and docnum not in self._excluded
        )


def related(
    searcher: Any,
    ranker: Ranker,
    kinds: Column,
    doc_id: str,
    *,
    limit: int,
    facets: Facets,
    stale: bool = False,
    problem_sources: frozenset[str] = frozenset(),
    cancelled: Callable[[], bool] | None = None,
) -> SearchResponse:
    """Items of other briefings most like ``doc_id``; empty if the index lacks it.

    ``kinds`` is each document's kind (its facet value). The candidates are ranked
    exactly (:mod:`mhbrief.engine.ranking`), as a search is. Raises
    :class:`~mhbrief.results.Cancelled` once ``cancelled()`` is true: a key typed
    meanwhile gets the index without waiting for this one.
    """
    docnum = searcher.document_number(id=doc_id)
    if docnum is None:
        return empty_response(doc_id, stale=stale)
    record = json.loads(searcher.stored_fields(docnum)["data"])
    q = similar_query(searcher, record)
    if q is None:
        return _response(doc_id, (), 0, facets(()), stale)
    briefing = str(record.get("briefing") or "").lower()
    same_briefing = set(searcher.docs_for_query(wq.Term("briefing", briefing)))
    allowed = Candidates(kinds, RELATED_KINDS, same_briefing)
    top, docnums = ranker.rank(q, max(POOL, limit), allowed=allowed, cancelled=cancelled)
    hits = [_stored_hit(searcher, found, score, problem_sources) for score, found in top]
    organisation = record.get("organisation")
    # sorted() is stable: within each group the score order stays.
    hits.sort(key=lambda hit: hit.organisation == organisation)
    return _response(doc_id, tuple(hits[: max(1, limit)]), len(docnums), facets(docnums), stale)


def similar_to_text(
    searcher: Any,
    ranker: Ranker,
    kinds: Column,
    text: str,
    language: str,
    *,
    limit: int,
    problem_sources: frozenset[str] = frozenset(),
) -> tuple[Hit, ...]:
    """Quotes, points and plan sections most like a text not in the index (an import's draft)."""
    q = similar_query(searcher, {"text": text, "language": language})
    if q is None:
        return ()
    allowed = Candidates(kinds, (*RELATED_KINDS, "section"))
    top, _ = ranker.rank(q, max(1, limit), allowed=allowed)
    return tuple(_stored_hit(searcher, found, score, problem_sources) for score, found in top)


def _stored_hit(searcher: Any, docnum: int, score: float, problem_sources: frozenset[str]) -> Hit:
    record = json.loads(searcher.stored_fields(docnum)["data"])
    return _plain(hit_from_record(record, problem_sources), score)


def similar_query(searcher: Any, record: Mapping[str, Any]) -> Any | None:
    """Key terms of the record's text, plus its sections and themes; None if it has none."""
    field = lang_field("text", str(record.get("language") or "nl"))
    text = str(record.get("text") or "")
    parts: list[Any] = []
    if text.strip():
        terms = searcher.key_terms_from_text(field, text, numterms=KEY_TERMS, normalize=False)
        parts += [wq.Term(field, word, boost=weight) for word, weight in terms]
    # Filter fields keep no lengths for BM25: a shared value counts a constant.
    for name, values, score in (
        ("section", record.get("sections"), SECTION_SCORE),
        ("theme", record.get("themes"), THEME_SCORE),
    ):
        for value in values or ():
            if isinstance(value, str) and value:
                parts.append(wq.ConstantScoreQuery(wq.Term(name, value.lower()), score))
    return wq.Or(parts) if parts else None


def _plain(hit: Hit, score: float) -> Hit:
    # No query was typed: nothing to mark.
    return dataclasses.replace(hit, score=float(score), highlights=())


def _response(
    doc_id: str,
    hits: tuple[Hit, ...],
    total: int,
    facets: Mapping[str, Mapping[str, int]],
    stale: bool,
) -> SearchResponse:
    return SearchResponse(
        query=doc_id,
        total=total,
        hits=hits,
        suggestion=None,
        stale=stale,
        fallback=False,
        facets=facets,
        terms=(),
    )
