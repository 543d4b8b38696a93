"""Work counted, not timed: how many lines of one module's or package's code a call runs.

A plain module, not a test module: the tests of bounded cost import it. A clock in a
test measures the machine as much as the code (and the bench measures time); the number
of lines run is the same on every machine. A linear algorithm runs about four times the
lines on four times the input, a quadratic one about sixteen times, so the tests compare
the counts at n and 4n.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, TypeVar

T = TypeVar("T")

#: The most lines run at 4n, over those at n, that a linear algorithm is allowed: a
#: little over 4 for the n log n of sorting and bisecting, far under the 16 of a square.
LINEAR = 6


def lines_run(where: ModuleType, call: Callable[[], T]) -> tuple[T, int]:
    """``call()``'s result and the number of lines it ran in ``where`` (a module, or a
    package and all its modules), counted in this thread by :func:`sys.settrace`."""
    file = Path(str(where.__file__))
    prefix = str(file.parent) if file.name == "__init__.py" else str(file)
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if frame.f_code.co_filename.startswith(prefix) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = call()
    finally:
        sys.settrace(previous)
    return result, count
