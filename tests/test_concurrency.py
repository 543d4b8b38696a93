"""Many readers while a writer re-indexes, and a writer killed mid-commit.

Readers run in their own processes, as the CLI and the app do; the index must
never show them half a commit, and a killed writer must leave an index that
opens, with every committed document found exactly once.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from shared import FILES, QUOTES, write_collection

from mhbrief.library import Library

pytestmark = pytest.mark.slow


READER = """
import json, sys, time
from pathlib import Path
from mhbrief.library import Library

briefings, index_dir, stop = (Path(arg) for arg in sys.argv[1:4])
expected = int(sys.argv[4])
library = Library(briefings, index_dir)
searches, problems = 0, []
while not stop.exists() or searches < 5:
    for query in ("kind:quote", "citaat", "revisie"):
        response = library.search(query, limit=1000)
        ids = [hit.id for hit in response.hits]
        if len(ids) != len(set(ids)):
            problems.append(f"duplicate ids for {query}")
        if query == "kind:quote" and response.total != expected:
            problems.append(f"kind:quote found {response.total}, not {expected}")
        if query == "citaat" and response.total != expected:
            problems.append(f"citaat found {response.total}, not {expected}")
        searches += 1
library.close()
print(json.dumps({"searches": searches, "problems": problems[:5]}))
"""

KILLED_WRITER = """
import sys, time
from pathlib import Path
from whoosh.filedb.filestore import FileStorage
from mhbrief.library import Library

original = FileStorage.rename_file

def paused_rename(self, *args, **kwargs):
    # The new TOC is written to a temporary file; we stop just before it is
    # renamed into place: segments are on disk, the commit is not.
    print("committing", flush=True)
    time.sleep(60)
    return original(self, *args, **kwargs)

FileStorage.rename_file = paused_rename
Library(Path(sys.argv[1]), Path(sys.argv[2])).sync()
"""


def test_readers_never_see_a_partial_commit(tmp_path: Path) -> None:
    briefings, index_dir, stop = tmp_path / "briefings", tmp_path / "index", tmp_path / "stop"
    write_collection(briefings, 0)
    library = Library(briefings, index_dir)
    library.sync()
    expected = str(FILES * QUOTES)
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(briefings), str(index_dir), str(stop), expected],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    try:
        for revision in range(1, 6):
            write_collection(briefings, revision)
            report = library.sync(lock_timeout=30, rebuild=revision == 3)
            assert not report.stale
            assert report.updated == FILES * (QUOTES + 1)
    finally:
        stop.touch()
        outputs = [reader.communicate(timeout=120) for reader in readers]
    for (out, err), reader in zip(outputs, readers, strict=True):
        assert reader.returncode == 0, err
        result = json.loads(out)
        assert result["problems"] == []
        assert result["searches"] >= 5
    assert library.search("foxtrot").total == FILES * QUOTES
    library.close()


def test_writer_killed_mid_commit_leaves_a_working_index(tmp_path: Path) -> None:
    briefings, index_dir = tmp_path / "briefings", tmp_path / "index"
    write_collection(briefings, 0)
    library = Library(briefings, index_dir)
    library.sync()
    committed = {hit.id for hit in library.search("citaat", limit=1000).hits}
    assert len(committed) == FILES * QUOTES

    write_collection(briefings, 1)
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(briefings), str(index_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "committing"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL

    # The index opens and holds exactly the committed documents, once each.
    after = Library(briefings, index_dir)
    hits = after.search("citaat", limit=1000).hits
    assert sorted(hit.id for hit in hits) == sorted(committed)
    assert after.search("bravo").total == 0
    # The dead writer's lock went with it: the next writer commits.
    report = after.sync(lock_timeout=5)
    assert not report.stale
    hits = after.search("citaat bravo", limit=1000).hits
    assert sorted(hit.id for hit in hits) == sorted(committed)
    after.close()
    library.close()
