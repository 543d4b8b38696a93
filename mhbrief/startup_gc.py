"""No full garbage collection while the command line's modules load.

Importing the app's modules (Textual, Whoosh, ours) creates some hundred thousand
objects; Python's collector walks all of them again at each full collection it counts
its way to, two or three of them before the first screen. Nothing loaded then is
garbage, so those walks are pure cost: about 25 ms of a start (median of ten starts
each way, bench/README.md). Held from the first import of :mod:`mhbrief.cli` until the
command is chosen and its modules are in; the app then keeps full collections to its
own pauses (:mod:`mhbrief.tui.memory`).
"""

from __future__ import annotations

import gc

#: A generation-2 threshold never reached by counting.
NEVER = 1 << 30

_held: tuple[int, int, int] | None = None


def hold() -> None:
    """Count no full collection until :func:`release`."""
    global _held
    if _held is None:
        _held = gc.get_threshold()
        young, middle, _old = _held
        gc.set_threshold(young, middle, NEVER)


def release() -> None:
    """The collector's thresholds as they were before :func:`hold`."""
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
