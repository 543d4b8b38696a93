"""Whoosh's posting block writer, in fewer Python steps and with zlib fitted to the block.

``W3PostingsWriter._write_block`` pickles a block as ``(ids, weights, values)`` (the ids
delta-encoded, the weights ``None``, one float or a tuple) and compresses it. It builds
the deltas and checks the weights with a Python generator a posting, and asks zlib for
its full 32 KiB window and 32,768-entry hash table for blocks that are mostly under
100 bytes: zlib then spends more time setting up its tables than compressing (40
against 4 microseconds for a 61-byte block). :func:`write_block` writes the same pickles
and the same block header; the compressed bytes use a window that still covers the
whole block and a hash table sized to it (the output as small), which
``zlib.decompress`` reads as before: the postings read back are the
same (``tests/engine/test_segwrite.py``). Figures: bench/README.md, issue 25 round 6.

The block's tuple is pickled with protocol 3, not Whoosh's 2: protocol 2 writes each
posting's value (a word's positions, as ``bytes``) as a call of ``_codecs.encode`` on a
Latin-1 string, which unpickling runs once a posting; protocol 3 writes the bytes as they
are. A block of 128 positioned postings unpickles some 14 times faster and is less than
half the size, and a phrase's positions (most of a two-word search at 100,000 items) are
read that much faster. Whoosh's reader unpickles either (bench/README.md, stop 40).
"""

from __future__ import annotations

import operator
import pickle
import zlib
from array import array
from itertools import chain
from types import MethodType
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_int
from whoosh.util.numeric import length_to_byte

#: What zlib keeps ahead of its window (``MIN_LOOKAHEAD``): a window this much larger
#: than the data finds every match the full window would.
_LOOKAHEAD = 262
#: The pickle protocol of a block's ``(ids, weights, values)``: the first with ``bytes``.
BLOCK_PROTOCOL = 3


def window_bits(size: int) -> int:
    """zlib's ``wbits`` for ``size`` bytes: the smallest window (9-15 bits) over them all."""
    return max(9, min(15, (size + _LOOKAHEAD).bit_length()))


def compress(data: bytes, level: int) -> bytes:
    """``data`` deflated at ``level``, with a window and hash table sized to it: zlib sets
    up (and zeroes) both for every call, which costs more than a small block's compression
    (61 bytes: 15 us with a fitted window alone, 4 us with the hash fitted too)."""
    bits = window_bits(len(data))
    deflate = zlib.compressobj(level, zlib.DEFLATED, bits, max(1, bits - 7))
    return deflate.compress(data) + deflate.flush()


def _deltas(ids: Any) -> tuple[int, ...]:
    """``tuple(whoosh.util.numlists.delta_encode(ids))``."""
    return tuple(map(operator.sub, ids, chain((0,), ids)))


def _mini_weights(weights: array) -> Any:  # type: ignore[type-arg]
    """``W3PostingsWriter._mini_weights``: None when all are 1.0, the one weight when all
    are equal, else the tuple (of the block's 4-byte floats)."""
    count = len(weights)
    if weights.count(1.0) == count:
        return None
    first = weights[0]
    if weights.count(first) == count:
        return first
    return tuple(weights)


def write_block(postwriter: Any, last: bool = False) -> None:
    """``W3PostingsWriter._write_block(last)``: the buffered block, written."""
    ids = postwriter._ids
    head = b"" if postwriter._blockcount else WHOOSH3_HEADER_MAGIC
    postwriter._terminfo.add_block(postwriter)
    data = (_deltas(ids), _mini_weights(postwriter._weights), postwriter._mini_values())
    databytes = pickle.dumps(data, BLOCK_PROTOCOL)
    comp = postwriter._compression
    if comp:
        databytes = compress(databytes, comp)
    info = (
        len(ids),
        ids[-1],
        postwriter._maxweight,
        comp,
        length_to_byte(postwriter._minlength),
        length_to_byte(postwriter._maxlength),
    )
    infobytes = pickle.dumps(info, 2)
    blocklength = len(infobytes) + len(databytes)
    postwriter._postfile.write(
        head + pack_int(-blocklength if last else blocklength) + infobytes + databytes
    )
    postwriter._blockcount += 1
    postwriter._new_block()


def install(postwriter: Any) -> None:
    """Make ``postwriter`` (a ``W3PostingsWriter``) write its blocks with :func:`write_block`."""
    if not postwriter._byteids:  # term vectors (none of ours) keep Whoosh's own
        postwriter._write_block = MethodType(write_block, postwriter)


def install_on_fields(fieldwriter: Any) -> None:
    """Make every field ``fieldwriter`` (a ``W3FieldWriter``) starts write its blocks with
    :func:`write_block`: our own flush and Whoosh's (a merged segment) alike."""
    start_field = fieldwriter.start_field

    def started(fieldname: str, fieldobj: Any) -> None:
        start_field(fieldname, fieldobj)
        install(fieldwriter._postwriter)

    fieldwriter.start_field = started
