"""Parsed files kept beside the index, so an unchanged file is not parsed again.

Each briefing file's parse result (:class:`~mhbrief.model.SourceFile`: the
document with its lines, and the file's own problems) is stored with the
file's fingerprint: size, ``mtime_ns``, ``ctime_ns`` and inode, and when that
fingerprint was taken. The cross-file checks (ids, themes, plan references,
verbatim quotes) are not stored on disk: :func:`mhbrief.loader.link` runs them
on each load from the stored documents, so they stay exactly as strict and keep
their line numbers. Within one process (the app's reloads) the cache carries a
:class:`~mhbrief.loader.LinkMemo`: a document whose facts did not change keeps
its cross-file results.

A stored result is used only when the file's fingerprint is unchanged *and*
its mtime can be trusted ("racy git"): an mtime within :data:`RACY_NS` of when
the fingerprint was taken, or in the future, or a clock that went backwards
since, means a rewrite of the same size within one timestamp tick could hide
behind it. Such a file is read again; when its bytes hash the same, the stored
result is reused and the fingerprint refreshed, so only parsing is skipped,
never reading a file that may have changed.

The cache lives in the index's version folder and is read only when that
folder and the file belong to the current user and nobody else may write them
(pickle runs code, as Whoosh's own TOC files do). Any problem with it (missing,
damaged, other code version, unwritable) means parsing everything, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from mhbrief import index, loader
from mhbrief.format import parse_file, read_capped, sha256
from mhbrief.model import Collection, SourceFile

CACHE_NAME = index.PARSE_CACHE
#: An mtime this close to when its fingerprint was taken is not trusted.
RACY_NS = 2_000_000_000
#: Modules whose code decides a parse result: a change to any of them drops the cache.
_PARSER_MODULES = ("format", "model", "problems", "sanitize", "suggest", "toml_positions")

Fingerprint = tuple[int, int, int, int]


def fingerprint(info: os.stat_result) -> Fingerprint:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


@dataclass
class Entry:
    fingerprint: Fingerprint
    #: ``time.time_ns()`` just before the file was read (and its fingerprint taken).
    seen_ns: int
    source: SourceFile


@dataclass
class ParseCache:
    """Stored parse results by path; :meth:`parse` answers from it when it may."""

    entries: dict[str, Entry] = field(default_factory=dict)
    now_ns: int = field(default_factory=lambda: time.time_ns())
    changed: bool = False
    used: set[str] = field(default_factory=set)
    parsed: int = 0
    links: loader.LinkMemo = field(default_factory=loader.LinkMemo)

    def trusted(self, entry: Entry, current: Fingerprint) -> bool:
        mtime = current[1]
        return (
            entry.fingerprint == current
            and entry.seen_ns <= self.now_ns  # the clock did not go backwards since
            and mtime <= self.now_ns  # not in the future
            and mtime < entry.seen_ns - RACY_NS
        )

    def parse(self, path: Path) -> SourceFile:
        """``parse_file(path)``, from the store when the file is unchanged."""
        key = str(path)
        self.used.add(key)
        entry = self.entries.get(key)
        seen = time.time_ns()
        try:
            info = os.stat(path)
        except OSError:
            return parse_file(path)  # says why it cannot be read
        if entry is not None and self.trusted(entry, fingerprint(info)):
            return entry.source
        try:
            data = read_capped(path)
            after = os.stat(path)
        except OSError:
            return parse_file(path)
        self.changed = True
        current = fingerprint(after)
        # Changed while we read it: store it as never seen, so the next load reads it again.
        seen_ns = seen if current == fingerprint(info) else 0
        if entry is not None and entry.source.sha256 == sha256(data):
            self.entries[key] = Entry(current, seen_ns, entry.source)  # touched, not changed
            return entry.source
        self.parsed += 1
        source = parse_file(path, data)
        self.entries[key] = Entry(current, seen_ns, source)
        return source

    def again(self) -> ParseCache:
        """The same store for the next load (a running app keeps it in memory)."""
        return ParseCache(entries=self.entries, links=self.links)

    def prune(self) -> None:
        """Forget files not seen in this load."""
        gone = set(self.entries) - self.used
        for key in gone:
            del self.entries[key]
        self.changed = self.changed or bool(gone)


def code_key() -> str:
    """Identifies the parser's code: its modules' sizes and mtimes, and Python's version."""
    import sys

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for name in _PARSER_MODULES:
        try:
            info = os.stat(package / f"{name}.py")
        except OSError:
            continue
        digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def _owned_and_private(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(folder: Path, root: Path) -> ParseCache:
    """The parse cache in ``folder`` for the briefings folder ``root``; empty if unusable."""
    path = folder / CACHE_NAME
    try:
        index.check_safe(folder)  # nobody else may have written there
        if not _owned_and_private(os.stat(folder)):
            return ParseCache()
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or not _owned_and_private(info):
                return ParseCache()
            stored = pickle.load(handle)
    except Exception:  # missing, damaged or from another version: parse everything
        return ParseCache()
    if (
        not isinstance(stored, dict)
        or stored.get("code") != code_key()
        or stored.get("root") != str(root)
        or not isinstance(stored.get("entries"), dict)
    ):
        return ParseCache()
    return ParseCache(entries=stored["entries"])


def save(folder: Path, root: Path, cache: ParseCache) -> None:
    """Store ``cache`` in ``folder`` (atomically) if anything changed; never raises."""
    if not cache.changed or not folder.is_dir():
        return
    data = {"code": code_key(), "root": str(root), "entries": cache.entries}
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".parsed-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(name, folder / CACHE_NAME)
        except BaseException:
            os.unlink(name)
            raise
    except Exception:  # read-only or full: the next load parses again, no harm
        return


def load_collection(
    root: Path, folder: Path, kept: ParseCache | None = None
) -> tuple[Collection, ParseCache]:
    """The collection below ``root``, unchanged files answered from the cache in ``folder``
    (or from ``kept``, the cache of the previous load in this process).

    Call :func:`save` with the returned cache once ``folder`` exists.
    """
    cache = kept.again() if kept is not None else load(folder, root)
    collection = loader.load_collection(root, parse=cache.parse, memo=cache.links)
    cache.prune()
    return collection, cache
