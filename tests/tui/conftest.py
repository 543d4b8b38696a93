"""Fixtures for the app: fixture folders copied to tmp, apps built like the CLI builds them."""

from __future__ import annotations

import dataclasses
import datetime
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from textual.pilot import Pilot

from mhbrief.config import Settings
from mhbrief.library import Library
from mhbrief.model import Kind, Status
from mhbrief.results import Highlight, Hit, SearchResponse, Span
from mhbrief.tui.app import MHBriefApp, create_app

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = datetime.date(2026, 11, 28)
NARROW = (80, 24)
WIDE = (160, 48)
SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x48"])

MakeApp = Callable[..., MHBriefApp]
#: Worker groups whose results tests wait for before asserting.
WAITED = ("search", "sync", "related", "source")


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


async def settle(pilot: Pilot[None]) -> None:
    """Wait until no search or sync worker is running and the messages are handled."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        busy = [w for w in app.workers if w.group in WAITED and not w.is_finished]
        if not busy:
            await pilot.pause()
            if not [w for w in app.workers if w.group in WAITED and not w.is_finished]:
                return
            continue
        await app.workers.wait_for_complete(busy)


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)
    await settle(pilot)


class ManyHits(Library):
    """A real library whose search returns ``count`` synthetic hits (for the big-list tests)."""

    def __init__(self, briefings: Path, index_dir: Path, count: int) -> None:
        super().__init__(briefings, index_dir)
        self.count = count

    def search(self, query: str, **options: Any) -> SearchResponse:
        base = super().search(query, **{**options, "limit": 1})
        hits = tuple(
            Hit(
                id=f"many/q{i}",
                kind=Kind.QUOTE,
                score=1.0,
                briefing="many",
                title="Many",
                speaker=f"Speaker {i}",
                role=None,
                organisation="Org",
                date=datetime.date(2020, 1, 1),
                language="nl",
                stance=None,
                status=Status.CURRENT,
                context=None,
                text=f"quote number {i} about {query}",
                themes=(),
                sections=(),
                highlights=(
                    Highlight("text", (Span(f"quote number {i} about ", False), Span(query, True))),
                ),
            )
            for i in range(self.count)
        )
        return dataclasses.replace(
            base, total=self.count, hits=hits, facets=MappingProxyType({"theme": {}})
        )


class BrokenSearch(Library):
    """A library whose search fails, as a bug or a broken index would."""

    def search(self, query: str, **options: Any) -> SearchResponse:
        raise RuntimeError("index exploded")
