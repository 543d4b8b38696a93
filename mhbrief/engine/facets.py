"""Facet counts (theme, speaker, organisation, kind) of a set of matched documents.

Each facet is a column of the index holding, per document, its values joined by
newlines. For counting while typing, every document's value is kept as a small
code in an array (4 bytes a document) beside a table of what each code means,
a sixth of the values as Python objects (bench/README.md). A
segment never changes once written, so its codes are kept by segment id and a
searcher opened after a reload reads only the columns of new segments.

Reads go through the index reader's ``column_reader`` and Whoosh's private column
readers (``tests/test_canaries.py`` fails with a clear message when they move).
"""

from __future__ import annotations

import bisect
import functools
import sys
from array import array
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress, repeat
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from mhbrief.results import FACET_NAMES

#: Facet name -> the index column holding it.
COLUMNS: Mapping[str, str] = MappingProxyType(
    dict(zip(FACET_NAMES, ("f_theme", "f_speaker", "f_org", "f_kind"), strict=True))
)
#: Segments whose codes are kept (a reload usually adds one, merges others away).
MAX_CACHED_SEGMENTS = 64

Values = tuple[str, ...]
T = TypeVar("T")


def decode(raw: bytes) -> Values:
    """A document's values of one facet, as stored in its column."""
    text = raw.decode("utf-8") if raw else ""
    # Interned: thousands of theme combinations share a few dozen theme ids.
    return tuple(sys.intern(value) for value in text.split("\n") if value)


class Column:
    """One facet for the whole index: a code per document, and the values of each code."""

    def __init__(self, codes: array[int], table: list[Values]) -> None:
        self._codes = codes
        self._table = table

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, docnum: int) -> Values:
        return self._table[self._codes[docnum]]

    def keys(self, key: Callable[[Values], int]) -> array[int]:
        """Every document's ``key`` of its values, computed once per distinct value."""
        by_code = [key(values) for values in self._table]
        return array("q", map(by_code.__getitem__, self._codes))

    def counts(self, docnums: Iterable[int]) -> Counter[str]:
        """How many of these documents carry each value."""
        groups = Counter(map(self._codes.__getitem__, docnums))  # at C speed
        counts: Counter[str] = Counter()
        table = self._table
        for code, count in groups.items():
            for value in table[code]:
                counts[value] += count
        return counts


class _Coder:
    """Codes for value tuples, the same code for the same values."""

    def __init__(self) -> None:
        self.table: list[Values] = []
        self._codes: dict[Values, int] = {}

    def code(self, values: Values) -> int:
        found = self._codes.get(values)
        if found is None:
            found = self._codes[values] = len(self.table)
            self.table.append(values)
        return found


class SegmentCache(Generic[T]):
    """What was read from a segment, kept by segment id: a segment never changes once
    written, so a searcher opened after a reload reads only its new segments."""

    def __init__(self, read: Callable[[Any], T], size: int = MAX_CACHED_SEGMENTS) -> None:
        self._read = read
        self._size = size
        self._kept: OrderedDict[str, T] = OrderedDict()

    def __call__(self, leaf: Any) -> T:
        segment = leaf.segment()
        key = str(segment.segment_id()) if segment is not None else ""  # random, unique
        cached = self._kept.get(key) if key else None
        if cached is not None:
            self._kept.move_to_end(key)
            return cached
        found = self._read(leaf)
        if key:
            self._kept[key] = found
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return found


def _column_codes(leaf: Any, column: str) -> tuple[array[int], list[Values]]:
    """One segment's codes of one facet column, and what each code means."""
    coder = _Coder()
    reader = leaf.column_reader(column, translate=False)  # a facet column stores bytes
    refs = _refs(reader)
    if refs is not None:
        # A reference per document into the column's distinct values, read in one go:
        # far faster than value by value (bench/README.md).
        by_ref = [coder.code(decode(raw)) for raw in reader._uniques]
        return array("I", map(by_ref.__getitem__, refs)), coder.table
    by_raw: dict[bytes, int] = {}
    codes = array("I")
    for raw in reader:
        code = by_raw.get(raw)
        if code is None:
            code = by_raw[raw] = coder.code(decode(raw))
        codes.append(code)
    return codes, coder.table


