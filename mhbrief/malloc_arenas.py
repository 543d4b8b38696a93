"""Fewer C heaps for the app's threads: glibc gives each thread that allocates its own
heap ("arena", up to eight a core), and freed memory in one is not reused by another.

The app runs searches, syncs, state writes and file reads in worker threads, each
leaving its own partly used arena behind. At 100,000 items two arenas took the app's
peak memory in a terminal from 157.9 MB to 151.3 and 152.7 MB (bench/README.md, issue
25), typing within the machine's noise; in a short headless run they change nothing.
Elsewhere (musl, macOS) nothing is done.
"""

from __future__ import annotations

import ctypes

#: ``M_ARENA_MAX`` in glibc's ``malloc.h``.
M_ARENA_MAX = -8
#: Arenas the app's threads share: the main thread's and one for the workers.
APP_ARENAS = 2


def limit_arenas(count: int = APP_ARENAS) -> bool:
    """Let the process use at most ``count`` malloc arenas; True if the C library took it.

    Call before the first worker thread starts: arenas made before stay.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        return False  # no glibc-style allocator here
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, count))
