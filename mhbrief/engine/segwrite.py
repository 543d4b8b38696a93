"""A segment writer that writes what Whoosh's writes, with less work per posting.

Whoosh's :class:`~whoosh.writing.SegmentWriter` runs every field of every document
through its token stream, puts each posting in a pool as a tuple, spills the pool to
disk one pickle per posting, merges the spilled runs posting by posting, and reads each
posting's field length back from the file it has just written. At 10,000 items that
was three million postings and most of a full build (bench/README.md, issue 25).

:class:`SegmentBuilder` writes the same segment (the same terms, postings, weights,
values, lengths and stored fields: ``bench/same_index.py`` compares two builds, and
``tests/engine/test_segwrite.py`` two segments) by:

- indexing the text fields of this package's analysers without the token stream
  (:func:`mhbrief.engine.analysis.index_terms`: each distinct word folded and stemmed
  once), and a repeated short value (a title, a speaker, a kind) once;
- keeping the postings grouped by term (:class:`TermPool`), so sorting and spilling
  work on terms, not postings, and a spilled run is one ``marshal`` of many terms;
- keeping each document's field lengths in memory as the bytes Whoosh stores.

Anything else (another analyser, a boost, a merged segment) takes Whoosh's own path.
"""

from __future__ import annotations

import heapq
import itertools
import marshal
import operator
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from whoosh import formats
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from mhbrief.engine import blockwrite
from mhbrief.engine.analysis import index_terms

#: Texts up to this long are analysed once per writer (titles, names, labels, kinds).
MEMO_CHARS = 256
#: Distinct values kept per field for that.
MEMO_VALUES = 4096
#: Terms per record of a spilled run.
RUN_CHUNK = 2048
#: Memory a posting and a new term hold in the pool (measured at 10k items: 167 MB for
#: 3.1 million postings of 143,000 terms, the analysis memory included).
POSTING_BYTES = 44
TERM_BYTES = 250

Posting = tuple[bytes, int, float, bytes]
_FREQ = operator.itemgetter(1)


class TermPool:
    """Postings by (field, term): ``[docnum, weight, value, docnum, ...]``, in the order added.

    Documents are added with rising numbers, so each list is in Whoosh's posting order.
    Past ``limitmb`` (an estimate of the memory held) the terms are written out sorted,
    as a run in the writer's temporary storage, and merged back term by term.
    """

    def __init__(self, tempstore: Any, limitmb: float, name: str) -> None:
        #: Shared by every writer of the index (the parallel ones at once): runs are
        #: named for this writer's segment.
        self._tempstore = tempstore
        self._name = name
        self._limit = limitmb * 1024 * 1024
        self._size = 0
        #: Per field, per term: the flat postings.
        self._fields: dict[str, dict[bytes, list[Any]]] = {}
        self._runs: list[str] = []

    def add_postings(self, fieldname: str, docnum: int, postings: list[Posting]) -> None:
        """One document's postings in one field: (term, frequency, weight, value)."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        size = POSTING_BYTES * len(postings)
        for tbytes, _, weight, vbytes in postings:
            found = terms.get(tbytes)
            if found is None:
                terms[tbytes] = [docnum, weight, vbytes]
                size += TERM_BYTES + len(tbytes)
            else:
                found += (docnum, weight, vbytes)
        self._size += size
        if self._size > self._limit:
            self._spill()

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """Whoosh's pool interface: one posting (a merged segment's)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        if docnum == -1:  # Whoosh's mark for a spelling word: no field of ours has one
            return
        self.add_postings(fieldname, docnum, [(tbytes, 0, weight, vbytes)])  # type: ignore[list-item]

    def _spill(self) -> None:
        name = f"{self._name}-{len(self._runs)}.run"
        chunk: list[Any] = []
        with self._tempstore.create_file(name).raw_file() as out:
            for key, flat in self._in_memory():
                chunk.append((key, flat))
                if len(chunk) >= RUN_CHUNK:
                    _write_chunk(out, chunk)
                    chunk = []
            if chunk:
                _write_chunk(out, chunk)
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def _in_memory(self) -> Iterator[tuple[tuple[str, bytes], list[Any]]]:
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                yield (fieldname, tbytes), terms[tbytes]

    def _read_run(self, name: str) -> Iterator[tuple[tuple[str, bytes], list[Any]]]:
        with self._tempstore.open_file(name).raw_file() as run:
            while size := int.from_bytes(run.read(_CHUNK_HEAD), "little"):
                yield from marshal.loads(run.read(size))

    def terms(self) -> Iterator[tuple[tuple[str, bytes], list[Any]]]:
        """Every term in order with all its postings, each list by rising document number."""
        if not self._runs:
            for key, flat in self._in_memory():
                yield key, _in_order(flat)
            return
        sources = [self._read_run(name) for name in self._runs] + [self._in_memory()]
        merged = heapq.merge(*sources, key=lambda pair: pair[0])  # ties: earlier runs first
        last: tuple[str, bytes] | None = None
        postings: list[Any] = []
        for key, flat in merged:
            if key == last:
                postings += flat
                continue
            if last is not None:
                yield last, _in_order(postings)
            last, postings = key, list(flat)
        if last is not None:
            yield last, _in_order(postings)

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        """Whoosh's pool interface: ``(field, term, docnum, weight, value)`` in order."""
        for (fieldname, tbytes), flat in self.terms():
            for i in range(0, len(flat), 3):
                yield fieldname, tbytes, flat[i], flat[i + 1], flat[i + 2]

    def cleanup(self) -> None:
        for name in self._runs:
            self._tempstore.delete_file(name)
        self._runs = []
        self._fields = {}


