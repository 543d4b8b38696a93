"""A block of a term's postings read for scoring: document numbers and weights only.

Whoosh stores each block of postings as one pickle of ``(ids, weights, values)``
(Whoosh's own blocks protocol 2, ours protocol 3): the ids delta-encoded, the weights
``None``, one float or a tuple, and the values (word positions) one ``bytes`` a posting,
which a protocol-2 unpickler rebuilds with a call each. Scoring needs only the ids and
weights, so the pickle is cut where the values start and closed with ``None``: what is
left holds ints, floats and tuples only, and is unpickled with no global allowed at all.
At 100k items the values were two thirds of the time spent reading a block
(bench/README.md). A block of any other shape is read by Whoosh's own code, so the
numbers are always Whoosh's.

Reads Whoosh's private matcher fields (``tests/test_canaries.py`` fails with a clear
message when they move).
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Sequence
from itertools import accumulate, repeat
from typing import Any

from mhbrief import safepickle

_MEMO = rb"(?:q.|r....)?+"  # BINPUT or LONG_BINPUT after a tuple
_INT = rb"(?:K.|M..|J....)"  # BININT1, BININT2, BININT
_FLOAT = rb"(?:G.{8})"  # BINFLOAT
_SMALL_TUPLE = rb"[\x85\x86\x87]"  # TUPLE1, TUPLE2, TUPLE3


def _tuple_of(item: bytes) -> bytes:
    """A pickled tuple of these items: ``MARK ... TUPLE``, ``TUPLE1..3`` or ``EMPTY_TUPLE``."""
    return rb"(?:\(" + item + rb"*+t|" + item + rb"{1,3}+" + _SMALL_TUPLE + rb"|\))" + _MEMO


#: ``PROTO 2`` (Whoosh's blocks) or ``PROTO 3`` (ours: ``blockwrite``), then the ids and
#: the weights as Whoosh's block writer pickles them (the weights a tuple, ``None`` or one
#: float). Possessive: an argument byte is never read as an opcode.
_HEAD = re.compile(
    rb"\x80[\x02\x03]" + _tuple_of(_INT) + rb"(?:" + _tuple_of(_FLOAT) + rb"|N|" + _FLOAT + rb")",
    re.DOTALL,
)
#: ``None`` for the values, ``TUPLE3``, ``STOP``.
_CLOSE = b"N\x87."
_NO_GLOBALS: safepickle.Allowed = {}


def ids_and_weights(matcher: Any) -> tuple[Sequence[int], Sequence[float]] | None:
    """The current block's document numbers and weights, as ``_read_ids`` and
    ``_read_weights`` of Whoosh's ``W3LeafMatcher`` give them, without its values;
    None for a block of another shape (then read it through the matcher)."""
    if matcher._byteids or matcher._data is not None:
        return None
    start, end = matcher._dataoffset, matcher._nextoffset
    data = bytes(matcher._postfile.get(start, end - start))
    if matcher._compression:
        data = zlib.decompress(data)
    head = _HEAD.match(data)
    if head is None:
        return None
    deltas, weights, _ = safepickle.loads(data[: head.end()] + _CLOSE, _NO_GLOBALS)
    count = matcher._blocklength
    if not isinstance(deltas, tuple) or len(deltas) != count:
        return None
    if weights is None:
        weights = tuple(repeat(1.0, count))
    elif isinstance(weights, float):
        # Whoosh spreads one weight through an array of 4-byte floats.
        weights = tuple(repeat(array("f", (weights,))[0], count))
    elif len(weights) != count:
        return None
    return tuple(accumulate(deltas)), weights
