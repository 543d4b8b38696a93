"""The app says what its index is doing: a long rebuild's progress, and catching up by
itself after losing the lock to a CLI rebuild.

No clock decides it (issue 25): the syncs the app runs are recorded, and the waits for
the status line give up after ``HUNG`` seconds (a hang guard, not a speed claim). How
often the app retries is its constant ``LOCK_RETRY_SECONDS``."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from mhbrief.engine import store
from mhbrief.library import Library

from .helpers import NARROW, MakeApp, settle

HOLD_LOCK = """
import sys
from whoosh.util.filelock import FileLock
lock = FileLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""


HUNG = 30.0  # seconds: a status line that has not changed by then never will


def status(app: object) -> str:
    return str(app.query_one("#status-text").render())  # type: ignore[attr-defined]


class _Recorded(Library):
    """A real library that records whether each sync found the lock held."""

    def __init__(self, briefings: Path, index_dir: Path) -> None:
        super().__init__(briefings, index_dir)
        self.locked: list[bool] = []

    def sync(self, **options: Any) -> Any:
        report = super().sync(**options)
        self.locked.append(report.locked)
        return report


async def test_the_app_retries_the_lock_by_itself_and_clears_out_of_date(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = _Recorded(briefings, tmp_path / "index")
    library.sync()
    library.locked.clear()
    extra = (briefings / "centrum-2021.toml").read_text(encoding="utf-8")
    extra = extra.replace("centrum-2021", "extra-2021").replace("Bram Jansen", "Wijkagent Vos")
    (briefings / "extra-2021.toml").write_text(extra, encoding="utf-8")
    lock = store.store_dir(library.index_dir) / store.LOCK_NAME
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        app = make_app(briefings, library=library)
        async with app.run_test(size=NARROW) as pilot:
            await settle(pilot)
            assert "index may be out of date" in status(app)
            assert library.locked[0] is True
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(timeout=10)
            deadline = time.monotonic() + HUNG
            while "out of date" in status(app):
                assert time.monotonic() < deadline, f"never caught up: {status(app)}"
                await pilot.pause(0.1)
            await settle(pilot)
            # Locked until the holder let go, then one sync that caught up, and no more.
            *waiting, caught_up = library.locked
            assert all(waiting) and caught_up is False, library.locked
            assert "waiting for another mhbrief" not in status(app)
            notices = [str(n.message) for n in app._notifications]
            assert sum("another mhbrief process" in n for n in notices) <= 1
    finally:
        holder.kill()
        holder.wait()


class _Gated(Library):
    """A library whose first sync pauses after its first file, until the test looks."""

    def __init__(self, briefings: Path, index_dir: Path) -> None:
        super().__init__(briefings, index_dir)
        self.gate = threading.Event()

    def sync(self, *, progress: Any = None, **options: Any) -> Any:
        def slow(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == 1:
                self.gate.wait(10)

        return super().sync(progress=slow, **options)


async def test_a_long_rebuild_shows_files_done_of_total_in_the_status(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    library = _Gated(briefings, tmp_path / "fresh-index")  # as after a killed build
    app = make_app(briefings, library=library)
    try:
        async with app.run_test(size=NARROW) as pilot:
            started = time.monotonic()
            while "indexing 1/" not in status(app) and time.monotonic() - started < 10:
                await pilot.pause(0.05)
            assert "indexing 1/4…" in status(app)  # the four files with items
            library.gate.set()
            await settle(pilot)
            assert "indexing" not in status(app)
    finally:
        library.gate.set()
