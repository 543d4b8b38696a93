"""Pickles in Whoosh's files are read in one piece and leave the file just after them."""

from __future__ import annotations

import io
import pickle

import pytest

from mhbrief.engine import index_files
from mhbrief.safepickle import Refused


def _file(*values: object, tail: bytes = b"NEXT") -> io.BytesIO:
    return io.BytesIO(b"".join(pickle.dumps(v, 2) for v in values) + tail)


def test_a_block_header_then_the_next_bytes() -> None:
    header = (128, 90_417, 3.0, 1, 7, 200)
    file = _file(header)
    assert index_files._load_pickle(file) == header
    assert file.read() == b"NEXT"


def test_a_pickle_larger_than_one_piece_is_read_whole() -> None:
    data = (list(range(5_000)), b"\x01\x02" * 3_000)
    assert len(pickle.dumps(data, 2)) > 8 * index_files.PICKLE_CHUNK
    file = _file(data, (1, 2))
    assert index_files._load_pickle(file) == data
    assert index_files._load_pickle(file) == (1, 2)
    assert file.read() == b"NEXT"


def test_a_file_that_ends_inside_a_pickle_is_damaged() -> None:
    whole = pickle.dumps(list(range(2_000)), 2)
    with pytest.raises((EOFError, pickle.UnpicklingError)):
        index_files._load_pickle(io.BytesIO(whole[:-10]))


def test_a_class_not_allowed_is_still_refused() -> None:
    with pytest.raises(Refused):
        index_files._load_pickle(_file(io.BytesIO(b"")))
