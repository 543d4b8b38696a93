"""Per-user state: what mhbrief remembers between sessions, per briefings folder.

Each user has one folder per briefings folder (keyed by its resolved path, as
the index is) in the user data folder, ``$XDG_DATA_HOME/mhbrief/collections/
<name>-<hash>/``. Every document there is a small TOML file that only the app
writes (tomli-w, atomic replace, mode 0600): ``history``, ``searches``,
``display``, one ``sheets/<stem>`` per prep sheet (see :mod:`mhbrief.sheets`)
and the first-seen dates as ``first-seen/<day>-<n>``: the ids first seen that
day, at most :data:`FIRST_SEEN_CHUNK` a document, so a write costs what the
day added, never the whole collection. None of it ever goes into ``config.toml``, which stays
the user's hand-written settings file.

Reading is bounded: regular files only, at most :data:`MAX_STATE_BYTES`. A
damaged document (bad TOML, not UTF-8, too big, a value of the wrong type) is
reported as a :class:`~mhbrief.problems.Problem` with its line and left
untouched: loading it gives the default, saving it raises :class:`StateError`,
and every other document keeps working.

Thread-safe within a process (one lock per store); between processes the last
writer of a document wins, and a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import errno
import os
import re
import stat
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import platformdirs

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
import tomli_w

from mhbrief.format import parse_toml
from mhbrief.locations import APP_NAME, folder_key
from mhbrief.problems import Problem
from mhbrief.sanitize import sanitize_line
from mhbrief.toml_positions import KeyPath, KeyPositions, ScanLimit, scan
from mhbrief.trust import CheckedDir, IndexUnsafe, open_checked
from mhbrief.writer import replace_file

#: State files larger than this are refused as damaged (about 40,000 first-seen dates;
#: the key scanner's own limit, 50,000 keys, is not reached by a file mhbrief wrote).
MAX_STATE_BYTES = 2 * 1024 * 1024
#: The layout version written into every document; a newer one is left alone.
STATE_VERSION = 1
#: Queries kept in the history, newest last.
HISTORY_LIMIT = 200

#: How long a save waits for another process's save of the same folder.
LOCK_WAIT = 2.0
LOCK_NAME = ".lock"

HISTORY = "history"
SEARCHES = "searches"
DISPLAY = "display"
#: The group of first-seen documents, and (as a document) the single file older
#: versions kept every date in: read until the next save moves its dates over.
FIRST_SEEN = "first-seen"
#: Ids in one first-seen document: some 1.4 MB at the longest ids, well below the cap.
FIRST_SEEN_CHUNK = 10_000
#: The old single first-seen file is read up to this size (it outgrew the cap at some
#: 30,000 items, and was never read again): 64 MB is about a million ids.
LEGACY_FIRST_SEEN_BYTES = 64 * 1024 * 1024

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)?")

Document = dict[str, Any]
#: Checks a parsed document's shape: ``(key path, message)`` for each wrong value.
Check = Callable[[Document], list[tuple[KeyPath, str]]]
DisplayValue = str | bool | int


class StateError(Exception):
    """A state document could not be saved; the message says why and what to do."""


def data_dir() -> Path:
    """The per-user data folder (``$XDG_DATA_HOME/mhbrief`` when that is set)."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    if os.path.isabs(xdg):  # honoured on every platform, as on Linux
        return Path(xdg) / APP_NAME
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def state_dir_for(briefings: Path) -> Path:
    """The per-user state folder for a briefings folder, keyed by its resolved path."""
    return data_dir() / "collections" / folder_key(briefings)


