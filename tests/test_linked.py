"""Nothing changed, nothing done: a sync answers from what the last one concluded.

Each test counts the loads of the folder (a spy on ``parsecache.load_collection``),
never time: a call that may answer from the stored facts must not load, and any
change the facts could depend on must make it load again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from mhbrief import future_dates, linked, parsecache
from mhbrief.engine import store
from mhbrief.library import Library
from mhbrief.loader import load_collection

FIXTURES = Path(__file__).parent / "fixtures" / "search"
OLD = 60  # seconds: an mtime this old is trusted
SOURCE = "Anna de Vries zei: Elke gemeente moet weten wie slachtoffers opvangt.\n"


def aged(path: Path) -> None:
    past = time.time() - OLD
    os.utime(path, (past, past))


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "briefings"
    shutil.copytree(FIXTURES, root)
    centrum = root / "briefings" / "centrum-2018.toml"
    text = centrum.read_text(encoding="utf-8")
    centrum.write_text(
        text.replace("responds_to", 'source_text = "centrum-2018.txt"\nresponds_to', 1),
        encoding="utf-8",
    )
    (root / "briefings" / "centrum-2018.txt").write_text(SOURCE, encoding="utf-8")
    (root / "broken.toml").write_text("format = 1\nkind = [", encoding="utf-8")
    for path in root.rglob("*"):
        aged(path)
    return root


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders loaded (parsed files read back and linked), in order."""
    seen: list[Path] = []
    real = parsecache.load_collection

    def counting(root: Path, *args: object, **kwargs: object) -> object:
        seen.append(root)
        return real(root, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parsecache, "load_collection", counting)
    return seen


def synced(root: Path, index: Path, *, verify: bool = False) -> Library:
    library = Library(root, index)
    library.sync(load=False, verify=verify)
    return library


def version_folder(index: Path) -> Path:
    return store.store_dir(index)


def test_a_second_sync_with_nothing_changed_does_not_load_the_folder(
    tmp_path: Path, loads: list[Path]
) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    first = synced(root, index)
    assert len(loads) == 1
    again = synced(root, index, verify=True)
    assert len(loads) == 1  # answered from the stored facts and the index
    full = load_collection(root)
    assert again.facts.problems == first.facts.problems == full.problems
    assert again.facts.unverified == full.unverified == {"centrum-2018/klant"}
    assert again.facts.failing == first.facts.failing == {"broken.toml"}
    assert again.facts.files == len(full.files) == 6
    assert (again.facts.error_count, again.facts.warning_count) == (
        full.error_count,
        full.warning_count,
    )


