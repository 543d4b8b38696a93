"""Field lengths held in memory: a segment's length bytes of a field, read once.

BM25F reads a document's field length for every posting it scores; without mmap each
read was a seek and a read of one byte (bench/README.md). :func:`held_lengths` reads a
field's column once per segment and serves it from memory, the very bytes Whoosh
reads, so scores do not change. Reads Whoosh's private per-document reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh.codec import whoosh3
from whoosh.util.numeric import byte_to_length

#: Field length by length byte, as Whoosh decodes it (0: none stored).
LENGTHS = [float(byte_to_length(b)) if b else 0.0 for b in range(256)]


class _HeldLengths:
    """A segment's field-length column in memory: one byte a document, as Whoosh stores it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __getitem__(self, docnum: int) -> int:
        return self.data[docnum] if docnum < len(self.data) else 0


def held_lengths(leaf: Any, fieldname: str) -> bytes | None:
    """One segment's length bytes of a field, read once and then served from memory.

    BM25F reads a document's field length for every posting it scores; without
    mmap each read was a seek and a read of one byte (bench/README.md). The bytes
    are the ones Whoosh reads, so scores do not change. A reader of another shape is
    left as it is (None).
    """
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "_cached_reader"):
        return None
    lenfield = whoosh3._lenfield(fieldname)
    held = perdoc._readers.get(lenfield)
    if isinstance(held, _HeldLengths):
        return held.data
    column = perdoc._cached_reader(lenfield, whoosh3.LENGTHS_COLUMN)
    if column is None or not hasattr(column, "_dbfile"):
        return None
    data = bytes(column._dbfile.get(column._basepos, column._count))
    perdoc._readers[lenfield] = _HeldLengths(data)
    return data


def hold_lengths(reader: Any, fieldnames: Iterable[str]) -> None:
    """Hold the length bytes of these fields in every segment (see :func:`held_lengths`)."""
    for leaf, _ in reader.leaf_readers():
        for name in fieldnames:
            held_lengths(leaf, name)
