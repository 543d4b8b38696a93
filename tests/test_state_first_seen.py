"""First-seen dates at any collection size: a write costs what is new, not what was seen."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import tomli_w

from mhbrief.state import FIRST_SEEN_CHUNK, MAX_STATE_BYTES, StateStore

DAY1 = date(2026, 11, 1)
DAY2 = date(2026, 12, 1)
#: A collection of 100k items: ids as the loader makes them, generated, not read.
BIG = [f"briefing-{n // 20:05d}/quote-{n % 20:02d}" for n in range(100_000)]


@pytest.fixture
def store(tmp_path: Path) -> StateStore:
    folder = tmp_path / "briefings"
    folder.mkdir()
    return StateStore(folder, tmp_path / "state")


def files(store: StateStore) -> dict[str, tuple[int, int]]:
    """Each first-seen file with its inode and modification time (a write changes them)."""
    found = {}
    for path in sorted((store.folder / "first-seen").iterdir()):
        status = path.stat()
        found[path.name] = (status.st_ino, status.st_mtime_ns)
    return found


def test_100k_items_are_kept_and_a_later_day_writes_only_what_it_adds(store: StateStore) -> None:
    assert store.note_first_seen(iter(BIG), DAY1) == 100_000  # read once, as they come
    before = files(store)
    assert len(before) == -(-100_000 // FIRST_SEEN_CHUNK)
    assert all(
        (store.folder / "first-seen" / name).stat().st_size < MAX_STATE_BYTES for name in before
    )

    added = ["briefing-99999/quote-00", "briefing-99999/quote-01"]
    assert store.note_first_seen([*BIG, *added], DAY2) == 2
    seen = store.first_seen()
    after = files(store)
    assert {name: after[name] for name in before} == before  # not one of them rewritten
    assert set(after) - set(before) == {"2026-12-01-0001.toml"}

    again = StateStore(store.briefings, store.folder).first_seen()  # the next session
    assert again == seen
    assert len(again) == 100_002
    assert again[BIG[0]] == DAY1 and again[BIG[-1]] == DAY1
    assert again[added[0]] == DAY2
    compact = StateStore(store.briefings, store.folder).seen_days()
    assert len(compact) == 100_002
    assert compact.day(BIG[0]) == DAY1 and compact.day(added[1]) == DAY2
    assert compact.day("briefing-99999/quote-02") is None
    assert store.problems == []


def test_the_same_day_grows_its_last_document_and_starts_a_new_one_when_full(
    store: StateStore,
) -> None:
    store.note_first_seen(BIG[: FIRST_SEEN_CHUNK - 1], DAY1)
    store.note_first_seen(BIG[: FIRST_SEEN_CHUNK + 5], DAY1)
    assert sorted(files(store)) == ["2026-11-01-0001.toml", "2026-11-01-0002.toml"]
    assert len(store.first_seen()) == FIRST_SEEN_CHUNK + 5


def test_the_single_file_of_older_versions_is_read_past_the_old_cap_and_moved_over(
    store: StateStore,
) -> None:
    legacy = store.path("first-seen")
    legacy.parent.mkdir(parents=True)
    dates = {item: (DAY1 if n % 2 else DAY2) for n, item in enumerate(BIG)}
    legacy.write_bytes(tomli_w.dumps({"version": 1, "items": dates}).encode())
    assert legacy.stat().st_size > MAX_STATE_BYTES  # refused by the old reader
    assert store.first_seen() == dates
    compact = store.seen_days()
    assert [compact.day(item) for item in BIG[:4]] == [dates[item] for item in BIG[:4]]
    assert store.problems == []

    today = date(2026, 12, 4)
    store.note_first_seen([*BIG, "nieuw-2026/q"], today)
    assert not legacy.exists()
    again = StateStore(store.briefings, store.folder).first_seen()
    assert again == {**dates, "nieuw-2026/q": today}


def test_a_damaged_document_is_left_alone_and_the_others_keep_working(
    store: StateStore,
) -> None:
    store.note_first_seen(["a/q1", "a/q2"], DAY1)
    store.note_first_seen(["b/q1"], DAY2)
    damaged = store.folder / "first-seen" / "2026-11-01-0001.toml"
    damaged.write_text('version = 1\nday = 2026-11-01\nids = ["a/q1"]\n', "utf-8")
    os.utime(damaged, ns=(1, 1))
    assert store.first_seen() == {"b/q1": DAY2}
    assert [p.path.name for p in store.problems] == ["2026-11-01-0001.toml"]
    assert "'ids' should be a text of item ids" in store.problems[0].message
    assert store.note_first_seen(["a/q1", "b/q1"], DAY2) == 1  # saving still works
    assert store.first_seen() == {"a/q1": DAY2, "b/q1": DAY2}
    assert damaged.read_text("utf-8").endswith("]\n")  # untouched
