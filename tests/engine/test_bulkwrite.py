"""Big updates on two processes: the same index as one writer, from a threaded process, killable."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from shared import FILES, QUOTES, write_collection
from whoosh import index as whoosh_index

from mhbrief.engine import bulkwrite
from mhbrief.engine.index import SCHEMA
from mhbrief.library import Library

pytestmark = pytest.mark.slow

QUERIES = ("citaat", "spreker 3", "revisie alfa", "stuk 1*", "kind:quote")

KILLED_PARALLEL = """
import os, sys, time
from pathlib import Path
from mhbrief.engine import bulkwrite
from mhbrief.library import Library

bulkwrite.MIN_DOCUMENTS = 1
original = bulkwrite.ParallelWriter._commit

def paused(self, *args, **kwargs):
    print(" ".join(str(w.process.pid) for w in self.workers), flush=True)
    time.sleep(60)

bulkwrite.ParallelWriter._commit = paused
Library(Path(sys.argv[1]), Path(sys.argv[2])).sync()
"""


def ranking(library: Library) -> dict[str, tuple[int, list[tuple[str, float]]]]:
    found = {}
    for query in QUERIES:
        response = library.search(query, limit=1000)
        found[query] = (response.total, sorted((h.id, round(h.score, 9)) for h in response.hits))
    return found


def test_a_parallel_build_from_a_threaded_process_equals_a_single_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefings = tmp_path / "briefings"
    write_collection(briefings, 0)
    with Library(briefings, tmp_path / "serial") as serial:
        serial.sync()
        expected = ranking(serial)
    # Other threads busy with locks and output, as in the app, while the writer forks.
    stop = threading.Event()
    lock = threading.Lock()

    def busy() -> None:
        while not stop.is_set():
            with lock:
                sys.stderr.write("")
                sys.stderr.flush()

    threads = [threading.Thread(target=busy, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    monkeypatch.setattr(bulkwrite, "MIN_DOCUMENTS", 1)
    try:
        with Library(briefings, tmp_path / "parallel") as parallel:
            report = parallel.sync()
            assert report.added == FILES * (QUOTES + 1)
            assert ranking(parallel) == expected
    finally:
        stop.set()
    assert expected["kind:quote"][0] == FILES * QUOTES


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in status


def test_killing_a_parallel_build_leaves_no_process_and_a_working_index(tmp_path: Path) -> None:
    briefings, index_dir = tmp_path / "briefings", tmp_path / "index"
    write_collection(briefings, 0)
    temp = tmp_path / "temp"
    temp.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_PARALLEL, str(briefings), str(index_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert writer.stdout is not None
    pids = [int(pid) for pid in writer.stdout.readline().split()]
    assert pids
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(pid) for pid in pids)
    assert writer.stderr is not None
    assert writer.stderr.read() == ""  # the processes went quietly
    assert not list(temp.iterdir())  # no pymp-* folder left behind
    # The lock went with the writer: the next sync builds the index.
    with Library(briefings, index_dir) as library:
        report = library.sync(lock_timeout=5)
        assert not report.stale
        assert library.search("citaat", limit=1000).total == FILES * QUOTES


KILLED_WORKER = """
import os, signal, sys
from mhbrief.engine import bulkwrite
from mhbrief.cli import main

bulkwrite.MIN_DOCUMENTS = 1
original = bulkwrite.ParallelWriter._enqueue

def killing(self):
    if self._next == 1:  # the first batch is in: the OOM killer takes a process
        os.kill(self.workers[0].process.pid, signal.SIGKILL)
        self.workers[0].process.wait()
    original(self)

bulkwrite.ParallelWriter._enqueue = killing
sys.exit(main(["index", "--briefings", sys.argv[1], "--index", sys.argv[2]]))
"""


def test_a_killed_indexing_process_gives_one_line_and_keeps_the_last_good_index(
    tmp_path: Path,
) -> None:
    briefings, index_dir = tmp_path / "briefings", tmp_path / "index"
    write_collection(briefings, 0)
    with Library(briefings, index_dir) as library:
        library.sync()
    write_collection(briefings, 1)  # a new revision, every file changed
    temp = tmp_path / "temp"
    temp.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WORKER, str(briefings), str(index_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("mhbrief: error: the index was not updated: ")
    assert "an indexing process was stopped by SIGKILL" in lines[0]
    assert "Traceback" not in done.stderr + done.stdout
    assert not list(temp.iterdir())  # no pymp-* or other folder left behind
    with Library(briefings, index_dir) as library:  # the last good index answers
        assert library.search("alfa", limit=1000).total == FILES * QUOTES
        assert library.search("bravo", limit=1000).total == 0


@pytest.mark.parametrize("python", ["/nonexistent/python", "/bin/false"], ids=["missing", "fails"])
def test_where_no_process_can_start_the_update_runs_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, python: str
) -> None:
    briefings = tmp_path / "briefings"
    write_collection(briefings, 0)
    monkeypatch.setattr(bulkwrite, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(bulkwrite.sys, "executable", python)
    with Library(briefings, tmp_path / "index") as library:
        report = library.sync()
        assert not report.stale
        assert report.added == FILES * (QUOTES + 1)
        assert library.search("citaat", limit=1000).total == FILES * QUOTES


def test_a_failing_indexing_process_says_its_last_line(tmp_path: Path) -> None:
    """Its error output is read before it is closed (was: ValueError, seek of closed file)."""
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    workers = bulkwrite._start(ix, 1, 16)
    assert workers is not None
    workers[0].send(pickle.dumps([{"no_such_field": "x"}]))
    with pytest.raises(bulkwrite.BuildFailed, match=r"failed: .*UnknownFieldError"):
        workers[0].segment()