class StateStore:
    """Named TOML documents in one user's state folder for one briefings folder."""

    def __init__(self, briefings: Path, folder: Path | None = None) -> None:
        self.briefings = briefings.resolve()
        self.folder = folder if folder is not None else state_dir_for(self.briefings)
        self._lock = threading.RLock()
        self._problems: dict[str, Problem] = {}
        #: name -> (file key, check, document): parsed once per change of the file.
        self._cache: dict[str, tuple[tuple[int, int, int, int], Check | None, Document]] = {}

    # -- generic documents -----------------------------------------------------------

    @property
    def problems(self) -> list[Problem]:
        """The damaged documents met so far (each left untouched), in path order."""
        with self._lock:
            return sorted(self._problems.values())

    def problem(self, name: str) -> Problem | None:
        """Why document (or group folder) ``name`` was not read when last asked, if it was not."""
        with self._lock:
            return self._problems.get(name)

    def path(self, name: str) -> Path:
        """The file of document ``name`` (``history``, ``sheets/interview``...)."""
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a state document name: {name!r}")
        return self.folder / f"{name}.toml"

    def names(self, group: str) -> list[str]:
        """The documents in a group folder (``sheets`` -> ``sheets/a``, ...), sorted.

        A folder that cannot be read or trusted gives none, and a problem (keyed by the
        group's name) saying so: never an empty list that looks like "none yet".
        """
        folder = self.folder / group
        with self._lock:
            try:
                with self._checked_folder(folder) as handle:
                    entries = [entry.name for entry in os.scandir(handle.fd)]
                self._problems.pop(group, None)
            except FileNotFoundError:
                self._problems.pop(group, None)
                return []
            except NotPrivate as exc:
                self._problems[group] = Problem.error(folder, f"not read: {exc}")
                return []
            except (OSError, IndexUnsafe) as exc:
                self._problems[group] = Problem.error(folder, _unreadable(exc, "folder"))
                return []
        stems = (name.removesuffix(".toml") for name in entries if name.endswith(".toml"))
        return sorted(f"{group}/{stem}" for stem in stems if _NAME.fullmatch(f"{group}/{stem}"))

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def load(self, name: str, check: Check | None = None) -> Document:
        """Document ``name``; ``{}`` when it does not exist or is damaged (see :attr:`problems`)."""
        with self._lock:
            return self._checked(name, check)

    def save(self, name: str, data: Mapping[str, Any], check: Check | None = None) -> None:
        """Replace document ``name`` with ``data``; a damaged file is never overwritten."""
        self.update(name, lambda _old: dict(data), check)

    def update(
        self, name: str, change: Callable[[Document], Document | None], check: Check | None = None
    ) -> Document:
        """Read, change and write document ``name`` under the lock; return what it holds now.

        ``change`` gets the current document and returns the new one, or None
        to leave it as it is. Raises :class:`StateError` when the document on
        disk is damaged (it stays untouched) or cannot be written.
        """
        with self._lock, self._between_processes():
            current = self._checked(name, check)
            problem = self._problems.get(name)
            if problem is not None:
                raise StateError(
                    f"{problem.format()}; this file was left untouched: fix or remove it "
                    "to save here again"
                )
            new = change(current)
            if new is None:
                return current
            self._write(name, new, check)
            return new

    @contextlib.contextmanager
    def _between_processes(self) -> Iterator[None]:
        """An advisory lock on the state folder, so the app and the CLI (or two apps) never
        interleave a read-change-write; waits up to :data:`LOCK_WAIT` seconds."""
        if fcntl is None:  # not POSIX: this process's lock only
            yield
            return
        try:
            with self._checked_folder(self.folder, create=True) as folder:
                flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW
                fd = os.open(LOCK_NAME, flags, 0o600, dir_fd=folder.fd)
        except NotPrivate as exc:
            raise StateError(f"{self.folder}: not saved: {exc}") from exc
        except (OSError, IndexUnsafe) as exc:
            reason = _reason(exc)
            raise StateError(f"{self.folder}: cannot save here ({reason})") from exc
        try:
            deadline = time.monotonic() + LOCK_WAIT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StateError(
                            f"{self.folder}: another mhbrief is saving here; try again"
                        ) from None
                    time.sleep(0.02)
            yield
        finally:
            os.close(fd)  # releases the lock

    def delete(self, name: str) -> None:
        """Remove document ``name`` (missing is fine)."""
        with self._lock:
            path = self.path(name)
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise StateError(f"{path}: cannot remove ({exc.strerror})") from exc
            self._problems.pop(name, None)

    def _checked(self, name: str, check: Check | None) -> Document:
        data, problem = self._read(name, check)
        if problem is None:
            self._problems.pop(name, None)
            return data
        self._problems[name] = problem
        return {}

    def _read(self, name: str, check: Check | None) -> tuple[Document, Problem | None]:
        """The document, parsed again only when its file changed since this store saw it."""
        path = self.path(name)
        try:
            with self._checked_folder(path.parent) as folder, _open_regular(path, folder) as handle:
                key = _file_key(os.fstat(handle.fileno()))
                cached = self._cache.get(name)
                if cached is not None and cached[0] == key and cached[1] is check:
                    return _copied(cached[2]), None
                raw = handle.read(MAX_STATE_BYTES + 1)
        except FileNotFoundError:
            self._cache.pop(name, None)
            return {}, None
        except NotPrivate as exc:
            self._cache.pop(name, None)
            return {}, Problem.error(path, f"not read: {exc}")
        except (OSError, IndexUnsafe) as exc:
            self._cache.pop(name, None)
            return {}, Problem.error(path, _unreadable(exc, "state file"))
        data, problem = _parse(path, raw, check)
        if problem is None:
            self._cache[name] = (key, check, _copied(data))
        else:
            self._cache.pop(name, None)
        return data, problem

    def _write(self, name: str, data: Mapping[str, Any], check: Check | None) -> None:
        path = self.path(name)
        # Texts of several lines as lines (notes, the first-seen ids): read fast, fixable by hand.
        document = {"version": STATE_VERSION, **data}
        content = tomli_w.dumps(document, multiline_strings=True).encode("utf-8")
        try:
            # Through the checked folder's handle: the folder written is the one checked.
            with self._checked_folder(path.parent, create=True) as folder:
                written = replace_file(folder.path / path.name, content, mode=0o600)
        except NotPrivate as exc:
            self._cache.pop(name, None)
            raise StateError(f"{path}: not saved: {exc}") from exc
        except (OSError, IndexUnsafe) as exc:
            self._cache.pop(name, None)
            reason = _reason(exc)
            raise StateError(f"{path}: cannot save ({reason}); nothing was changed") from exc
        # What this store wrote is what it would read back: no need to parse it again.
        self._cache[name] = (_file_key(written), check, _copied(dict(data)))

    def _checked_folder(self, folder: Path, *, create: bool = False) -> CheckedDir:
        """``folder`` (the state folder or one in it) opened through a handle, with every
        folder from the user's data folder down to it checked: ours, and writable by
        nobody else (made so, 0700, when ``create`` makes them). Raises
        :class:`NotPrivate`, or ``OSError`` (``FileNotFoundError``: not there yet)."""
        target = Path(os.path.realpath(folder))
        base = Path(os.path.realpath(data_dir()))
        if not target.is_relative_to(base):
            base = Path(os.path.realpath(self.folder))
        strict = len(target.relative_to(base).parts) + 1 if target.is_relative_to(base) else 1
        return open_checked(folder, strict=strict, create=create, above=False, refuse=_refuse)

    # -- query history ----------------------------------------------------------------

    def history(self) -> list[str]:
        """Earlier queries, oldest first (empty when the file is damaged)."""
        return [sanitize_line(q) for q in self.load(HISTORY, _check_history).get("queries", [])]

    def remember_query(self, query: str) -> list[str]:
        """Add ``query`` to the history (capped; never twice in a row); the history now."""
        query = sanitize_line(query)

        def change(data: Document) -> Document | None:
            queries: list[str] = list(data.get("queries", []))
            if not query or (queries and queries[-1] == query):
                return None
            return {**data, "queries": [*queries, query][-HISTORY_LIMIT:]}

        return list(self.update(HISTORY, change, _check_history).get("queries", []))

    # -- saved searches ----------------------------------------------------------------

    def saved_searches(self) -> dict[str, str]:
        """Saved queries by name, in the order they were saved."""
        table = self.load(SEARCHES, _check_searches).get("searches", {})
        return {sanitize_line(name): sanitize_line(entry["query"]) for name, entry in table.items()}

    def saved_query(self, name: str) -> str | None:
        """The query saved as ``name`` (case aside), or None."""
        searches = self.saved_searches()
        if name in searches:
            return searches[name]
        folded = {key.casefold(): query for key, query in searches.items()}
        return folded.get(sanitize_line(name).casefold())

    def save_search(self, name: str, query: str) -> None:
        """Save ``query`` as ``name`` (replacing a search of that name)."""
        name, query = sanitize_line(name), sanitize_line(query)
        if not name or not query:
            raise StateError("a saved search needs a name and a query")

        def change(data: Document) -> Document:
            searches = dict(data.get("searches", {}))
            searches.pop(name, None)
            searches[name] = {"query": query}
            return {**data, "searches": searches}

        self.update(SEARCHES, change, _check_searches)

    def rename_search(self, old: str, new: str) -> None:
        """Call the saved search ``old`` ``new``, in its place in the list; a search already
        called ``new`` is not replaced (:class:`StateError` says so)."""
        new = sanitize_line(new)
        if not new:
            raise StateError("a saved search needs a name")

        def change(data: Document) -> Document | None:
            searches = dict(data.get("searches", {}))
            if old not in searches:
                raise StateError(f"there is no saved search '{sanitize_line(old)}'")
            if new == old:
                return None
            if new in searches:
                raise StateError(f"a saved search is already called '{new}'; pick another name")
            renamed = {(new if name == old else name): entry for name, entry in searches.items()}
            return {**data, "searches": renamed}

        self.update(SEARCHES, change, _check_searches)

    def forget_search(self, name: str) -> bool:
        """Remove the saved search ``name``; False when there is none."""

        found: list[bool] = []

        def change(data: Document) -> Document | None:
            searches = dict(data.get("searches", {}))
            found.append(searches.pop(name, None) is not None)
            return {**data, "searches": searches} if found[-1] else None

        self.update(SEARCHES, change, _check_searches)
        return found[-1]

    # -- display choices ---------------------------------------------------------------

    def display_choices(self) -> dict[str, DisplayValue]:
        """Display choices by key (compact mode, sort...), as last set."""
        return dict(self.load(DISPLAY, _check_display).get("display", {}))

    def set_display(self, key: str, value: DisplayValue) -> None:
        def change(data: Document) -> Document | None:
            choices = dict(data.get("display", {}))
            if choices.get(key) == value and type(choices.get(key)) is type(value):
                return None
            choices[key] = value
            return {**data, "display": choices}

        self.update(DISPLAY, change, _check_display)

    # -- first-seen dates --------------------------------------------------------------

    def first_seen(self) -> dict[str, date]:
        """The day each item id was first seen by this user."""
        with self._lock:
            return self._first_seen()

    def note_first_seen(self, ids: Iterable[str], today: date) -> dict[str, date]:
        """Record ``today`` for every id not seen before; all first-seen dates now.

        Only today's last document is rewritten (or new ones added): the cost follows
        what is new, not how many ids were seen before.
        """
        wanted = list(dict.fromkeys(ids))
        with self._lock, self._between_processes():
            legacy = self._legacy_first_seen()
            seen = self._first_seen(legacy)
            if legacy:
                self._move_legacy_first_seen(legacy, seen)
            new = [item_id for item_id in wanted if item_id not in seen]
            if new:
                self._add_first_seen(new, today)
                seen.update(dict.fromkeys(new, today))
            return seen

    def _first_seen(self, legacy: Mapping[str, date] | None = None) -> dict[str, date]:
        """Every document's dates (the earliest day an id is in), the old file's below them."""
        if legacy is None:
            legacy = self._legacy_first_seen()
        days: dict[date, date] = {}
        seen: dict[str, date] = {}
        documents = [self._checked(name, _check_first_seen) for name in self.names(FIRST_SEEN)]
        for document in sorted((d for d in documents if d), key=lambda d: d["day"]):
            day = days.setdefault(document["day"], document["day"])
            for item_id in document["ids"].split():
                seen.setdefault(item_id, day)
        for item_id, old in legacy.items():
            if old < seen.get(item_id, old) or item_id not in seen:
                seen[item_id] = days.setdefault(old, old)
        return seen

    def _add_first_seen(self, new: list[str], today: date) -> None:
        """``new`` into today's last document while it has room, the rest into new ones."""
        prefix = f"{FIRST_SEEN}/{today.isoformat()}-"
        numbers = [int(n[len(prefix) :]) for n in self.names(FIRST_SEEN) if n.startswith(prefix)]
        number = max(numbers, default=0)
        ids: list[str] = []
        if number:
            last = self._checked(f"{prefix}{number:04d}", _check_first_seen)
            if f"{prefix}{number:04d}" in self._problems:
                number += 1  # damaged: left as it is, and a new document started
            else:
                ids = last["ids"].split()
        else:
            number = 1
        while new:
            room = FIRST_SEEN_CHUNK - len(ids)
            if room <= 0:
                number, ids = number + 1, []
                continue
            ids, new = [*ids, *new[:room]], new[room:]
            # One id a line in one string: read back 10 times faster than a TOML list.
            document = {"day": today, "ids": "".join(f"{i}\n" for i in ids)}
            self._write(f"{prefix}{number:04d}", document, _check_first_seen)

    def _legacy_first_seen_path(self) -> Path:
        return self.path(FIRST_SEEN)

    def _legacy_first_seen(self) -> dict[str, date]:
        """The dates in the single file older versions wrote, read without the usual cap
        (it grew past it), but within :data:`LEGACY_FIRST_SEEN_BYTES`."""
        path = self._legacy_first_seen_path()
        try:
            with self._checked_folder(path.parent) as folder, _open_regular(path, folder) as handle:
                raw = handle.read(LEGACY_FIRST_SEEN_BYTES + 1)
        except FileNotFoundError:
            self._problems.pop(FIRST_SEEN, None)
            return {}
        except NotPrivate as exc:
            self._problems[FIRST_SEEN] = Problem.error(path, f"not read: {exc}")
            return {}
        except (OSError, IndexUnsafe) as exc:
            self._problems[FIRST_SEEN] = Problem.error(path, f"cannot read ({_reason(exc)})")
            return {}
        problem = None
        if len(raw) > LEGACY_FIRST_SEEN_BYTES:
            limit = LEGACY_FIRST_SEEN_BYTES // (1024 * 1024)
            problem = Problem.error(path, f"larger than {limit} MB; not a file mhbrief wrote")
        else:
            try:
                table = tomllib.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                problem = Problem.error(path, f"not a first-seen file mhbrief wrote ({exc})")
            else:
                if not _check_legacy_first_seen(table):
                    self._problems.pop(FIRST_SEEN, None)
                    return dict(table.get("items", {}))
                problem = Problem.error(path, "'items' should be a table of dates")
        self._problems[FIRST_SEEN] = problem
        return {}

    def _move_legacy_first_seen(self, legacy: Mapping[str, date], seen: Mapping[str, date]) -> None:
        """The old file's dates into documents of their own, then the old file removed
        (a damaged one reads as empty and stays: its problem says so)."""
        by_day: dict[date, list[str]] = {}
        for item_id, day in legacy.items():
            if seen.get(item_id) == day:
                by_day.setdefault(day, []).append(item_id)
        for day in sorted(by_day):
            self._add_first_seen(by_day[day], day)
        self.delete(FIRST_SEEN)


