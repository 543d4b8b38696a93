"""Per-user state reads and writes off the UI thread, one at a time, in the order asked.

Sheets, the query history and saved searches are small files, but a write is
fsynced (and a home folder may be on a network share), so the app never does
one on the UI thread. Unlike exclusive workers, these jobs must all run, and in
order (move an item, then give it a note): one background thread runs them
from a queue, and each job's result comes back to the UI thread as a message.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from textual.app import App
from textual.message import Message

from mhbrief.state import StateError

T = TypeVar("T")


class StateDone(Message):
    """A state job finished; ``finish`` runs its follow-up on the UI thread."""

    def __init__(self, finish: Callable[[], None]) -> None:
        super().__init__()
        self.finish = finish


class StateJobs:
    """A queue of state jobs for one app."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mhbrief-state")
        self._pending = 0

    @property
    def idle(self) -> bool:
        """True when every job asked for has finished and its follow-up has run."""
        return self._pending == 0

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[StateError], object] | None = None,
    ) -> None:
        """Run ``job`` in the background, then ``done(result)`` (or ``failed``) on the UI thread.

        A :class:`StateError` (a damaged file, a full disk) goes to ``failed``, by
        default a notification; anything else is a bug, also notified.
        """
        self._pending += 1

        def work() -> None:
            finish: Callable[[], object]
            try:
                result = job()
            except StateError as exc:
                finish = partial(failed or self._notify, exc)
            except Exception as exc:  # a bug must not kill the queue
                finish = partial(self._notify, exc)
            else:
                finish = partial(done, result) if done else _nothing
            self._app.post_message(StateDone(partial(self._finish, finish)))

        self._executor.submit(work)

    def _finish(self, finish: Callable[[], object]) -> None:
        self._pending -= 1
        finish()

    def _notify(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, StateError) else f"saving state failed: {exc!r}"
        self._app.notify(message[:500], severity="error", markup=False, timeout=10)

    def close(self) -> None:
        """Stop taking jobs; those queued still run (writes are never dropped)."""
        self._executor.shutdown(wait=False)


def _nothing() -> None:
    return None
