"""Fixtures for the app: fixture folders copied to tmp, apps built like the CLI builds them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mhbrief.config import Settings
from mhbrief.library import Library
from mhbrief.tui.app import MHBriefApp, create_app

from .helpers import (
    BROWSE,
    FIXTURES,
    HOSTILE_QUOTE,
    TODAY,
    MakeApp,
)


@pytest.fixture
def briefings(tmp_path: Path) -> Path:
    """A writable copy of the basic fixture folder."""
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES / "basic", folder)
    return folder


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[MakeApp]:
    """Build the app over a folder the way ``mhbrief`` does (live reload off unless asked)."""
    libraries: list[Library] = []

    def _make(folder: Path, *, library: Library | None = None, **settings: object) -> MHBriefApp:
        options: dict[str, object] = {"live_reload": False, **settings}
        lib = library or Library(folder, tmp_path / "index")
        libraries.append(lib)
        return create_app(lib, settings=Settings(**options), today=TODAY)  # type: ignore[arg-type]

    yield _make
    for lib in libraries:
        lib.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writable copy of the browse fixture folder (plans, sources, speakers)."""
    shutil.copytree(BROWSE, tmp_path / "briefings")
    return tmp_path / "briefings"


@pytest.fixture
def hostile(folder: Path) -> Path:
    """The browse folder with markup and a click action in a quote and in a source."""
    network = folder / "network-2024.toml"
    network.write_text(network.read_text(encoding="utf-8") + HOSTILE_QUOTE, encoding="utf-8")
    source = folder / "sources" / "centrum-2018.txt"
    source.write_text(
        "Kop [bold]a [/] b[@click=app.quit]x[/]\n\n"
        "Woordvoerder: “Elke gemeente moet weten wie slachtoffers opvangt.” [/bold]\n",
        encoding="utf-8",
    )
    return folder