#: Values a document holds that nobody can change: shared by copies, never copied.
_IMMUTABLE = frozenset({str, int, float, bool, date, datetime.datetime, datetime.time, type(None)})


def _copied(value: Any) -> Any:
    """A copy of a document its caller may change freely: its dicts and lists are new,
    its strings, numbers and dates shared. (``copy.deepcopy`` also copied every date: at
    100k first-seen items 3 MB more, and slower.)"""
    if type(value) in _IMMUTABLE:
        return value
    if isinstance(value, dict):
        return {k: v if type(v) in _IMMUTABLE else _copied(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_copied(v) for v in value)
    return copy.deepcopy(value)


def _parse(path: Path, raw: bytes, check: Check | None) -> tuple[Document, Problem | None]:
    """A state file's bytes as a document, or the problem that makes it damaged."""
    if len(raw) > MAX_STATE_BYTES:
        limit = MAX_STATE_BYTES // (1024 * 1024)
        return {}, Problem.error(path, f"larger than {limit} MB; not a file mhbrief wrote")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {}, Problem.error(path, "not UTF-8 text", raw[: exc.start].count(b"\n") + 1)
    try:
        where = scan(text)  # first: linear, and it bounds what tomllib is given
    except ScanLimit as limit:
        return {}, Problem.error(path, limit.message, limit.line, 1)
    table, problems = parse_toml(path, text)
    if table is None:
        return {}, problems[0]
    version = table.pop("version", STATE_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > STATE_VERSION:
        message = "written by a newer mhbrief (or not by mhbrief); left as it is"
        return {}, Problem.error(path, message, _line_of(where, ("version",)))
    for key_path, message in check(table) if check else ():
        return {}, Problem.error(path, message, _line_of(where, key_path))
    return table, None


def _open_regular(path: Path, folder: CheckedDir) -> BinaryIO:
    """``path`` opened in the checked ``folder`` for reading if it is a regular file (never
    a FIFO, device or link) of ours that nobody else may write."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    handle = os.fdopen(os.open(path.name, flags, dir_fd=folder.fd), "rb")
    info = os.fstat(handle.fileno())
    try:
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        _refuse(path, info, os.geteuid())
    except BaseException:
        handle.close()
        raise
    return handle


class NotPrivate(Exception):
    """A state file or folder someone else owns or may write: never read, never written."""


def _refuse(path: Path, info: os.stat_result, uid: int) -> None:
    """Saved state is read only when it is ours (or root's) and nobody else may write it:
    anyone who could would plant sheets, citations or searches in our name."""
    what = "folder" if stat.S_ISDIR(info.st_mode) else "file"
    if info.st_uid not in (uid, 0):
        raise NotPrivate(
            f"the {what} {path} belongs to another user (uid {info.st_uid}), who could have "
            f"planted what is in it; move it away to start afresh"
        )
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise NotPrivate(
            f"the {what} {path} can be written by other users "
            f"(mode {stat.S_IMODE(info.st_mode):o}), who could plant sheets or searches "
            f"there; make it yours only (chmod go-w {path})"
        )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or exc.__class__.__name__
    return str(exc)


def _unreadable(exc: BaseException, what: str) -> str:
    """Why a state file or folder could not be read, and that nothing was read from it."""
    reason = _reason(exc)
    if isinstance(exc, PermissionError):
        reason = "permission denied"
    return f"cannot read this {what} ({reason}); nothing in it was used"


def _file_key(status: os.stat_result) -> tuple[int, int, int, int]:
    """Changes whenever the file does (a replace gives a new inode; a write a new mtime)."""
    return (status.st_dev, status.st_ino, status.st_mtime_ns, status.st_size)


def _line_of(where: KeyPositions, key_path: KeyPath) -> int | None:
    position = where.locate(key_path)
    return position[0] if position else None


def _check_history(data: Document) -> list[tuple[KeyPath, str]]:
    queries = data.get("queries", [])
    if not isinstance(queries, list) or not all(isinstance(q, str) for q in queries):
        return [(("queries",), "'queries' should be a list of texts")]
    return []


def _check_searches(data: Document) -> list[tuple[KeyPath, str]]:
    searches = data.get("searches", {})
    if not isinstance(searches, dict):
        return [(("searches",), "'searches' should be a table of saved searches")]
    for name, entry in searches.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("query"), str):
            return [(("searches", name), 'a saved search should have query = "..."')]
    return []


def _check_display(data: Document) -> list[tuple[KeyPath, str]]:
    choices = data.get("display", {})
    if not isinstance(choices, dict):
        return [(("display",), "'display' should be a table of choices")]
    for key, value in choices.items():
        if not isinstance(value, str | bool | int):
            return [(("display", key), "a display choice should be a text, number or true/false")]
    return []


def _check_first_seen(data: Document) -> list[tuple[KeyPath, str]]:
    if type(data.get("day")) is not date:
        return [(("day",), "a first-seen document should have day = 2026-12-01")]
    if not isinstance(data.get("ids"), str):
        return [(("ids",), "'ids' should be a text of item ids, one a line")]
    return []


def _check_legacy_first_seen(data: Document) -> list[tuple[KeyPath, str]]:
    items = data.get("items", {})
    if not isinstance(items, dict):
        return [(("items",), "'items' should be a table of dates")]
    for key, value in items.items():
        if type(value) is not date:
            return [(("items", key), "a first-seen value should be a date such as 2026-12-01")]
    return []
