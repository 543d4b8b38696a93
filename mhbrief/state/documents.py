"""Private TOML documents in one user's state folder: checked, bounded, replaced atomically.

A :class:`DocumentStore` reads and writes named documents (``history``,
``sheets/<stem>``...) in the state folder of one briefings folder. A folder or file
is read or written only when it is ours (or root's) and nobody else may write it;
reads are bounded by :data:`MAX_STATE_BYTES` and never follow a link or open a pipe;
writes replace the file whole (mode 0600). A damaged document is a
:class:`~mhbrief.problems.Problem` and stays untouched. What the documents hold is
:mod:`mhbrief.state.choices` and :mod:`mhbrief.state.first_seen`.
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
from collections.abc import Callable, Iterator, Mapping
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
from mhbrief.toml_positions import KeyPath, KeyPositions, ScanLimit, scan
from mhbrief.trust import CheckedDir, IndexUnsafe, open_checked, other_user
from mhbrief.writer import replace_file

#: State files larger than this are refused as damaged (about 40,000 first-seen dates;
#: the key scanner's own limit, 50,000 keys, is not reached by a file mhbrief wrote).
MAX_STATE_BYTES = 2 * 1024 * 1024
#: The layout version written into every document; a newer one is left alone.
STATE_VERSION = 1

#: How long a save waits for another process's save of the same folder.
LOCK_WAIT = 2.0
LOCK_NAME = ".lock"

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)?")

Document = dict[str, Any]
#: Checks a parsed document's shape: ``(key path, message)`` for each wrong value.
Check = Callable[[Document], list[tuple[KeyPath, str]]]


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


class DocumentStore:
    """Named TOML documents in one user's state folder for one briefings folder."""

    def __init__(self, briefings: Path, folder: Path | None = None) -> None:
        self.briefings = briefings.resolve()
        self.folder = folder if folder is not None else state_dir_for(self.briefings)
        self._lock = threading.RLock()
        self._problems: dict[str, Problem] = {}
        #: name -> (file key, check, document): parsed once per change of the file.
        self._cache: dict[str, tuple[tuple[int, int, int, int], Check | None, Document]] = {}

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
            reason = os_reason(exc)
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
            with self._checked_folder(path.parent) as folder, open_regular(path, folder) as handle:
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
        if problem is None and self._kept(name):
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
            reason = os_reason(exc)
            raise StateError(f"{path}: cannot save ({reason}); nothing was changed") from exc
        # What this store wrote is what it would read back: no need to parse it again.
        if self._kept(name):
            self._cache[name] = (_file_key(written), check, _copied(dict(data)))
        else:
            self._cache.pop(name, None)

    def _kept(self, name: str) -> bool:
        """Whether document ``name`` stays in memory once read or written (see :attr:`_cache`)."""
        return True

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


def open_regular(path: Path, folder: CheckedDir) -> BinaryIO:
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
            f"the {what} {path} belongs to {other_user(info.st_uid)}, who could have "
            f"planted what is in it; move it away to start afresh"
        )
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise NotPrivate(
            f"the {what} {path} can be written by other users "
            f"(mode {stat.S_IMODE(info.st_mode):o}), who could plant sheets or searches "
            f"there; make it yours only (chmod go-w {path})"
        )


def os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or exc.__class__.__name__
    return str(exc)


def _unreadable(exc: BaseException, what: str) -> str:
    """Why a state file or folder could not be read, and that nothing was read from it."""
    reason = os_reason(exc)
    if isinstance(exc, PermissionError):
        reason = "permission denied"
    return f"cannot read this {what} ({reason}); nothing in it was used"


def _file_key(status: os.stat_result) -> tuple[int, int, int, int]:
    """Changes whenever the file does (a replace gives a new inode; a write a new mtime)."""
    return (status.st_dev, status.st_ino, status.st_mtime_ns, status.st_size)


def _line_of(where: KeyPositions, key_path: KeyPath) -> int | None:
    position = where.locate(key_path)
    return position[0] if position else None
