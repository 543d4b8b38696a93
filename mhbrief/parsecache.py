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

The cache is a SQLite file in the index's version folder, one row a briefing
file (its fingerprint and its pickled parse result), so a reload that changed
one file writes one row, not every file's result again (1.7 s at 100k items).
It is read only when that folder and the file belong to the current user and
nobody else may write them, and each row is unpickled by
:mod:`mhbrief.safepickle`, which builds only the model classes a parse result
holds (:data:`PICKLED`): a row naming anything else is a cache miss, never code run.
Any problem with it (missing, damaged, other code version, unwritable, busy)
means parsing everything, never an error.

Each document read back or parsed has its long fields moved to the text store
(:func:`mhbrief.model.spill`) at once, so a load holds one file's texts in
memory at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sqlite3
import stat
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PosixPath

from mhbrief import loader, model, problems, safepickle, trust
from mhbrief.engine import store
from mhbrief.format import parse_file, read_capped, sha256
from mhbrief.model import Collection, SourceFile, spill

CACHE_NAME = store.PARSE_CACHE
#: What earlier versions kept: one pickle of every file, read and written whole.
_OLD_CACHE_NAME = "parsed.pickle"
#: An mtime this close to when its fingerprint was taken is not trusted.
RACY_NS = 2_000_000_000
#: Modules whose code decides a parse result: a change to any of them drops the cache.
#: Names are relative to the package, dotted; a package stands for its ``__init__``.
_PARSER_MODULES = (
    "__init__",
    "format",
    "format.briefings",
    "format.checker",
    "format.ids",
    "format.items",
    "format.messages",
    "format.plans",
    "format.reading",
    "format.themes",
    "model",
    "problems",
    "sanitize",
    "suggest",
    "textstore",
    "toml_entries",
    "toml_hints",
    "toml_positions",
)

#: How long a save waits for another process's save to finish before giving up.
BUSY_SECONDS = 0.5
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    inode INTEGER, seen_ns INTEGER, source BLOB
);
CREATE TABLE holders (id TEXT PRIMARY KEY, path TEXT NOT NULL);
"""

Fingerprint = tuple[int, int, int, int]

#: The globals a pickled :class:`~mhbrief.model.SourceFile` names: the model's documents,
#: items, themes and enums, its problems, paths and dates. Nothing else is unpickled.
#: Each is named as pickle names it, by where the class lives: ``PosixPath`` is
#: ``pathlib.PosixPath`` up to Python 3.12 and ``pathlib._local.PosixPath`` from 3.13.
_PICKLED_CLASSES = (
    model.SourceFile,
    model.Briefing,
    model.Plan,
    model.ThemesFile,
    model.Quote,
    model.Point,
    model.Section,
    model.Theme,
    model.Kind,
    model.Stance,
    model.SourceType,
    model.Status,
    model.SectionTexts,
    problems.Problem,
    problems.Severity,
    PosixPath,
    date,
)
PICKLED: safepickle.Allowed = {(cls.__module__, cls.__qualname__): cls for cls in _PICKLED_CLASSES}


def fingerprint(info: os.stat_result) -> Fingerprint:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def trusted(stored: Fingerprint, seen_ns: int, current: Fingerprint, now_ns: int) -> bool:
    """Whether a file whose fingerprint was ``stored`` at ``seen_ns`` is unchanged now that
    it is ``current``: the same fingerprint, and an mtime that cannot hide a rewrite."""
    mtime = current[1]
    return (
        stored == current
        and seen_ns <= now_ns  # the clock did not go backwards since
        and mtime <= now_ns  # not in the future
        and mtime < seen_ns - RACY_NS
    )


@dataclass
class CachedParse:
    """One file's parse result as stored, with the fingerprint it was taken at."""

    fingerprint: Fingerprint
    #: ``time.time_ns()`` just before the file was read (and its fingerprint taken).
    seen_ns: int
    source: SourceFile


