"""A second user on this machine, as a victim or an attacker: who they are, how a test
runs mhbrief as them (``setpriv``, as root only), and the index an attacker plants.

A plain module: the trust tests of the engine, of unreadable folders and of the
messages import from here (the ``world`` fixture they share is in ``conftest.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from mhbrief.engine import index
from mhbrief.engine import store as index_store

VICTIM, ATTACKER = 65534, 12345
SETPRIV = shutil.which("setpriv")
MAIN = "import sys; from mhbrief.cli import main; sys.exit(main(sys.argv[1:]))"


class Payload:
    """Pickles to a call of ``os.system``: what an attacker plants in a TOC."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def plant_toc(folder: Path, marker: Path, generation: int = 1) -> None:
    """A TOC whose segment list runs ``touch marker`` when unpickled."""
    folder.mkdir(parents=True, exist_ok=True)
    TOC(index.SCHEMA, Payload(marker), generation).write(
        FileStorage(str(folder)), index_store.INDEX_NAME
    )


def switch(uid: int) -> list[str]:
    assert SETPRIV
    return [SETPRIV, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--"]


def as_user(uid: int, home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    assert SETPRIV
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [*switch(uid), sys.executable, "-c", MAIN, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


needs_setpriv = pytest.mark.skipif(
    os.geteuid() != 0 or SETPRIV is None,
    reason="a second user needs root and setpriv (util-linux) to switch to it",
)
