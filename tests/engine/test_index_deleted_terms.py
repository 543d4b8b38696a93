"""The index's idea of which files it holds ignores deleted documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mhbrief.engine import store as index_store
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"


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
        indexed = index_store.indexed_files(
            index_store.open_index(index_store.store_dir(lib.index_dir))
        )
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


@pytest.mark.parametrize("read_deleted", [True, False])
def test_a_file_deleted_from_a_segment_that_keeps_others_is_not_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_deleted: bool
) -> None:
    """The file keys of a segment's deleted documents are read back from their records
    (or, past MAX_DELETED_READ, every key's postings are looked at): the same answer."""
    if not read_deleted:
        monkeypatch.setattr(index_store, "MAX_DELETED_READ", 0)
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    with Library(folder, tmp_path / "index") as lib:
        lib.sync()
        ix = index_store.open_writable(index_store.store_dir(lib.index_dir))
    writer = ix.writer()
    writer.delete_by_term("source", "briefings/network-2020.toml")
    writer.commit(merge=False)  # the deletions stay in the one segment
    with ix.reader() as reader:
        assert [leaf.has_deletions() for leaf, _ in reader.leaf_readers()] == [True]
    indexed = index_store.indexed_files(ix)
    assert "briefings/network-2020.toml" not in indexed
    assert "briefings/centrum-2021.toml" in indexed