def test_the_answer_is_the_same_as_after_a_load(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    loaded = Library(root, index)
    loaded.sync()
    quick = synced(root, index)
    assert len(loads) == 1
    for query in ("klant", "gemeente", "kind:quote"):
        assert quick.search(query) == loaded.search(query)
    response = quick.search("klant")
    flags = {hit.id: hit.unverified for hit in response.hits}
    assert flags["centrum-2018/klant"] is True
    assert quick.search("gemeente").left_out == ("broken.toml",)  # never indexed: said


def test_the_collection_is_loaded_when_asked_for(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    quick = synced(root, index)
    assert len(loads) == 1
    assert quick.collection.get("centrum-2018/gemeente") is not None
    assert len(loads) == 2
    assert quick.collection.problems == quick.facts.problems
    assert len(loads) == 2  # once


def _rewrite(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("weten", "horen"), encoding="utf-8")


def _same_size_with_old_mtime(path: Path) -> None:
    info = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("weten", "wetem"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def _added(path: Path) -> None:
    shutil.copy(path, path.with_name("new.toml"))


CHANGES = {
    "a file rewritten": lambda root: _rewrite(root / "briefings" / "centrum-2018.toml"),
    "a same-size rewrite with its old mtime": lambda root: _same_size_with_old_mtime(
        root / "briefings" / "centrum-2018.toml"
    ),
    "a file added": lambda root: _added(root / "broken.toml"),
    "a file removed": lambda root: (root / "briefings" / "network-2020.toml").unlink(),
    "the broken file fixed": lambda root: (root / "broken.toml").write_text(
        'format = 1\nkind = "themes"\n', encoding="utf-8"
    ),
    "a source text changed": lambda root: _same_size_with_old_mtime(
        root / "briefings" / "centrum-2018.txt"
    ),
    "a hidden file becomes a briefing": lambda root: (root / "plans" / ".x.toml").rename(
        root / "plans" / "x.toml"
    ),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_makes_the_next_sync_load_and_store_anew(
    tmp_path: Path, loads: list[Path], change: str
) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    shutil.copy(root / "broken.toml", root / "plans" / ".x.toml")
    synced(root, index)
    synced(root, index)
    assert len(loads) == 1
    CHANGES[change](root)
    after = synced(root, index)
    assert len(loads) == 2, change
    full = load_collection(root)
    assert after.facts.problems == full.problems
    assert after.facts.unverified == full.unverified
    assert after.facts.files == len(full.files)
    for path in root.rglob("*"):
        aged(path)  # settled: the next call may answer from a new record
    synced(root, index)
    synced(root, index)
    assert len(loads) == 3


def test_an_index_written_since_means_loading_again(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    checksums = version_folder(index) / "checksums.json"
    checksums.write_bytes(checksums.read_bytes())  # any write to a file of the index
    synced(root, index)
    assert len(loads) == 2


def test_a_damaged_index_file_is_repaired_by_index(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    segment = max(version_folder(index).glob("*.seg"), key=lambda p: p.stat().st_size)
    info = segment.stat()
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF  # bit rot: no fingerprint changes
    segment.write_bytes(bytes(data))
    os.utime(segment, ns=(info.st_atime_ns, info.st_mtime_ns))
    library = Library(root, index)
    library.sync(load=False)  # a search does not read every file's checksum ...
    report = library.sync(load=False, verify=True)  # ... an index does, and repairs
    assert report.rebuilt and "damaged" in (report.message or "")
    assert library.search("klant").total > 0


def _connect(index: Path) -> sqlite3.Connection:
    return sqlite3.connect(version_folder(index) / parsecache.CACHE_NAME, isolation_level=None)


def test_a_damaged_record_is_ignored_and_written_again(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    with _connect(index) as connection:
        connection.execute("UPDATE linked SET value = '{not json' WHERE key = 'facts'")
    again = synced(root, index)
    assert len(loads) == 2
    assert again.facts.failing == {"broken.toml"}
    synced(root, index)
    assert len(loads) == 2  # written again whole


def test_a_record_from_other_code_is_ignored(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    with _connect(index) as connection:
        connection.execute("UPDATE linked SET value = 'other' WHERE key = 'code'")
    synced(root, index)
    assert len(loads) == 2


def test_a_record_others_may_write_is_not_read(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    cache = version_folder(index) / parsecache.CACHE_NAME
    os.chmod(cache, 0o664)  # group-writable: anyone in the group could have planted it
    assert linked.read(version_folder(index), root.resolve(), "any") is None
    synced(root, index)
    assert len(loads) == 2


def test_a_stale_sync_stores_nothing(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    synced(root, index)
    with _connect(index) as connection:
        connection.execute("DELETE FROM linked")
    lock = store._write_lock(version_folder(index))
    assert lock.acquire()
    try:
        _rewrite(root / "briefings" / "centrum-2018.toml")
        library = Library(root, index)
        report = library.sync(load=False, lock_timeout=0.1)
        assert report.stale
    finally:
        lock.release()
    with _connect(index) as connection:
        assert connection.execute("SELECT count(*) FROM linked").fetchone() == (0,)


def test_a_link_to_a_briefing_is_checked_on_every_load(tmp_path: Path, loads: list[Path]) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    (root / "link.toml").symlink_to(root / "briefings" / "network-2020.toml")
    synced(root, index)
    synced(root, index)
    assert len(loads) == 2


def test_the_code_key_finds_the_file_of_every_linking_module() -> None:
    package = Path(linked.__file__).resolve().parent
    lost = [
        name for name in linked._LINK_MODULES if not parsecache.module_path(package, name).is_file()
    ]
    assert not lost, f"linked._LINK_MODULES names modules with no file: {lost}"


def test_messages_naming_files_are_not_reused_from_another_folder(
    tmp_path: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A duplicate id's message names the first file as seen from the current folder."""
    root, index = folder(tmp_path), tmp_path / "index"
    duplicate = root / "briefings" / "zz-copy.toml"
    shutil.copy(root / "briefings" / "network-2020.toml", duplicate)
    aged(duplicate)
    monkeypatch.chdir(root)
    synced(root, index)
    synced(root, index)
    assert len(loads) == 1
    monkeypatch.chdir(root / "briefings")
    elsewhere = synced(root, index)
    assert len(loads) == 2
    assert elsewhere.facts.problems == load_collection(root).problems
    assert any("network-2020.toml:3 already uses it" in p.message for p in elsewhere.facts.problems)


def test_a_future_date_is_warned_of_afresh_each_day_until_it_comes(
    tmp_path: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index = folder(tmp_path), tmp_path / "index"
    centrum = root / "briefings" / "centrum-2018.toml"
    text = centrum.read_text(encoding="utf-8")
    centrum.write_text(text.replace("published = 2018-11-13", "published = 2030-01-02"))
    aged(centrum)

    def warned(day: date) -> list[str]:
        monkeypatch.setattr(future_dates, "today", lambda: day)
        facts = synced(root, index).facts
        return [p.message for p in facts.problems if "in the future" in p.message]

    assert [m.split("(")[1] for m in warned(date(2030, 1, 1))] == [
        "today is 2030-01-01), so newest first shows it above everything; check the year"
    ]
    assert len(loads) == 1
    assert len(warned(date(2030, 1, 1))) == 1
    assert len(loads) == 1  # the same day: answered from the stored facts
    assert "today is 2030-01-01" not in warned(date(2029, 12, 31))[0]
    assert len(loads) == 2  # another day: the warning names it, so drawn again
    assert warned(date(2030, 1, 2)) == []  # the day came: no warning any more
    assert len(loads) == 3
    assert warned(date(2031, 5, 5)) == []
    assert len(loads) == 3  # nothing dated ahead: the facts hold on any day
