"""The index's idea of which files it holds ignores deleted documents."""

from __future__ import annotations

import shutil
from pathlib import Path

from mhbrief import index
from mhbrief.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "search"


def test_file_removed_then_put_back_unchanged_is_indexed_again(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    path = folder / "briefings" / "network-2020.toml"
    parked = tmp_path / "parked.toml"
    with Library(folder, tmp_path / "index") as lib:
        lib.sync()
        assert lib.search("funding").total == 1
        shutil.move(path, parked)
        removed = lib.sync()
        assert removed.removed == 4
        assert lib.search("funding").total == 0
        shutil.move(parked, path)
        back = lib.sync()
        assert back.added == 4  # was 0: the deleted documents' terms still counted
        assert [hit.id for hit in lib.search("funding").hits] == ["network-2020/funding"]
        again = lib.sync()
        assert (again.added, again.updated, again.removed) == (0, 0, 0)


def test_indexed_files_lists_only_files_with_live_documents(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    with Library(folder, tmp_path / "index") as lib:
        lib.sync()
        (folder / "briefings" / "network-2020.toml").unlink()
        lib.sync()
        indexed = index.indexed_files(index.open_index(index.store_dir(lib.index_dir)))
    assert "briefings/network-2020.toml" not in indexed
    assert "briefings/centrum-2021.toml" in indexed


def test_did_you_mean_never_offers_a_word_only_deleted_documents_held(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    with Library(folder, tmp_path / "index") as lib:
        lib.sync()
        assert lib.search("fundin").suggestion == "funding"
        (folder / "briefings" / "network-2020.toml").unlink()
        lib.sync()
        assert lib.search("funding").total == 0
        assert lib.search("fundin").suggestion != "funding"
