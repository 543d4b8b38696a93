"""A block's ids and weights read without its values are exactly Whoosh's."""

from __future__ import annotations

import pickle
import random
from pathlib import Path
from typing import Any

from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from mhbrief.engine import postings
from mhbrief.engine.ranking import _unfiltered

WORDS = ["opvang", "zorg", "klanten", "slachtoffers", "aanpak", "uitbuiting", "jongeren"]


def _index(folder: Path) -> Any:
    """A small index with every kind of block: weights all 1 (None), all the same (one
    float) or mixed (a tuple), blocks of 128, last blocks of 1 to 3 postings."""
    schema = fields.Schema(
        text=fields.TEXT(phrase=True), twice=fields.TEXT(phrase=False), rare=fields.KEYWORD
    )
    ix = FileStorage(str(folder)).create().create_index(schema)
    rng = random.Random(7)
    writer = ix.writer()
    for number in range(700):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 30))]
        writer.add_document(
            text=" ".join(words),
            twice="gelijk gelijk" if number % 3 else "enkel",
            rare=f"r{number % 235}",
        )
    writer.commit()
    return ix


def _blocks(reader: Any, fieldname: str, text: str) -> list[Any]:
    """Each block of a term's postings as ours read it, beside what Whoosh reads."""
    matcher, _ = _unfiltered(reader.postings(fieldname, text))
    found = []
    while matcher.is_active():
        ours = postings.ids_and_weights(matcher)
        matcher._read_ids()
        matcher._read_weights()
        found.append((ours, (list(matcher._ids), list(matcher._weights))))
        matcher._next_block()
    return found


def test_every_block_reads_as_whoosh_reads_it(tmp_path: Path) -> None:
    ix = _index(tmp_path)
    with ix.reader() as reader:
        terms = [(name, text) for name, text in reader.all_terms() if name != "rare"]
        terms += [("rare", "r0"), ("rare", "r17")]
        shapes = set()
        for fieldname, btext in terms:
            for ours, theirs in _blocks(reader, fieldname, btext):
                assert ours is not None, (fieldname, btext)
                ids, weights = ours
                assert (list(ids), list(weights)) == theirs, (fieldname, btext)
                shapes.add((len(set(weights)) > 1, weights[0] == 1.0, len(ids) > 3))
    # Mixed, constant 1.0, constant 2.0; long blocks and short ones.
    assert {(True, False), (False, True), (False, False)} <= {s[:2] for s in shapes}
    assert {True, False} <= {s[2] for s in shapes}


class _Block:
    """A matcher's current block, as :func:`postings.ids_and_weights` reads it."""

    _byteids = False
    _data = None
    _compression = 0
    _dataoffset = 0

    def __init__(self, data: bytes, count: int) -> None:
        self._postfile = self
        self._nextoffset = len(data)
        self._blocklength = count
        self._bytes = data

    def get(self, start: int, length: int) -> bytes:
        return self._bytes[start : start + length]


def test_large_document_numbers_and_values_with_bytes() -> None:
    block = pickle.dumps(((70000, 1, 300), (1.5, 2.0, 1.5), (b"\x00a", b"b", b"c")), 2)
    assert postings.ids_and_weights(_Block(block, 3)) == ((70000, 70001, 70301), (1.5, 2.0, 1.5))
    assert postings.ids_and_weights(_Block(pickle.dumps(((7,), 3.0, None), 2), 1)) == ((7,), (3.0,))


def test_a_block_of_another_shape_is_left_to_whoosh() -> None:
    assert postings.ids_and_weights(_Block(pickle.dumps(((1, 2), (1.0, 2.0), ()), 2), 2))
    assert postings.ids_and_weights(_Block(pickle.dumps(((1, 2), (1.0, 2.0), ()), 4), 2)) is None
    planted = pickle.dumps((Path("x"), None, ()), 2)  # a global where the ids stand
    assert postings.ids_and_weights(_Block(planted, 1)) is None
    assert postings.ids_and_weights(_Block(pickle.dumps(((1, 2), None, ()), 2), 3)) is None


def test_a_protocol_3_block_reads_as_a_protocol_2_one() -> None:
    """Our blocks (``blockwrite``) are pickled with protocol 3: the values as bytes."""
    data = ((70000, 1, 300), (1.5, 2.0, 1.5), (b"\x00a", b"b", b"c"))
    assert postings.ids_and_weights(_Block(pickle.dumps(data, 3), 3)) == (
        (70000, 70001, 70301),
        (1.5, 2.0, 1.5),
    )
    assert postings.ids_and_weights(_Block(pickle.dumps(((7,), None, ()), 3), 1)) == ((7,), (1.0,))
