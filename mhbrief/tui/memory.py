"""Python's full garbage collections, kept out of the time between a key and its screen.

What a sync leaves (the collection, the index reader: a few hundred thousand
objects at 10k items) lives as long as the app, and each full collection
walks all of it: 80-120 ms at 10k, about every eight keys while typing, on
whichever thread happened to allocate (often the UI thread, between a search
and its frame). So, while the app runs:

- after a sync, once the user pauses (the sync counts as input, so its
  results are shown first), one collection runs and what is left is frozen
  (``gc.freeze``): later collections skip it (10-15 ms instead of about 100
  at 10k). The next sync thaws it first, so nothing a reload drops
  is kept;
- full collections run when nobody is typing (no input for
  :data:`IDLE_SECONDS`) and something happened since the last one, or, while
  the typing goes on, every :data:`LONGEST_SECONDS` in a short gap between
  keys. Young objects are collected as usual.

Leaving the app restores the collector as it was.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

#: No input for this long counts as a pause: the user reads, nobody waits.
IDLE_SECONDS = 1.0
#: Without a pause, a full collection still runs this often (so what it finds
#: stays small), in a gap between keys of at least :data:`GAP_SECONDS`.
LONGEST_SECONDS = 10.0
GAP_SECONDS = 0.2
#: How often the pause is looked for.
TICK_SECONDS = 0.25
#: A generation-2 threshold never reached by counting: full collections are ours.
NEVER = 1 << 30


class IdleCollector:
    """Full collections at pauses; what a sync leaves frozen."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._saved: tuple[int, int, int] | None = None
        self._last_input = self._last_collect = self._clock()
        self._dirty = False  # input (or a sync) since the last full collection
        self._refreeze = False
        self.collections = 0

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, middle, _old = self._saved
            gc.set_threshold(young, middle, NEVER)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
            gc.unfreeze()

    def input(self) -> None:
        """A key or a mouse event."""
        self._last_input = self._clock()
        self._dirty = True

    def synced(self) -> None:
        """A sync replaced what the app holds: collect and freeze again at the next pause.

        The sync counts as input: its results are still to be searched and shown, and a
        collection right away (0.2 s at 100k items) came first, before the reloaded quote.
        """
        self._refreeze = self._dirty = True
        self._last_input = self._clock()

    def tick(self) -> None:
        """Collect if the user pauses (or has not paused for very long)."""
        now = self._clock()
        idle = now - self._last_input
        paused = idle >= IDLE_SECONDS
        overdue = now - self._last_collect >= LONGEST_SECONDS and idle >= GAP_SECONDS
        if not self._dirty or not (paused or overdue):
            return
        if self._refreeze:
            gc.unfreeze()
        gc.collect()
        if self._refreeze:
            gc.freeze()
            self._refreeze = False
        self._dirty = False
        self._last_collect = self._clock()
        self.collections += 1
