"""The index under hostile conditions: empty, corrupt, moved, read-only, edited between runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mhbrief.cli import main
from mhbrief.library import Library

THEMES_ONLY = """format = 1
kind = "themes"

[themes.digitaal]
label = "Digitaal"
"""


def test_a_folder_with_no_searchable_documents_searches_to_no_results(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "themes.toml").write_text(THEMES_ONLY, encoding="utf-8")
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        response = library.search("digitaal")
    assert (response.total, response.hits) == (0, ())
    assert all(not counts for counts in response.facets.values())


def test_search_in_an_empty_folder_exits_1_with_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    code = main(["search", "--briefings", str(folder), "--json", "anything"])
    assert code == 1  # nothing found, as grep says it; not an error (2)
    assert json.loads(capsys.readouterr().out)["total"] == 0


FIXTURES = Path(__file__).parent / "fixtures" / "search"


def _indexed(tmp_path: Path) -> tuple[Path, Path, int]:
    import shutil

    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    index_dir = tmp_path / "index"
    with Library(folder, index_dir) as library:
        library.sync()
        total = library.search("kind:quote", limit=100).total
    assert total > 0
    return folder, index_dir, total


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:10])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[: min(len(data), 64)] = b"\xa5" * min(len(data), 64)
    path.write_bytes(bytes(data))


CORRUPTIONS = {
    "toc truncated": ("*.toc", _truncate),
    "toc garbled": ("*.toc", _garble),
    "segment truncated": ("*.seg", _truncate),
    "segment deleted": ("*.seg", Path.unlink),
}


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_a_corrupt_index_is_rebuilt_by_the_next_sync(tmp_path: Path, corruption: str) -> None:
    folder, index_dir, total = _indexed(tmp_path)
    pattern, damage = CORRUPTIONS[corruption]
    for path in index_dir.rglob(pattern):
        damage(path)
    with Library(folder, index_dir) as library:
        report = library.sync()
        assert not report.stale
        assert report.rebuilt
        assert library.search("kind:quote", limit=100).total == total


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_searching_a_corrupt_index_without_a_sync_says_stale_instead_of_crashing(
    tmp_path: Path, corruption: str
) -> None:
    folder, index_dir, _ = _indexed(tmp_path)
    pattern, damage = CORRUPTIONS[corruption]
    for path in index_dir.rglob(pattern):
        damage(path)
    with Library(folder, index_dir) as library:
        response = library.search("kind:quote")
    assert response.stale
    assert response.total == 0
    assert library.stale_message and "mhbrief index --rebuild" in library.stale_message


def test_the_index_command_repairs_a_corrupt_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, index_dir, total = _indexed(tmp_path)
    for path in index_dir.rglob("*.toc"):
        _truncate(path)
    argv = ["--briefings", str(folder), "--index", str(index_dir)]
    assert main(["index", *argv]) == 0
    capsys.readouterr()
    assert main(["search", *argv, "--json", "--limit", "100", "kind:quote"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == total


def _scatter(path: Path, seed: int) -> None:
    """Overwrite runs of bytes all through a file, as a bad disk or a bad copy would."""
    import random

    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    size = len(data)
    for offset in range(size // 10, size - size // 10, size // 12):
        for k in range(200):
            data[offset + k] = rnd.randrange(256)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(6))
def test_garbled_segment_data_never_crashes_a_search_and_rebuild_repairs_it(
    tmp_path: Path, seed: int
) -> None:
    folder, index_dir, total = _indexed(tmp_path)
    for path in index_dir.rglob("*.seg"):
        _scatter(path, seed)
    with Library(folder, index_dir) as library:
        library.sync()
        response = library.search("kind:quote", limit=100)
        if response.stale:
            assert library.stale_message and "--rebuild" in library.stale_message
        else:
            assert response.total == total
        assert not library.sync(rebuild=True).stale
        assert library.search("kind:quote", limit=100).total == total


def test_briefings_whose_file_names_are_not_utf8_are_indexed_apart(tmp_path: Path) -> None:
    import os
    import shutil

    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES, folder)
    original = folder / "briefings" / "centrum-2018.toml"
    text = original.read_text(encoding="utf-8")
    original.unlink()
    # Two names that differ only in their non-UTF-8 byte must stay two files.
    (folder / os.fsdecode(b"a\xfe.toml")).write_text(text, encoding="utf-8")
    other = text.replace('id = "centrum-2018"', 'id = "centrum-2018-b"')
    (folder / os.fsdecode(b"a\xff.toml")).write_text(other, encoding="utf-8")
    with Library(folder, tmp_path / "index") as library:
        assert not library.sync().stale
        ids = {hit.briefing for hit in library.search("kind:briefing", limit=100).hits}
        assert {"centrum-2018", "centrum-2018-b"} <= ids
        (folder / os.fsdecode(b"a\xff.toml")).unlink()
        library.sync()
        ids = {hit.briefing for hit in library.search("kind:briefing", limit=100).hits}
        assert "centrum-2018" in ids and "centrum-2018-b" not in ids
