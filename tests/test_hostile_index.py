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


def test_search_in_an_empty_folder_exits_0_with_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    code = main(["search", "--briefings", str(folder), "--json", "anything"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