@dataclass
class ParseCache:
    """Stored parse results by path; :meth:`parse` answers from it when it may."""

    entries: dict[str, CachedParse] = field(default_factory=dict)
    now_ns: int = field(default_factory=lambda: time.time_ns())
    changed: bool = False
    used: set[str] = field(default_factory=set)
    parsed: int = 0
    #: Read from (or written to) the store on disk: a save writes only what changed.
    stored: bool = False
    #: Paths whose entries changed, or were forgotten, since the store was written.
    dirty: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)
    links: loader.LinkMemo = field(default_factory=loader.LinkMemo)
    #: The holders of ids used twice (:attr:`loader.LinkMemo.holders`) changed since
    #: the store was written.
    holders_dirty: bool = False

    def trusted(self, entry: CachedParse, current: Fingerprint) -> bool:
        return trusted(entry.fingerprint, entry.seen_ns, current, self.now_ns)

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
        self.dirty.add(key)
        self.gone.discard(key)  # forgotten by a load whose save failed, and back now
        if entry is not None and entry.source.sha256 == sha256(data):
            self.entries[key] = CachedParse(current, seen_ns, entry.source)  # touched, not changed
            return entry.source
        self.parsed += 1
        source = parse_file(path, data)
        spill(source.document)
        self.entries[key] = CachedParse(current, seen_ns, source)
        return source

    def again(self) -> ParseCache:
        """The same store for the next load (a running app keeps it in memory)."""
        return ParseCache(
            entries=self.entries,
            links=self.links,
            stored=self.stored,
            changed=self.changed,
            dirty=self.dirty,
            gone=self.gone,
            holders_dirty=self.holders_dirty,
        )

    def prune(self) -> None:
        """Forget files not seen in this load."""
        gone = set(self.entries) - self.used
        for key in gone:
            del self.entries[key]
        self.gone |= gone
        self.dirty -= gone
        self.changed = self.changed or bool(gone)


def code_key() -> str:
    """Identifies the parser's code: its modules' sizes and mtimes, and Python's version."""
    import sys

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(sys.version.encode())
    for name in _PARSER_MODULES:
        try:
            info = os.stat(module_path(package, name))
        except OSError:
            continue
        digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def module_path(package: Path, name: str) -> Path:
    """The file of module ``name`` (dotted, relative to ``package``): a package's ``__init__``."""
    path = package.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_name(f"{path.name}.py")