def _refs(reader: Any) -> array[int] | None:
    """The references of a reference column (Whoosh's ``RefBytesColumn``): one unsigned
    big-endian number a document, in front of its distinct values; None for another."""
    typecode = getattr(reader, "_typecode", None)
    if typecode not in ("B", "H") or not hasattr(reader, "_uniques"):
        return None
    refs = array(typecode)
    if refs.itemsize != reader._itemsize:
        return None
    refs.frombytes(reader._dbfile.get(reader._basepos, reader._doccount * refs.itemsize))
    if refs.itemsize > 1 and sys.byteorder == "little":
        refs.byteswap()
    return refs


#: One segment's codes and table, by facet: each read when first asked for (newest
#: first needs only the kind; the themes' counts, the other facets too).
_segment: dict[str, SegmentCache[tuple[array[int], list[Values]]]] = {
    name: SegmentCache(functools.partial(_column_codes, column=column))
    for name, column in COLUMNS.items()
}


def columns(reader: Any, names: Iterable[str] = FACET_NAMES) -> dict[str, Column]:
    """These facets (all by default) of every document of the index, by global
    document number."""
    names = tuple(names)
    coders = {name: _Coder() for name in names}
    codes = {name: array("I") for name in names}
    if reader.doc_count_all() == 0:  # Whoosh's empty reader has no columns at all
        return {name: Column(codes[name], coders[name].table) for name in names}
    for leaf, offset in reader.leaf_readers():
        for name in names:
            local, table = _segment[name](leaf)
            assert len(codes[name]) == offset
            remap = [coders[name].code(values) for values in table]
            codes[name].extend(map(remap.__getitem__, local))
    return {name: Column(codes[name], coders[name].table) for name in names}


class Complement:
    """Counts of a match of most of the collection, from the documents it leaves out:
    the counts over every live document (once) less those of the rest. Typing one or
    two letters matches nearly everything: at 100k, counting 4,000 documents left out
    instead of 100,000 matched (bench/README.md). The same integers either way."""

    def __init__(self, reader: Any, columns: Mapping[str, Column]) -> None:
        self._columns = columns
        self._live = bytearray(reader.doc_count_all())
        for leaf, offset in reader.leaf_readers():
            if leaf.has_deletions():
                live = (offset + docnum for docnum in leaf.all_doc_ids())
                deque(map(self._live.__setitem__, live, repeat(1)), maxlen=0)
            else:
                self._live[offset : offset + leaf.doc_count_all()] = b"\1" * leaf.doc_count_all()
        self._everything: dict[str, Counter[str]] | None = None

    def counts(self, docnums: Iterable[int]) -> dict[str, Counter[str]]:
        """What :meth:`Column.counts` gives for these live documents, for each facet."""
        if self._everything is None:  # each facet walks the mask: no list of 100k numbers
            live, every = self._live, range(len(self._live))
            self._everything = {
                name: c.counts(compress(every, live)) for name, c in self._columns.items()
            }
        rest = bytearray(self._live)
        deque(map(rest.__setitem__, docnums, repeat(0)), maxlen=0)
        others = list(compress(range(len(rest)), rest))
        return {
            name: self._everything[name] - column.counts(others)
            for name, column in self._columns.items()
        }


def read_for(reader: Any, docnums: Sequence[int]) -> dict[str, Counter[str]]:
    """The counts for a few documents (one CLI search, no columns kept): a segment's
    references read in one go and counted, only the values met decoded."""
    found: dict[str, Counter[str]] = {name: Counter() for name in COLUMNS}
    if not docnums:
        return found
    ordered_docs = sorted(docnums)
    for leaf, offset in reader.leaf_readers():
        start = bisect.bisect_left(ordered_docs, offset)
        end = bisect.bisect_left(ordered_docs, offset + leaf.doc_count_all())
        if start == end:
            continue
        local = [docnum - offset for docnum in ordered_docs[start:end]]
        for name, column in COLUMNS.items():
            _count_into(found[name], leaf.column_reader(column, translate=False), local)
    return found


def _count_into(counts: Counter[str], reader: Any, docnums: list[int]) -> None:
    """Add the values of one segment's documents ``docnums`` in one facet column."""
    refs = _refs(reader)
    if refs is not None:
        uniques = reader._uniques
        groups = Counter(uniques[ref] for ref in map(refs.__getitem__, docnums))
    else:
        groups = Counter(map(reader.__getitem__, docnums))
    for raw, count in groups.items():
        for value in decode(raw):
            counts[value] += count


def ordered(counts: Mapping[str, Counter[str]]) -> Mapping[str, Mapping[str, int]]:
    """Most frequent first, then by value: what a response carries."""
    return MappingProxyType(
        {
            name: MappingProxyType(dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))))
            for name, found in counts.items()
        }
    )
