"""Posting blocks written by the segment builder: protocol 3 (a literal here, so a change of
``blockwrite.BLOCK_PROTOCOL`` back to Whoosh's 2 fails), whoever flushes them."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import OPTIMIZE, SegmentWriter

from mhbrief.engine.index import SCHEMA
from mhbrief.engine.ranking import _unfiltered
from mhbrief.engine.segwrite import SegmentBuilder

TEXTS = ["opvang van slachtoffers", "slachtoffers van uitbuiting", "opvang en zorg"]


def _add(ix: Any, count: int, start: int) -> None:
    writer = SegmentBuilder(ix)
    for number in range(start, start + count):
        writer.add_document(id=f"d{number}", words=TEXTS[number % 3] + f" woord{number % 7}")
    writer.commit(merge=False)


def _block_bytes(matcher: Any) -> bytes:
    size = matcher._nextoffset - matcher._dataoffset
    raw = bytes(matcher._postfile.get(matcher._dataoffset, size))
    return zlib.decompress(raw) if matcher._compression else raw


def _protocols(ix: Any) -> tuple[set[int], dict[int, list[int]]]:
    """Each block's pickle protocol for ``words:slachtoffers``, and its positions."""
    found: set[int] = set()
    positions: dict[int, list[int]] = {}
    with ix.reader() as reader:
        for leaf, offset in reader.leaf_readers():
            matcher, _ = _unfiltered(leaf.postings("words", "slachtoffers"))
            decode = matcher.format.decoder("positions")
            while matcher.is_active():
                found.add(_block_bytes(matcher)[1])  # PROTO's argument
                matcher._read_ids()
                matcher._read_values()
                for docnum, value in zip(matcher._ids, matcher._values, strict=True):
                    positions[offset + docnum] = decode(value)
                matcher._next_block()
    return found, positions


def test_built_and_merged_blocks_are_protocol_3_and_read_back(tmp_path: Path) -> None:
    ix = FileStorage(str(tmp_path)).create().create_index(SCHEMA)
    _add(ix, 300, 0)  # blocks of 128: more than one per term
    _add(ix, 200, 300)
    protocols, positions = _protocols(whoosh_index.open_dir(str(tmp_path)))
    assert protocols == {3}
    assert positions[1] == [0]  # "slachtoffers van uitbuiting"
    assert positions[0] == [2]  # "opvang van slachtoffers"
    writer = SegmentBuilder(whoosh_index.open_dir(str(tmp_path)))
    writer.add_document(id="last", words="slachtoffers")
    writer.commit(mergetype=OPTIMIZE)  # Whoosh's own flush writes the merged segment
    merged = whoosh_index.open_dir(str(tmp_path))
    assert len(list(merged.reader().leaf_readers())) == 1
    protocols, after = _protocols(merged)
    assert protocols == {3}
    assert sorted(after.values()) == sorted([*positions.values(), [0]])  # and "last"


def test_an_index_of_protocol_2_blocks_reads_and_merges_into_protocol_3(tmp_path: Path) -> None:
    """An index written before blocks were protocol 3 (Whoosh's own writer writes 2) is
    searched as it is, and a merge rewrites its blocks as ours."""
    ix = FileStorage(str(tmp_path)).create().create_index(SCHEMA)
    writer = SegmentWriter(ix)
    for number in range(300):
        writer.add_document(id=f"d{number}", words=TEXTS[number % 3])
    writer.commit(merge=False)
    protocols, before = _protocols(whoosh_index.open_dir(str(tmp_path)))
    assert protocols == {2} and len(before) == 200
    _add(whoosh_index.open_dir(str(tmp_path)), 30, 300)
    protocols, _ = _protocols(whoosh_index.open_dir(str(tmp_path)))
    assert protocols == {2, 3}
    writer = SegmentBuilder(whoosh_index.open_dir(str(tmp_path)))
    writer.commit(mergetype=OPTIMIZE)
    protocols, after = _protocols(whoosh_index.open_dir(str(tmp_path)))
    assert protocols == {3} and len(after) == 220
    assert sorted(after.values()) == sorted([*before.values(), *[[0], [2]] * 10])
