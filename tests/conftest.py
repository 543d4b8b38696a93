"""Shared fixtures: isolated cache/config folders, and small briefing folders."""

from __future__ import annotations

import os
import shutil
import tempfile
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from shared import BRIEFING, PLAN, THEMES, WriteFile

import mhbrief.cli  # noqa: F401  (holds full collections while the modules load)
from mhbrief import startup_gc

# A test process imports the CLI without running a command: the collector as usual.
startup_gc.release()


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: two workers a core (at most 8). Many app, terminal and SSH tests wait
    on a screen, a timer or a child process rather than compute, so on a 2-core machine
    four workers ran the suite in 385 s against 540 s for two."""
    return min(8, 2 * (os.cpu_count() or 1))


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the user's real cache, config, state or briefings during tests."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.delenv("MHBRIEF_BRIEFINGS", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)


@pytest.fixture
def fifo() -> Iterator[Callable[[Path], Path]]:
    """Make named pipes; should code under test block reading one, a writer opens each
    after a few seconds, so a regression fails the test instead of hanging the suite."""
    made: list[Path] = []
    done = threading.Event()

    def release() -> None:
        if done.wait(5):
            return
        for path in made:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # wakes a blocked reader
            os.close(fd)

    def make(path: Path) -> Path:
        os.mkfifo(path)
        made.append(path)
        return path

    releaser = threading.Thread(target=release, daemon=True)
    releaser.start()
    yield make
    done.set()
    releaser.join()


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """Write a dedented text file below ``tmp_path/briefings`` and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / "briefings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def good_folder(write: WriteFile) -> Path:
    """A small valid collection: a themes file, a plan and a briefing."""
    write("themes.toml", THEMES)
    write("plans/plan-a.toml", PLAN)
    return write("briefing.toml", BRIEFING).parent


@pytest.fixture
def world() -> Iterator[Path]:
    """A folder both test users can reach (pytest's tmp_path is root's only)."""
    base = Path(tempfile.mkdtemp(prefix="mhbrief-trust-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)
