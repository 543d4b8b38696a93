"""The app's threads share two malloc arenas where the C library is glibc."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not GLIBC, reason="glibc's mallopt only")
def test_glibc_takes_the_limit_and_threads_still_allocate() -> None:
    script = (
        "import threading\n"
        "from mhbrief.malloc_arenas import limit_arenas\n"
        "assert limit_arenas()\n"
        "out = []\n"
        "def work(): out.append(len(bytearray(10_000_000)))\n"
        "threads = [threading.Thread(target=work) for _ in range(8)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(sum(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(8 * 10_000_000)


#: Twenty 2 MB blocks, each with a small object allocated after it that stays: freed, the
#: blocks come back to the system only if each had a mapping of its own.
LARGE_BLOCKS = (
    "import re, sys\n"
    "from mhbrief.malloc_arenas import map_large_blocks\n"
    "if sys.argv[1] == 'mapped': assert map_large_blocks()\n"
    "def rss():\n"
    "    status = open('/proc/self/status').read()\n"
    "    return int(re.search(r'VmRSS:\\s+(\\d+)', status).group(1)) // 1024\n"
    "first = bytearray(8_000_000); del first  # glibc's own threshold rises to 8 MB\n"
    "before = rss()\n"
    "blocks, kept = [], []\n"
    "for _ in range(20):\n"
    "    blocks.append(bytearray(b'x' * 2_000_000)); kept.append(bytes(200_000))\n"
    "del blocks\n"
    "print(rss() - before)\n"
)


@pytest.mark.skipif(not GLIBC, reason="glibc's mallopt only")
def test_large_blocks_freed_between_kept_ones_leave_the_process() -> None:
    def grown(mode: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", LARGE_BLOCKS, mode], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return int(done.stdout)

    assert grown("default") >= 20  # the freed blocks still count: the pitfall is real
    assert grown("mapped") <= 10  # only the small blocks kept stay
