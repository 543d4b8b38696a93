"""Live reload: the briefings folder watched the way the loader reads it.

Only the folders the loader reads are watched (:func:`mhbrief.loader.walk_folders`):
not hidden folders, not links to folders (a link to ``/etc`` is not walked into), not
folders that cannot be read (a colleague's private folder). Each is watched on its own,
not recursively, since a recursive watch follows links and stops at the first folder
it may not read. A folder added, removed, renamed or made readable (or not) starts the
watch again over the folders as they are then.

When the system's watch cannot be had (its limit of watches reached, a folder gone
mid-way, ...) even after :data:`ATTEMPTS` tries, the folder is polled instead: the
size and times of its files compared every :data:`POLL_SECONDS`. Either way the caller
is told (:class:`Polling`) so it can say so; it never stops silently. The watch is
tried again every :data:`REWATCH_SECONDS` while polling; :class:`Watching` says when
it works again.

No Textual here: the app's worker iterates :func:`events` and posts what it yields.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterable
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mhbrief.loader import is_briefing_file, walk_folders

#: Seconds between two looks at the folder once watching failed.
POLL_SECONDS = 5.0
#: Tries at watching before polling instead; the seconds between them.
ATTEMPTS = 3
RETRY_SECONDS = 1.0
#: Seconds of polling before the system's watch is tried again (once each time): a
#: watch limit reached while a colleague's tool held many watches frees up later.
REWATCH_SECONDS = 60.0
#: Milliseconds the watch thread waits for a change before it reports in (which is
#: how a new watch is known to be set up).
REPORT_MS = 1000

#: One batch of changes as watchfiles gives them: (change, path).
Batch = set[tuple[Any, str]]
#: ``watchfiles.awatch`` or a stand-in with its signature (the tests').
Watcher = Callable[..., AsyncGenerator[Batch, None]]


@dataclass(frozen=True)
class Changed:
    """A briefing or source file was added, changed or removed: reload."""


@dataclass(frozen=True)
class Watching:
    """The watch is set up: every change from now on is seen."""


@dataclass(frozen=True)
class Polling:
    """Watching failed (``reason``, for people); the folder is polled instead."""

    reason: str


Event = Changed | Watching | Polling


def is_watched_file(name: str) -> bool:
    """A name whose change means a reload: a briefing file or a source text."""
    return is_briefing_file(name) or (not name.startswith(".") and name.endswith(".txt"))


@dataclass(frozen=True)
class Folders:
    """The folders below a root as the loader reads them, at one moment."""

    watched: tuple[str, ...]
    #: Folders seen but not readable: one made readable starts the watch again.
    unreadable: frozenset[str]

    @classmethod
    def of(cls, root: Path) -> Folders:
        errors: list[OSError] = []
        watched = tuple(folder for folder, _ in walk_folders(os.fspath(root), errors))
        return cls(watched, frozenset(str(error.filename) for error in errors))

    def known(self, path: str) -> bool:
        return path in self.unreadable or path in self.watched


def what_changed(batch: Iterable[tuple[Any, str]], folders: Folders) -> tuple[bool, bool]:
    """(reload, watch again) for a batch of changes. A folder that came, went, or
    changed its permissions means both; a link to a folder or a hidden name, neither."""
    reload = again = False
    for _change, path in batch:
        name = os.path.basename(path)
        if name.startswith("."):
            continue  # hidden: never read
        if is_watched_file(name):
            reload = True
        elif folders.known(path) or (os.path.isdir(path) and not os.path.islink(path)):
            reload = again = True
    return reload, again


def _awatch() -> Watcher:
    from watchfiles import awatch  # imported when first watched: not at start-up

    return awatch


async def events(
    root: Path,
    *,
    watcher: Watcher | None = None,
    poll_seconds: float | None = None,
    rewatch_seconds: float | None = None,
) -> AsyncIterator[Event]:
    """What happens in ``root``, for as long as it is iterated: :class:`Watching` once
    set up (again after each new start), :class:`Changed` for each batch of changes,
    :class:`Polling` once when watching failed and polling took over. While polling,
    the system's watch is tried again every ``rewatch_seconds``; once it works,
    :class:`Watching` says so and polling stops."""
    watch = watcher or _awatch()
    poll = POLL_SECONDS if poll_seconds is None else poll_seconds
    rewatch = REWATCH_SECONDS if rewatch_seconds is None else rewatch_seconds
    failures: list[str] = []
    again = polling = False
    looked: list[frozenset[tuple[str, int, int, int]]] = []  # polling's last look
    while True:
        tries = 1 if polling else ATTEMPTS
        failed = 0
        while failed < tries:
            try:
                async for event in _watched(root, watch, catch_up=again):
                    polling = polling and not isinstance(event, Watching)
                    yield event
            except Exception as error:  # watchfiles raises OSError, RuntimeError, ...
                failures[:] = [*failures[-ATTEMPTS:], f"{type(error).__name__}: {error}"]
                failed += 1
                if failed < tries:
                    await asyncio.sleep(RETRY_SECONDS)
            again = True
        if not polling:
            polling = True
            yield Polling(failures[-1])
        async for event in polled(root, poll, until=rewatch, looked=looked):
            yield event


async def _watched(root: Path, watcher: Watcher, *, catch_up: bool) -> AsyncIterator[Event]:
    """Watch the folders of ``root`` until they change (then return, to start again).

    ``catch_up``: a start after the folders changed, so files written into a new folder
    before it was watched are caught by one more reload once the watch is set up."""
    folders = await asyncio.to_thread(Folders.of, root)
    if not folders.watched:
        raise FileNotFoundError(f"cannot read the briefings folder {root}")
    changes = watcher(
        *folders.watched,
        watch_filter=None,
        debounce=300,
        step=50,
        rust_timeout=REPORT_MS,
        yield_on_timeout=True,
        recursive=False,
        ignore_permission_denied=True,  # made unreadable since: not read, so not watched
    )
    ready = False
    async with aclosing(changes):
        async for batch in changes:
            if not ready:
                ready = True
                yield Watching()
                if catch_up:
                    yield Changed()
            if not batch:
                continue  # the watch reporting in
            reload, again = await asyncio.to_thread(what_changed, batch, folders)
            if reload:
                yield Changed()
            if again:
                return


def snapshot(root: Path) -> frozenset[tuple[str, int, int, int]]:
    """What polling compares: each watched file's path, size and times (links not
    followed), in the folders the loader reads."""
    state: set[tuple[str, int, int, int]] = set()
    for folder, files in walk_folders(os.fspath(root)):
        for name in files:
            if not is_watched_file(name):
                continue
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue  # gone meanwhile: the next look tells
            state.add((path, info.st_size, info.st_mtime_ns, info.st_ctime_ns))
    return frozenset(state)


async def polled(
    root: Path,
    seconds: float,
    *,
    until: float | None = None,
    looked: list[frozenset[tuple[str, int, int, int]]] | None = None,
) -> AsyncIterator[Event]:
    """:class:`Changed` whenever the folder looks different from the last look, every
    ``seconds``, for ``until`` seconds (for ever without). ``looked`` keeps the last
    look between calls; without one, the first look counts as a change (changes made
    while the watch was failing)."""
    last = looked if looked is not None else []
    loop = asyncio.get_running_loop()
    ends = None if until is None else loop.time() + until
    first = True
    while ends is None or loop.time() < ends:
        if not first:
            await asyncio.sleep(seconds)
        first = False
        now = await asyncio.to_thread(snapshot, root)
        if not last or now != last[0]:
            last[:] = [now]
            yield Changed()