def trusted_file(handle: trust.CheckedDir, name: str) -> bool:
    """True when ``name`` is a regular file of ours in the checked folder ``handle``, which
    is ours and which nobody else may write (so nobody can swap the file before we open
    it through the same handle)."""
    try:
        if not trust.private_to(os.fstat(handle.fd)):
            return False
        info = os.stat(name, dir_fd=handle.fd, follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and trust.private_to(info)


def checked_folder(folder: Path) -> trust.CheckedDir | None:
    """The version folder, checked like the index it holds (:func:`.engine.store.open_checked`)."""
    try:
        return store.open_checked(folder)
    except Exception:
        return None


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    uri = f"file:{urllib.parse.quote(str(path))}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None)
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def load(folder: Path, root: Path) -> ParseCache:
    """The parse cache in ``folder`` for the briefings folder ``root``; empty if unusable."""
    handle = checked_folder(folder)
    if handle is None:
        return ParseCache()
    with handle:
        if not trusted_file(handle, CACHE_NAME):
            return ParseCache()
        return _read(handle.path / CACHE_NAME, root)


def _read(path: Path, root: Path) -> ParseCache:
    entries: dict[str, CachedParse] = {}
    try:
        with contextlib.closing(connect(path, readonly=True)) as connection:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if meta != {"code": code_key(), "root": str(root)}:
                return ParseCache()
            rows = connection.execute(
                "SELECT path, size, mtime_ns, ctime_ns, inode, seen_ns, source FROM files"
            )
            for key, size, mtime, ctime, inode, seen_ns, data in rows:
                source = safepickle.loads(data, PICKLED)
                if not isinstance(source, SourceFile):
                    return ParseCache()
                spill(source.document)  # one file's texts in memory at a time
                entries[key] = CachedParse((size, mtime, ctime, inode), seen_ns, source)
            holders = {
                ident: Path(path)
                for ident, path in connection.execute("SELECT id, path FROM holders")
                if isinstance(ident, str) and isinstance(path, str)
            }
    except Exception:  # damaged or from another version: parse everything
        return ParseCache()
    return ParseCache(entries=entries, stored=True, links=loader.LinkMemo(holders=holders))


def _row(key: str, entry: CachedParse) -> tuple[object, ...]:
    data = pickle.dumps(entry.source, protocol=pickle.HIGHEST_PROTOCOL)
    return (key, *entry.fingerprint, entry.seen_ns, data)


_INSERT = "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)"


def _write_all(folder: Path, root: Path, cache: ParseCache) -> None:
    """A new store with every entry, put in place atomically."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".parsed-", suffix=".tmp")
    os.close(fd)
    try:
        with contextlib.closing(connect(Path(name), readonly=False)) as connection:
            connection.executescript(_SCHEMA)
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("code", code_key()), ("root", str(root))]
            )
            connection.executemany(_INSERT, (_row(k, e) for k, e in cache.entries.items()))
            _write_holders(connection, cache)
            connection.execute("COMMIT")
        os.replace(name, folder / CACHE_NAME)
        with contextlib.suppress(OSError):
            os.unlink(folder / _OLD_CACHE_NAME)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _write_changes(folder: Path, root: Path, cache: ParseCache) -> bool:
    """Only the entries this load changed, in place: one row a changed file.

    False (nothing written) when the store now belongs to other code or another folder.
    """
    with contextlib.closing(connect(folder / CACHE_NAME, readonly=False)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if meta != {"code": code_key(), "root": str(root)}:
                connection.execute("ROLLBACK")
                return False
            connection.executemany(
                _INSERT,
                (_row(k, cache.entries[k]) for k in sorted(cache.dirty) if k in cache.entries),
            )
            connection.executemany(
                "DELETE FROM files WHERE path = ?", ((k,) for k in sorted(cache.gone))
            )
            if cache.holders_dirty:
                _write_holders(connection, cache)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return True


def _write_holders(connection: sqlite3.Connection, cache: ParseCache) -> None:
    """The holders of ids used twice, all of them (a few rows at most)."""
    connection.execute("DELETE FROM holders")
    connection.executemany(
        "INSERT INTO holders VALUES (?, ?)",
        ((ident, str(path)) for ident, path in sorted(cache.links.holders.items())),
    )


def save(folder: Path, root: Path, cache: ParseCache) -> None:
    """Store what changed in ``cache`` in ``folder``; never raises.

    A cache that was read from ``folder`` writes only its changed files' rows; any
    other is written whole into a new file that replaces the old one atomically.
    """
    if not cache.changed or not os.path.isdir(folder):  # never raises (3.11 is_dir may)
        return
    handle = checked_folder(folder)
    if handle is None:
        return  # not ours alone: never written either
    try:
        with handle:
            stored = cache.stored and trusted_file(handle, CACHE_NAME)
            if not (stored and _write_changes(handle.path, root, cache)):
                _write_all(handle.path, root, cache)
    except Exception:  # read-only, full or busy: the next load parses again, no harm
        return
    cache.stored, cache.changed, cache.holders_dirty = True, False, False
    cache.dirty.clear()
    cache.gone.clear()


def load_collection(
    root: Path, folder: Path, kept: ParseCache | None = None
) -> tuple[Collection, ParseCache]:
    """The collection below ``root``, unchanged files answered from the cache in ``folder``
    (or from ``kept``, the cache of the previous load in this process).

    Call :func:`save` with the returned cache once ``folder`` exists.
    """
    cache = kept.again() if kept is not None else load(folder, root)
    holders = dict(cache.links.holders)
    collection = loader.load_collection(root, parse=cache.parse, memo=cache.links)
    if cache.links.holders != holders:  # stored even when no file changed
        cache.changed = cache.holders_dirty = True
    cache.prune()
    return collection, cache
