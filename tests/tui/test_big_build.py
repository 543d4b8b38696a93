"""The app builds and re-indexes a collection above the parallel threshold by itself.

Inside Textual, ``sys.stderr`` has no file descriptor (``fileno() == -1``): the
parallel build must still start its processes from the app's sync worker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared import FILES, QUOTES, write_collection

from mhbrief.engine import bulkwrite

from .helpers import FIXTURES, NARROW, SIZES, MakeApp, settle, type_text

pytestmark = pytest.mark.slow


def status(app: object) -> str:
    return str(app.query_one("#status-text").render())  # type: ignore[attr-defined]


@SIZES
async def test_the_app_builds_and_reindexes_a_collection_above_the_parallel_threshold(
    tmp_path: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    briefings = tmp_path / "briefings"
    write_collection(briefings, 0)
    shutil.copy(FIXTURES / "basic" / "themes.toml", briefings / "themes.toml")
    documents = FILES * (QUOTES + 1)
    # The real process path, from a threshold this collection is above.
    monkeypatch.setattr(bulkwrite, "MIN_DOCUMENTS", documents // 2)
    started: list[int] = []
    original = bulkwrite.ParallelWriter.__init__

    def counted(self: bulkwrite.ParallelWriter, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        started.append(self.procs)

    monkeypatch.setattr(bulkwrite.ParallelWriter, "__init__", counted)
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert "sync failed" not in status(app)
        assert "out of date" not in status(app)
        assert started == [bulkwrite.PROCS]  # the cold cache was built in parallel
        await type_text(pilot, "citaat")
        assert f"{FILES * QUOTES:,} results" in status(app)
        # An edited themes file re-indexes every item, again in parallel.
        themes = briefings / "themes.toml"
        themes.write_text(themes.read_text("utf-8").replace("Digitaal", "Online"), "utf-8")
        app.main.start_sync()
        await settle(pilot)
        assert started == [bulkwrite.PROCS, bulkwrite.PROCS]
        assert "sync failed" not in status(app)
        assert "out of date" not in status(app)
        assert f"{FILES * QUOTES:,} results" in status(app)


async def test_a_killed_indexing_process_is_one_warning_and_ctrl_r_builds_again(
    tmp_path: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefings = tmp_path / "briefings"
    write_collection(briefings, 0)
    monkeypatch.setattr(bulkwrite, "MIN_DOCUMENTS", 1)
    original = bulkwrite.ParallelWriter._enqueue
    killed: list[int] = []

    def oom(self: bulkwrite.ParallelWriter) -> None:
        if not killed:  # the OOM killer takes a process during the first build only
            process = self.workers[0].process
            process.kill()
            process.wait()
            killed.append(process.pid)
        original(self)

    monkeypatch.setattr(bulkwrite.ParallelWriter, "_enqueue", oom)
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert killed
        warnings = [str(n.message) for n in app._notifications]
        assert any("an indexing process was stopped by SIGKILL" in w for w in warnings)
        assert "sync failed" not in status(app)
        assert "index may be out of date" in status(app)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "out of date" not in status(app)
        await type_text(pilot, "citaat")
        assert f"{FILES * QUOTES:,} results" in status(app)
