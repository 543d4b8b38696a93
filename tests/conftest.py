"""Shared fixtures: isolated cache/config folders, and small briefing folders."""

from __future__ import annotations

import os
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"
CKM_NAME = "ckm-2018-11-13-mensenhandel-ambitie.txt"
#: The CKM statement: the shared original where this checkout sits beside it, else the
#: copy archived in briefings/sources (byte-identical: test_repository_briefings checks
#: that whenever the original is present), so a clone elsewhere still runs these tests.
CKM_SOURCE_PATH = (
    SHARED_SOURCES / CKM_NAME
    if (SHARED_SOURCES / CKM_NAME).is_file()
    else REPO / "briefings" / "sources" / CKM_NAME
)


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


WriteFile = Callable[[str, str], Path]


@pytest.fixture
def write(tmp_path: Path) -> WriteFile:
    """Write a dedented text file below ``tmp_path/briefings`` and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / "briefings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


THEMES = """
format = 1
kind = "themes"

[themes.digitaal]
label = "Digitaal"
description = "Online werving en digitale opsporing"

[themes.financiering]
label = "Financiering"
"""

PLAN = """
format = 1
kind = "plan"
id = "plan-a"
title = "Plan A"
published = 2018-11-13

[[sections]]
id = "actielijn-1"
number = "1"
title = "Basisaanpak"
text = "Samenvatting van actielijn 1."
themes = ["digitaal"]

[[sections]]
id = "actielijn-1.1"
title = "Onderdeel"
text = "Een onderdeel."
parent = "actielijn-1"
"""

BRIEFING = """
format = 1
kind = "briefing"
id = "org-2018-stelling"
title = "Een stelling"
published = 2018-11-13
organisation = "Centrum"
organisation_short = "C"
source_type = "press-statement"
responds_to = ["plan-a"]

[[quotes]]
id = "q1"
speaker = "Anna de Vries"
role = "woordvoerder"
context = "Te weinig innovatie"
text = "Wij missen een digitale aanpak."
themes = ["digitaal"]
sections = ["plan-a/actielijn-1"]

[[points]]
id = "p1"
stance = "critical"
text = "Er komt geen extra geld."
themes = ["financiering"]
sections = ["plan-a/actielijn-1.1"]
"""


@pytest.fixture
def good_folder(write: WriteFile) -> Path:
    """A small valid collection: a themes file, a plan and a briefing."""
    write("themes.toml", THEMES)
    write("plans/plan-a.toml", PLAN)
    return write("briefing.toml", BRIEFING).parent
