"""What loading a folder concluded, stored with the fingerprints of the files it read.

A search, or an ``index`` with nothing to do, needs from the briefing files only
what the cross-file checks concluded: every file's problems, the quotes not found
verbatim in their source, the files that do not load (their last good documents
stay in the index), how many files there are. At 100k items getting those by
loading the folder (every parsed file read back from the parse cache, every
document linked) cost 1.5-3 s a call. So after a sync that left the index up to
date, :func:`write` stores them as :class:`LinkedFacts`, with the generation they
hold for: the fingerprint of every briefing file and when it was taken, the state
of every source text a quote was checked against, the index's own state
(:meth:`~mhbrief.engine.protocol.Engine.index_state`) and the code's. :func:`read`
answers them again only when all of it is as stored: each file found now has its
stored fingerprint, trusted by the parse cache's own rule (an mtime too close to
when it was taken could hide a rewrite of the same size), no file is new or gone,
no folder is unreadable, no file is a link, every source text is as it was, the
index was not written since, the code that drew them is the same, (when there
are problems, whose messages may name a file relative to it) so is the current folder, and
(when a briefing is dated after the day they were drawn, a warning that names that day) so
is the day. Anything
else, or any doubt (a damaged or missing record), is None: the caller loads the
folder as before and stores a new record.

The record is a table in the parse cache's SQLite file, read and written under
the same checks (:func:`mhbrief.parsecache.checked_folder`: the folder and the file
ours, nobody else may write them); it holds plain values (JSON and integers), never
a pickle.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from mhbrief import future_dates, loader, parsecache, verbatim
from mhbrief.model import Briefing, Collection
from mhbrief.problems import Problem, Severity, tally

#: Modules whose code decides what linking concludes, besides the parser's
#: (:data:`mhbrief.parsecache._PARSER_MODULES`): a change to any drops the record.
_LINK_MODULES = (
    "loader",
    "id_owners",
    "verbatim",
    "future_dates",
    "linked",
    "parsecache",
    "engine.index",
)

_SCHEMA = "CREATE TABLE IF NOT EXISTS linked (key TEXT PRIMARY KEY, value BLOB NOT NULL)"


@dataclass(frozen=True)
class LinkedFacts:
    """What a load concluded that a search or an ``index`` reports."""

    #: Every problem of every file, in the collection's order.
    problems: tuple[Problem, ...] = ()
    #: Global ids of quotes that failed the verbatim check.
    unverified: frozenset[str] = frozenset()
    #: The files that do not load, keyed as the index keys sources.
    failing: frozenset[str] = frozenset()
    #: How many files were read (briefings, plans, themes, and those that fail).
    files: int = 0
    #: The files refused for an id another file keeps (none of their items is indexed).
    refused: frozenset[str] = frozenset()

    @property
    def error_count(self) -> int:
        return tally(self.problems).errors

    @property
    def warning_count(self) -> int:
        return tally(self.problems).warnings

    @classmethod
    def of(
        cls, collection: Collection, failing: frozenset[str], refused: frozenset[str]
    ) -> LinkedFacts:
        files = len(collection.files)
        return cls(collection.problems, collection.unverified, failing, files, refused)


def code_key() -> str:
    """The parser's code key and the linking modules' sizes and mtimes."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(parsecache.code_key().encode())
    for name in _LINK_MODULES:
        try:
            info = os.stat(parsecache.module_path(package, name))
        except OSError:
            continue
        digest.update(f"{name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


# --- reading ----------------------------------------------------------------------


def read(folder: Path, root: Path, index_state: str | None) -> LinkedFacts | None:
    """The stored facts, when every file they were drawn from is as it was and the index
    is in ``index_state``; None otherwise (never raises)."""
    if index_state is None:
        return None
    try:
        return _read(folder, root, index_state)
    except Exception:  # damaged, from other code, busy: load the folder instead
        return None


def _read(folder: Path, root: Path, index_state: str) -> LinkedFacts | None:
    handle = parsecache.checked_folder(folder)
    if handle is None:
        return None
    with handle:
        if not parsecache.trusted_file(handle, parsecache.CACHE_NAME):
            return None
        path = handle.path / parsecache.CACHE_NAME
        with contextlib.closing(parsecache.connect(path, readonly=True)) as connection:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if meta != {"code": parsecache.code_key(), "root": str(root)}:
                return None
            stored = dict(connection.execute("SELECT key, value FROM linked").fetchall())
    if stored.get("code") != code_key() or stored.get("index") != index_state:
        return None
    if stored.get("cwd") not in ("", os.getcwd()):
        return None  # a message names a file as seen from the folder it was run in
    if stored.get("day") not in (None, "", future_dates.today().isoformat()):
        return None  # a future date's warning names the day it was drawn on: redraw it
    if not _files_unchanged(root, bytes(stored["files"]), int(stored["seen"])):
        return None
    facts = json.loads(stored["facts"])
    if not _sources_unchanged(root, facts["sources"]):
        return None
    return LinkedFacts(
        problems=tuple(
            Problem(Path(path), line, column, Severity(severity), message)
            for path, line, column, severity, message in facts["problems"]
        ),
        unverified=frozenset(facts["unverified"]),
        failing=frozenset(facts["failing"]),
        refused=frozenset(facts["refused"]),
        files=int(facts["files"]),
    )


def _files_unchanged(root: Path, packed: bytes, seen_ns: int) -> bool:
    """Whether the briefing files below ``root`` are the ``packed`` ones, each unchanged.

    Each was stored only if its mtime was already too old to hide a rewrite when its
    fingerprint was taken (:func:`mhbrief.parsecache.trusted`); what is left of that
    rule is that no clock went backwards since the last was taken (``seen_ns``).
    """
    now = time.time_ns()
    if seen_ns > now:
        return False
    fields = packed.split(b"\0")[:-1]
    if len(fields) % 2:
        return False
    stored = dict(zip(fields[::2], fields[1::2], strict=True))
    unreadable: list[OSError] = []
    names = loader.discover_names(root, unreadable, ordered=False)
    if unreadable or len(names) != len(stored):
        return False
    for name in names:
        try:
            info = os.lstat(name)
        except OSError:
            return False
        if stat.S_ISLNK(info.st_mode) or info.st_mtime_ns > now:
            return False  # a link is checked on each load (loader.load_file)
        current = _fingerprint(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
        if stored.get(name.encode("utf-8", "surrogateescape")) != current:
            return False
    return True


def _fingerprint(size: int, mtime_ns: int, ctime_ns: int, inode: int) -> bytes:
    return f"{size}:{mtime_ns}:{ctime_ns}:{inode}".encode()


def _sources_unchanged(root: Path, sources: list[list[object]]) -> bool:
    """Whether each source text a quote was checked against is as it was."""
    folders: dict[str, str] = {}
    for path, name, state in sources:
        now = verbatim.source_state_at(Path(str(path)), str(name), root, folders)
        if now is None or list(now) != state:  # a state holds strings and integers
            return False
    return True


# --- writing ----------------------------------------------------------------------


def write(
    folder: Path,
    root: Path,
    cache: parsecache.ParseCache,
    collection: Collection,
    facts: LinkedFacts,
    index_state: str | None,
) -> None:
    """Store ``facts``, drawn from ``collection`` as loaded through ``cache`` (saved), for
    the index in ``index_state``; nothing is stored when part of the load cannot be
    trusted to be seen again as it was. Never raises."""
    if index_state is None or cache.changed:  # no index, or the parse cache was not saved
        return
    try:
        packed = _packed_files(collection, cache)
        sources = _sources(collection, cache.links)
        if packed is None or sources is None:
            return
        files, seen_ns = packed
        record = {
            "problems": [
                [os.fspath(p.path), p.line, p.column, p.severity.value, p.message]
                for p in facts.problems
            ],
            "unverified": sorted(facts.unverified),
            "failing": sorted(facts.failing),
            "refused": sorted(facts.refused),
            "files": facts.files,
            "sources": sources,
        }
        values: dict[str, str | bytes] = {
            "code": code_key(),
            "index": index_state,
            "facts": json.dumps(record),
            "files": files,
            "seen": str(seen_ns),
            # Some messages name another file relative to the current folder (a duplicate
            # id's first definition): with problems, they hold where they were written.
            "cwd": os.getcwd() if facts.problems else "",
            "day": _future_day(collection),
        }
        _store(folder, root, values)
    except Exception:  # read-only, full, busy, damaged: the next call loads the folder
        return


def _future_day(collection: Collection) -> str:
    """Today, when a briefing is dated after it: its warning names today and ends when that
    date comes, so the facts hold for today only; "" when none is (they hold on any day)."""
    now = future_dates.today()
    dated = (source.document for source in collection.files)
    ahead = any(isinstance(doc, Briefing) and doc.published > now for doc in dated)
    return now.isoformat() if ahead else ""


def _packed_files(collection: Collection, cache: parsecache.ParseCache) -> tuple[bytes, int] | None:
    """Each file of the load with its fingerprint as the parse cache took it when it
    read the file (path and fingerprint, each ended by a NUL, which no path holds), and
    the latest time one was taken. None when a file was not read through the cache (a
    link out of the folder, an unreadable folder: no entry), changed while it was read,
    or was too recently changed to be trusted by its fingerprint
    (:func:`mhbrief.parsecache.trusted`): the next load reads that one again."""
    entries = cache.entries  # this load's files only (pruned)
    if len(entries) != len(collection.files):
        return None
    parts = []
    latest = 0
    for key, entry in entries.items():
        size, mtime, ctime, inode = entry.fingerprint
        if entry.seen_ns == 0 or mtime >= entry.seen_ns - parsecache.RACY_NS:
            return None  # as parsecache.trusted: only a clock gone back is left to check
        latest = max(latest, entry.seen_ns)
        parts.append(key.encode("utf-8", "surrogateescape"))
        parts.append(_fingerprint(size, mtime, ctime, inode))
    parts.append(b"")
    return b"\0".join(parts), latest


def _sources(collection: Collection, memo: loader.LinkMemo) -> list[list[object]] | None:
    """``[briefing path, source_text, state]`` of each briefing checked against a source
    text, the state as the load saw it when it checked; None when the load did not
    remember one (changed too recently to be told apart from a rewrite)."""
    found: list[list[object]] = []
    for briefing in collection.briefings.values():
        if briefing.source_text is None:
            continue
        state = memo.source_state(briefing)
        if state is None:
            return None
        found.append([os.fspath(briefing.path), briefing.source_text, list(state)])
    return found


def _store(folder: Path, root: Path, values: dict[str, str | bytes]) -> None:
    handle = parsecache.checked_folder(folder)
    if handle is None:
        return
    with handle:
        if not parsecache.trusted_file(handle, parsecache.CACHE_NAME):
            return
        path = handle.path / parsecache.CACHE_NAME
        with contextlib.closing(parsecache.connect(path, readonly=False)) as connection:
            _replace(connection, root, values)


def _replace(connection: sqlite3.Connection, root: Path, values: dict[str, str | bytes]) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        if meta != {"code": parsecache.code_key(), "root": str(root)}:
            connection.execute("ROLLBACK")
            return
        connection.execute(_SCHEMA)
        connection.execute("DELETE FROM linked")
        connection.executemany("INSERT INTO linked VALUES (?, ?)", sorted(values.items()))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
