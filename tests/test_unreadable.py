"""A folder that cannot be read never disappears silently: it is an error naming
the folder, and its indexed items stay searchable, flagged, as for a file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from second_user import VICTIM, as_user, needs_setpriv

from mhbrief import cli
from mhbrief.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "search"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


@pytest.fixture
def locked_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Folders listed here raise PermissionError when listed (as for another user)."""
    denied: set[str] = set()
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if not isinstance(path, int) and os.fspath(path) in denied:  # an int: a folder handle
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    yield denied


def test_an_unreadable_subfolder_is_an_error_and_its_items_stay_flagged(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, locked_out: set[str]
) -> None:
    sub = folder / "briefings"
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        assert [h.id for h in library.search("funding").hits] == ["network-2020/funding"]
        locked_out.add(str(sub))
        report = library.sync()
        assert report.removed == 0
        (problem,) = [p for p in library.collection.problems if p.path == sub]
        assert problem.is_error
        assert problem.message.startswith("cannot read this folder (permission denied)")
        (hit,) = library.search("funding").hits
        assert hit.id == "network-2020/funding" and hit.from_problem_file
        # A rebuild keeps them too.
        library.sync(rebuild=True)
        (hit,) = library.search("funding").hits
        assert hit.from_problem_file
    code = cli.main(["validate", "--briefings", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{sub}: error: cannot read this folder (permission denied)" in out + err
    locked_out.clear()
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        (hit,) = library.search("funding").hits
        assert not hit.from_problem_file


@needs_setpriv
def test_another_users_unreadable_folder_for_real(world: Path, folder: Path) -> None:
    briefings = world / "briefings"
    shutil.copytree(folder, briefings)
    home = world / "victim"
    home.mkdir()
    for path in (home, briefings, *briefings.rglob("*")):
        os.chown(path, VICTIM, VICTIM)
    index = ["--briefings", str(briefings), "--index", str(home / "index")]
    assert as_user(VICTIM, home, "index", *index).returncode == 0
    (briefings / "briefings").chmod(0o000)
    try:
        checked = as_user(VICTIM, home, "validate", "--briefings", str(briefings))
        assert checked.returncode == 1
        assert "briefings/briefings: error: cannot read this folder (permission denied)" in (
            checked.stdout + checked.stderr
        )
        found = as_user(VICTIM, home, "search", *index, "funding")
        assert found.returncode == 0
        assert "network-2020/funding" in found.stdout
        assert "from a file with problems" in found.stdout
    finally:
        (briefings / "briefings").chmod(0o755)
