"""Messages that say what happened: a read-only cache, a long rebuild's progress."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from second_user import VICTIM, as_user, needs_setpriv

from mhbrief import cli
from mhbrief.cli import search as cli_search

FIXTURES = Path(__file__).parent / "fixtures" / "search"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def test_a_search_that_rebuilds_the_index_shows_its_progress_on_stderr(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As after a killed build: no usable index, every file is indexed first.
    real = cli_search.ProgressBar
    monkeypatch.setattr(
        cli_search, "ProgressBar", lambda stream, **_: real(stream, after=0, every=0)
    )
    code = cli.main(["search", "--briefings", str(folder), "funding"])
    out, err = capsys.readouterr()
    assert code == 0 and "network-2020/funding" in out
    lines = err.splitlines()
    assert lines[-1] == "mhbrief: indexing 4/4 files…"
    assert all(line.startswith("mhbrief: indexing ") for line in lines)


@needs_setpriv
def test_a_read_only_cache_says_so_and_answers_from_the_index_as_it_stands(
    world: Path,
    folder: Path,
) -> None:
    briefings = world / "briefings"
    shutil.copytree(folder, briefings)
    home = world / "victim"
    home.mkdir()
    for path in (home, briefings, *briefings.rglob("*")):
        os.chown(path, VICTIM, VICTIM)
    where = home / "index"
    options = ["--briefings", str(briefings), "--index", str(where)]
    assert as_user(VICTIM, home, "index", *options).returncode == 0
    extra = (briefings / "briefings" / "network-2020.toml").read_text(encoding="utf-8")
    (briefings / "extra.toml").write_text(extra.replace("network-2020", "extra-2020"))
    os.chown(briefings / "extra.toml", VICTIM, VICTIM)
    store = next(where.iterdir())
    for path in (where, store):
        path.chmod(0o555)
    try:
        indexed = as_user(VICTIM, home, "index", *options)
        assert indexed.returncode == 1
        assert indexed.stderr.count("\n") == 1
        assert f"the folder {where} is read-only for you" in indexed.stderr
        assert "answers come from the index as it stands" in indexed.stderr
        assert "try again later" not in indexed.stderr
        found = as_user(VICTIM, home, "search", *options, "funding")
        assert found.returncode == 0
        assert "network-2020/funding" in found.stdout  # the index as it stands
        assert found.stderr.count("\n") == 1 and "read-only" in found.stderr
    finally:
        for path in (where, store):
            path.chmod(0o755)
