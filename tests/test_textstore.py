"""The text store: records read back exactly, from any thread; when it cannot be written,
nothing is lost."""

from __future__ import annotations

import threading
from pathlib import Path

from mhbrief.textstore import TextStore

RECORDS = [
    ("Elke gemeente moet weten wie slachtoffers opvangt.", None, ("themes", "opvang", 7, 11)),
    ("", "Reactie op het plan \u2018Samen tegen mensenhandel\u2019 \U0001f600", ()),
    ("x" * 200_000, None, ()),
]


def test_records_read_back_exactly(tmp_path: Path) -> None:
    store = TextStore(str(tmp_path))
    handles = store.put(RECORDS)
    assert handles is not None
    assert [store.get(handle) for handle in reversed(handles)] == list(reversed(RECORDS))
    assert store.size > 200_000


def test_the_file_has_no_name_others_could_open(tmp_path: Path) -> None:
    store = TextStore(str(tmp_path))
    assert store.put(RECORDS)
    assert list(tmp_path.iterdir()) == []


def test_threads_writing_at_once_each_read_their_own(tmp_path: Path) -> None:
    store = TextStore(str(tmp_path))
    found: dict[int, list[int]] = {}

    def write(number: int) -> None:
        records = [(f"{number}-{i}", None) for i in range(200)]
        found[number] = store.put(records) or []

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for number, handles in found.items():
        assert [store.get(h)[0] for h in handles] == [f"{number}-{i}" for i in range(200)]


def test_without_a_usable_folder_values_stay_where_they_are(tmp_path: Path) -> None:
    store = TextStore(str(tmp_path / "missing"))
    assert store.put(RECORDS) is None
    assert store.put(RECORDS) is None  # it does not try again on every file