#: Bytes of a run's record size, before each ``marshal`` of a chunk of terms.
_CHUNK_HEAD = 8


def _write_chunk(out: Any, chunk: list[Any]) -> None:
    """One record of a run: its size, then its marshal. Read back whole and loaded from
    bytes: ``marshal.load`` from a file calls its ``readinto`` once per object (some 5 s of
    a 10k build's merge under cProfile)."""
    data = marshal.dumps(chunk)
    out.write(len(data).to_bytes(_CHUNK_HEAD, "little") + data)


def _in_order(flat: list[Any]) -> list[Any]:
    """``flat`` as Whoosh's pool sorts postings (already so unless documents came back
    in another order, which this writer never does; then sorted the same way)."""
    docnums = flat[0::3]
    if all(map(operator.lt, docnums, itertools.islice(docnums, 1, None))):
        return flat
    triples = sorted(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))
    return [part for triple in triples for part in triple]


class _Made(dict):  # type: ignore[type-arg]
    """``make(key)``, made once per key and then looked up in C (``memo[key]``)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._make(key)
        return value


#: ``float(freq)``, one shared object a frequency (the pool holds millions).
_WEIGHTS = _Made(float)


def _fast_values(field: Any) -> Callable[[str], list[Posting]] | None:
    """A field's ``index`` for a text, from :func:`index_terms`, or None (Whoosh's own)."""
    fmt = field.format
    shortcut = index_terms(getattr(field, "analyzer", None))
    if shortcut is None or fmt is None or fmt.field_boost != 1.0:
        return None
    terms, positional = shortcut
    weights = _WEIGHTS
    if type(fmt) is formats.Positions and positional:
        encode = fmt.encode
        single = _Made(lambda pos: encode([pos]))

        def positions(text: str) -> list[Posting]:
            found = terms(text)
            # Positions grouped by term, rising within each (a stable sort), in C.
            order = sorted(range(len(found)), key=found.__getitem__)
            out = []
            start = 0
            for term, freq in sorted(Counter(found).items()):
                value = single[order[start]] if freq == 1 else encode(order[start : start + freq])
                start += freq
                out.append((term, freq, weights[freq], value))
            return out

        return positions
    if type(fmt) is formats.Frequency:
        packed = _Made(formats.pack_uint)

        def frequencies(text: str) -> list[Posting]:
            return [
                (term, freq, weights[freq], packed[freq])
                for term, freq in Counter(terms(text)).items()
            ]

        return frequencies
    return None


class SegmentBuilder(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer with :class:`TermPool`, the analysis shortcut and
    in-memory field lengths (see the module's docstring). Same arguments."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = TermPool(
            self._tempstorage, kwargs.get("limitmb", 128), self.newsegment.segment_id()
        )
        self._fast = {name: _fast_values(field) for name, field in self.schema.items()}
        self._memo: dict[str, dict[str, list[Posting]]] = {}
        #: Per scorable field, each document's length byte as Whoosh stores it.
        self._lengths: dict[str, bytearray] = {}
        #: Whoosh's own flush, which reads the lengths back: after a merged segment, or
        #: for a schema with spelling words or term vectors (none of ours).
        self._whoosh_flush = any(
            field.separate_spelling() or field.vector for _, field in self.schema.items()
        )
        blockwrite.install_on_fields(self.fieldwriter)

    def _postings(self, fieldname: str, field: Any, value: Any) -> list[Posting]:
        """What ``field.index(value)`` yields, by the shortest way known."""
        short = isinstance(value, str) and len(value) <= MEMO_CHARS
        if short:
            memo = self._memo.setdefault(fieldname, {})
            found = memo.get(value)
            if found is not None:
                return found
        fast = self._fast.get(fieldname)
        if fast is not None and isinstance(value, str):
            postings = fast(value)
        else:
            postings = list(field.index(value))
        if short:
            if len(memo) >= MEMO_VALUES:
                memo.clear()
            memo[value] = postings
        return postings

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document`` (same checks, same per-document writes), postings by term."""
        if self._whoosh_flush:
            super().add_document(**fields)
            return
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    postings = self._postings(fieldname, field, value)
                    if fieldboost != 1.0:
                        postings = [(t, f, w * fieldboost, v) for t, f, w, v in postings]
                    if field.scorable:
                        length = sum(map(_FREQ, postings))
                        self._keep_length(fieldname, docnum, length)
                    self.pool.add_postings(fieldname, docnum, postings)
                customval = fields.get(f"_stored_{fieldname}", value)
                stored = customval if field.stored else None
                perdocwriter.add_field(fieldname, field, stored, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(
                        fieldname, column, field.to_column_value(customval)
                    )
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _keep_length(self, fieldname: str, docnum: int, length: int) -> None:
        column = self._lengths.get(fieldname)
        if column is None:
            column = self._lengths[fieldname] = bytearray()
        if len(column) < docnum:  # documents without this field: no length
            column.extend(bytes(docnum - len(column)))
        column.append(length_to_byte(length) if length else 0)

    def add_reader(self, reader: Any) -> None:
        self._whoosh_flush = True  # its lengths are not kept here: Whoosh's flush reads them
        super().add_reader(reader)

    def _flush_segment(self) -> None:
        if self._whoosh_flush:
            super()._flush_segment()
            return
        self.perdocwriter.close()
        writer = self.fieldwriter
        count = self.docnum  # a segment's documents are numbered from 0
        field_name: str | None = None
        lengths: list[int | None] = []
        for (fieldname, tbytes), flat in self.pool.terms():
            if fieldname != field_name:
                if field_name is not None:
                    writer.finish_field()
                writer.start_field(fieldname, self.schema[fieldname])
                field_name = fieldname
                lengths = self._length_list(fieldname, count)
            writer.start_term(tbytes)
            _add_postings(writer, flat, lengths)
            writer.finish_term()
        if field_name is not None:
            writer.finish_field()
        writer.close()

    def _length_list(self, fieldname: str, count: int) -> list[int | None]:
        """Each document's length in ``fieldname`` as Whoosh's reader gives it back."""
        column = self._lengths.get(fieldname)
        if column is None:  # not scorable: no length column, read as 0
            return [0] * count
        known = [byte_to_length(b) if b else None for b in column]
        return known + [None] * (count - len(known))


def _add_postings(writer: Any, flat: list[Any], lengths: list[int | None]) -> None:
    """What the field writer's ``add`` does for each posting of a term, a block at a time:
    W3PostingsWriter.add_posting's lists and statistics, filled from slices."""
    postings = writer._postwriter
    if postings._byteids:  # term vectors: none of ours
        for i in range(0, len(flat), 3):
            writer.add(flat[i], flat[i + 1], flat[i + 2] or b"", lengths[flat[i]])
        return
    limit = postings._blocklimit
    total = len(flat) // 3
    for start in range(0, total, limit):
        if start:  # a full block, written (as add_posting does) once another posting comes
            postings._write_block()
        end = 3 * min(total, start + limit)
        ids = flat[3 * start : end : 3]
        weights = flat[3 * start + 1 : end : 3]
        postings._ids.extend(ids)
        postings._weights.extend(weights)
        postings._values.extend(filter(None, flat[3 * start + 2 : end : 3]))
        heaviest = max(weights)
        if heaviest > postings._maxweight:
            postings._maxweight = heaviest
        known = list(filter(None, map(lengths.__getitem__, ids)))
        if known:
            shortest, longest = min(known), max(known)
            if postings._minlength is None or shortest < postings._minlength:
                postings._minlength = shortest
            if longest > postings._maxlength:
                postings._maxlength = longest
