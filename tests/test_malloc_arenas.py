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
