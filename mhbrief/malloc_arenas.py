"""Fewer C heaps for the app's threads: glibc gives each thread that allocates its own
heap ("arena", up to eight a core), and freed memory in one is not reused by another.

The app runs searches, syncs, state writes and file reads in worker threads, each
leaving its own partly used arena behind. At 100,000 items two arenas took the app's
peak memory in a terminal from 157.9 MB to 151.3 and 152.7 MB (bench/README.md, issue
25), typing within the machine's noise; in a short headless run they change nothing.
Elsewhere (musl, macOS) nothing is done.

Large blocks go straight back to the system when freed: glibc serves a block over its mmap
threshold (128 KiB at first) from a mapping of its own, but each such block freed raises
the threshold (up to 32 MiB), after which a search's large transients (score tables of a
few MiB for a one-letter prefix at 100,000 items) come from the heap, where a small object
left above them keeps their pages. A fixed threshold keeps them mapped: at 100,000 items
the app's peak in a terminal went from 144.7-147.7 MB to 142.8-143.3 MB (alternated, two
runs each, stop 38).
"""

from __future__ import annotations

import ctypes
from typing import Any

#: ``M_ARENA_MAX`` in glibc's ``malloc.h``.
M_ARENA_MAX = -8
#: ``M_MMAP_THRESHOLD``: a fixed value also stops glibc from raising it.
M_MMAP_THRESHOLD = -3
#: Blocks this large or larger get a mapping of their own, unmapped when freed.
LARGE_BLOCK = 1 << 20
#: Arenas the app's threads share: the main thread's and one for the workers.
APP_ARENAS = 2


def _mallopt() -> Any | None:
    """glibc's ``mallopt``, or None where the C library has none."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        return None
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt


def map_large_blocks(size: int = LARGE_BLOCK) -> bool:
    """Give every block of ``size`` bytes or more its own mapping, returned to the system
    when freed; True if the C library took it."""
    mallopt = _mallopt()
    return bool(mallopt and mallopt(M_MMAP_THRESHOLD, size))


def limit_arenas(count: int = APP_ARENAS) -> bool:
    """Let the process use at most ``count`` malloc arenas; True if the C library took it.

    Call before the first worker thread starts: arenas made before stay.
    """
    mallopt = _mallopt()  # None: no glibc-style allocator here
    return bool(mallopt and mallopt(M_ARENA_MAX, count))
