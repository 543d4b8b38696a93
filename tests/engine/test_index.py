"""Incremental sync, problem files, rebuilds, locks and read-only indexes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mhbrief.engine import index
from mhbrief.engine import store as index_store
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"

EXTRA = """
format = 1
kind = "briefing"
id = "extra-2019"
title = "Extra"
published = 2019-05-01
organisation = "Buurtnetwerk"
source_type = "article"

[[quotes]]
id = "q1"
speaker = "Kees Bakker"
text = "De wijkagent kent de uitbuiters."
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


@pytest.fixture
def library(folder: Path, tmp_path: Path) -> Iterator[Library]:
    lib = Library(folder, tmp_path / "index")
    lib.sync()
    yield lib
    lib.close()


def found(lib: Library, query: str) -> list[str]:
    return [hit.id for hit in lib.search(query, limit=1000).hits]


def test_first_sync_indexes_everything_then_nothing_changes(folder: Path, tmp_path: Path) -> None:
    lib = Library(folder, tmp_path / "index")
    assert lib.search("klant").stale  # no index yet
    first = lib.sync()
    assert (first.added, first.updated, first.removed, first.rebuilt) == (15, 0, 0, True)
    again = lib.sync()
    assert (again.added, again.updated, again.removed, again.rebuilt) == (0, 0, 0, False)
    assert found(lib, "wijkagent") == []


def test_added_file_is_indexed(library: Library, folder: Path) -> None:
    (folder / "briefings" / "extra.toml").write_text(EXTRA, encoding="utf-8")
    report = library.sync()
    assert (report.added, report.updated, report.removed) == (2, 0, 0)
    assert found(library, "wijkagent") == ["extra-2019/q1"]


def test_changed_file_is_reindexed(library: Library, folder: Path) -> None:
    path = folder / "briefings" / "centrum-2021.toml"
    path.write_text(
        path.read_text().replace("met veel gemeenten over klanten", "met wijkagenten"), "utf-8"
    )
    report = library.sync()
    assert (report.added, report.updated, report.removed) == (0, 3, 0)
    assert found(library, "wijkagent") == ["centrum-2021/klanten"]
    assert "centrum-2021/klanten" not in found(library, "gemeenten")


def test_deleted_file_is_removed(library: Library, folder: Path) -> None:
    (folder / "briefings" / "network-2020.toml").unlink()
    report = library.sync()
    assert (report.added, report.updated, report.removed) == (0, 0, 4)
    assert found(library, "funding") == []


def test_renamed_file_keeps_each_document_once(library: Library, folder: Path) -> None:
    old = folder / "briefings" / "network-2020.toml"
    old.rename(folder / "renamed.toml")
    library.sync()
    assert found(library, "funding") == ["network-2020/funding"]
    assert sorted(found(library, "org:freedom")) == [
        "network-2020",
        "network-2020/funding",
        "network-2020/progress",
        "network-2020/scattered",
    ]


def test_file_that_stops_loading_keeps_its_last_good_documents(
    library: Library, folder: Path
) -> None:
    path = folder / "briefings" / "network-2020.toml"
    path.write_text(path.read_text() + "\n[[quotes]\nbroken", encoding="utf-8")
    report = library.sync()
    assert not report.stale
    hits = library.search("funding").hits
    assert [hit.id for hit in hits] == ["network-2020/funding"]
    assert hits[0].from_problem_file
    assert any(p.path == path.resolve() for p in library.collection.problems)
    # Fixed again: fresh documents, no longer marked.
    path.write_text(path.read_text().replace("\n[[quotes]\nbroken", ""), encoding="utf-8")
    library.sync()
    assert not library.search("funding").hits[0].from_problem_file


def test_problem_documents_survive_a_rebuild(library: Library, folder: Path) -> None:
    path = folder / "briefings" / "network-2020.toml"
    path.write_text("format = 1\nkind = [", encoding="utf-8")
    library.sync()
    report = library.sync(rebuild=True)
    assert report.rebuilt
    hits = library.search("funding").hits
    assert [hit.id for hit in hits] == ["network-2020/funding"]
    assert hits[0].from_problem_file
    assert found(library, "klanten")  # everything else is back too


def test_file_that_never_loaded_has_no_documents(library: Library, folder: Path) -> None:
    (folder / "broken.toml").write_text(EXTRA.replace("[[quotes]]", "[[quotes]"), "utf-8")
    library.sync()
    assert found(library, "wijkagent") == []
    assert any(p.path.name == "broken.toml" for p in library.collection.problems)


