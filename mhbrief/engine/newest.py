"""Newest first: the order of the app's start screen, without a sort key per match.

Newest date first; on one date quotes, then points, briefings, sections
(:data:`KIND_ORDER`); then the final score, highest first; then the document
number. Dates come from the index's sortable ``date`` column, read once per
segment (8 bytes a document) and kept by segment id, as :mod:`mhbrief.engine.facets`
keeps its codes; kinds come from the facet codes. Date and kind are folded
into one small integer per document (the date's rank among the index's dates,
times the number of kinds, plus the kind's rank), so the page is chosen from
the matches by comparing that integer, the score and the document number, and
only the page is kept.

A document without a date gets the column's default, the largest value, so it
sorts first, as it did under Whoosh's ``FieldFacet("date", reverse=True)``.

Reads go through the index reader's ``column_reader`` and Whoosh's private column
readers (``tests/test_canaries.py`` fails with a clear message when they move).
"""

from __future__ import annotations

import heapq
import itertools
import operator
import sys
from array import array
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from mhbrief.engine.facets import Column, SegmentCache, Values
from mhbrief.model import Kind

#: Among items of the same date, what a press officer wants first.
KIND_ORDER: Mapping[bytes, int] = MappingProxyType(
    {
        kind.value.encode(): rank
        for rank, kind in enumerate((Kind.QUOTE, Kind.POINT, Kind.BRIEFING, Kind.SECTION))
    }
)
#: Ranks a kind can have: those of :data:`KIND_ORDER`, and one for any other value.
KINDS = len(KIND_ORDER) + 1
DATE_COLUMN = "date"

#: A page: (final score, global document number), first first.
Page = list[tuple[float, int]]


def kind_rank(value: bytes) -> int:
    """A kind's place among items of one date (an unknown kind comes last)."""
    return KIND_ORDER.get(value, len(KIND_ORDER))


def _rank_of(values: Values) -> int:
    return kind_rank("\n".join(values).encode())


def _read_dates(leaf: Any) -> array[int]:
    """One segment's date column as stored: one unsigned 64-bit number a document."""
    count = leaf.doc_count_all()
    reader = leaf.column_reader(DATE_COLUMN, translate=False)
    dates = array("Q")
    if getattr(reader, "_typecode", None) == "Q" and hasattr(reader, "_dbfile"):
        # A numeric column: its values packed big-endian; those past the end are the default.
        stored: int = reader._count
        dates.frombytes(reader._dbfile.get(reader._basepos, stored * dates.itemsize))
        if sys.byteorder == "little":
            dates.byteswap()
        dates.extend(itertools.repeat(reader._default, count - len(dates)))
    else:  # a segment without the column: every value the default
        dates.extend(itertools.islice(reader, count))
    return dates


#: One segment's dates, read once while the segment is kept.
_segment_dates = SegmentCache(_read_dates)


def dates(reader: Any) -> array[int]:
    """Every document's stored date value, by global document number."""
    found = array("Q")
    if reader.doc_count_all() == 0:  # Whoosh's empty reader has no columns at all
        return found
    for leaf, offset in reader.leaf_readers():
        assert len(found) == offset
        found.extend(_segment_dates(leaf))
    return found


class Order:
    """Date and kind of every document of one searcher (point in time), as one number."""

    def __init__(self, reader: Any, kinds: Column) -> None:
        stored = dates(reader)
        # The newest date gets 0; a few thousand dates, so a dict lookup per document.
        place = {value: rank for rank, value in enumerate(sorted(set(stored), reverse=True))}
        by_date = map(KINDS.__mul__, map(place.__getitem__, stored))
        self._keys: array[int] = array("q", map(operator.add, by_date, kinds.keys(_rank_of)))

    def page(
        self, matches: Iterable[tuple[list[int], Iterable[float]]], limit: int
    ) -> tuple[Page, list[int]]:
        """The first ``limit`` of the matches (segment by segment, as
        :meth:`~mhbrief.engine.ranking.Ranker.matches` yields them) in this order, and every
        matched document number."""
        best: list[tuple[int, float, int]] = []
        matched: list[int] = []
        for found, finals in matches:
            candidates = zip(
                map(self._keys.__getitem__, found), map(operator.neg, finals), found, strict=True
            )
            # Only the page is kept as tuples, never one per match.
            best = heapq.nsmallest(limit, itertools.chain(best, candidates))
            matched += found
        return [(-negated, docnum) for _, negated, docnum in best], matched