def test_a_new_schema_or_analysis_version_rebuilds_by_itself(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "SCHEMA_VERSION", index.SCHEMA_VERSION + 100)
    report = library.sync()
    assert report.rebuilt
    assert report.added == 15
    assert found(library, "funding") == ["network-2020/funding"]


def test_index_folder_is_writable_by_its_owner_only(library: Library) -> None:
    for folder in (library.index_dir, index_store.store_dir(library.index_dir)):
        assert folder.stat().st_mode & 0o022 == 0


def test_default_index_lives_in_the_user_cache(folder: Path, tmp_path: Path) -> None:
    lib = Library(folder)
    assert str(lib.index_dir).startswith(os.environ["XDG_CACHE_HOME"])
    lib.sync()
    assert found(lib, "funding") == ["network-2020/funding"]
    lib.close()


def test_an_index_others_can_write_is_refused(library: Library) -> None:
    store = index_store.store_dir(library.index_dir)
    store.chmod(0o777)
    library.close()
    report = library.sync()
    assert report.stale
    assert report.message and "writable by other users" in report.message
    assert library.search("funding").stale


HOLD_LOCK = """
import sys
from whoosh.util.filelock import FileLock
lock = FileLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""


def test_held_writer_lock_gives_a_stale_search_not_an_error(library: Library, folder: Path) -> None:
    lock_path = index_store.store_dir(library.index_dir) / index_store.LOCK_NAME
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        (folder / "extra.toml").write_text(EXTRA, encoding="utf-8")
        report = library.sync(lock_timeout=0.3)
        assert report.stale
        assert report.message and "another mhbrief process" in report.message
        response = library.search("funding")
        assert response.stale
        assert [hit.id for hit in response.hits] == ["network-2020/funding"]
        assert found(library, "wijkagent") == []
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    assert lock_path.exists()  # never deleted
    report = library.sync()
    assert not report.stale
    assert found(library, "wijkagent") == ["extra-2019/q1"]


def test_read_only_index_still_searches_and_says_stale(
    library: Library, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "extra.toml").write_text(EXTRA, encoding="utf-8")

    def denied(self: object, blocking: bool = False) -> bool:
        raise PermissionError(13, "Permission denied")

    # What a folder the user cannot write does to Whoosh's lock (we may be root here).
    monkeypatch.setattr("whoosh.util.filelock.FcntlLock.acquire", denied)
    report = library.sync()
    assert report.stale
    assert report.message and "cannot write the index" in report.message
    response = library.search("funding")
    assert response.stale
    assert [hit.id for hit in response.hits] == ["network-2020/funding"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write any folder")
def test_read_only_folder_still_searches(library: Library, folder: Path) -> None:
    store = index_store.store_dir(library.index_dir)
    (folder / "extra.toml").write_text(EXTRA, encoding="utf-8")
    modes = {p: p.stat().st_mode for p in [store, *store.iterdir()]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        report = library.sync()
        assert report.stale
        assert library.search("funding").hits
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_records_coerce_every_field() -> None:
    fields = index.index_fields({"id": "x", "kind": "quote", "themes": ["a", 3], "date": "bad"})
    assert fields["theme"] == "a"
    assert "date" not in fields
    stored = json.loads(fields["data"])  # the record, stored as JSON text
    assert stored["id"] == "x" and stored["themes"] == ["a", 3]


def test_a_hostile_list_of_themes_is_indexed_only_up_to_the_cap(tmp_path: Path) -> None:
    from mhbrief.format import parse_file

    path = tmp_path / "b.toml"
    themes = ", ".join(f'"t{n}"' for n in range(5_000))
    path.write_text(
        'format = 1\nkind = "briefing"\nid = "b"\ntitle = "T"\npublished = 2024-01-01\n'
        'organisation = "O"\nsource_type = "report"\n\n'
        f'[[points]]\nid = "p"\nstance = "critical"\ntext = "t"\nthemes = [{themes}]\n',
        encoding="utf-8",
    )
    source = parse_file(path)
    point = next(r for r in index.records(source, "b.toml") if r["kind"] == "point")
    assert point["themes"] == [f"t{n}" for n in range(index.MAX_LISTED)]
    assert len(point["theme_labels"]) == index.MAX_LISTED
