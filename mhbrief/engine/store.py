"""The index's folder: opened only when trusted, locked for writing, read back, repaired.

Concurrency, as Whoosh behaves:

- one writer at a time, by Whoosh's ``WRITELOCK`` file (an ``flock``, freed by
  the kernel when a writer dies); we wait for it with a timeout and never
  delete it;
- a commit writes new segment files and then renames a new TOC into place, so
  readers see the old or the new index, never half of one;
- a commit deletes segment files of older generations, so opening a reader can
  race with it: opening is retried.

Each schema/analysis version lives in its own sub-folder (``v<schema>-<analysis>``):
a change of either gives an empty folder, which the next sync fills.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import EmptyIndexError
from whoosh.reading import TermNotFound
from whoosh.util.filelock import FileLock

from mhbrief import trust
from mhbrief.engine import index, index_files
from mhbrief.engine.analysis import ANALYSIS_VERSION
from mhbrief.engine.index import SCHEMA, _text
from mhbrief.trust import CheckedDir
from mhbrief.trust import IndexUnsafe as IndexUnsafe  # raised to callers of this module

INDEX_NAME = "MAIN"
#: Whoosh's lock file name for ``INDEX_NAME`` (see ``FileIndex.lock``).
LOCK_NAME = f"{INDEX_NAME}_WRITELOCK"
OPEN_RETRIES = 8
#: Whoosh 2.7.5 copies each member file of a memory-mapped segment, so a mapped
#: index is held twice; plain reads keep the app far smaller (bench/README.md).
MMAP = False
#: The parsed briefing files kept beside the index (:mod:`mhbrief.parsecache`), a
#: SQLite file, and the journal SQLite keeps beside it while a save is under way.
PARSE_CACHE = "parsed.sqlite"
PARSE_CACHE_JOURNAL = f"{PARSE_CACHE}-journal"

#: Deleted documents of a segment read back to find which files may have left it.
MAX_DELETED_READ = 5000

# --- opening -----------------------------------------------------------------


def store_dir(index_dir: Path) -> Path:
    """The folder of the current schema and analysis version inside ``index_dir``."""
    return index_dir / f"v{index.SCHEMA_VERSION}-{ANALYSIS_VERSION}"


def open_checked(folder: Path, *, create: bool = False) -> CheckedDir:
    """The version folder ``folder``, checked (with every folder on its path and every
    file in it) and held open: use :attr:`CheckedDir.path` to reach what is in it.

    Trusted only when no other user can have written it, the index root above it, the
    files in it or any folder on the way (see :mod:`mhbrief.trust`): a planted index is
    refused before anything is read."""
    try:
        handle = trust.open_checked(folder, strict=2, create=create)
    except PermissionError as exc:  # another user's index: say what to do
        raise trust.not_open_to_you(folder.parent, exc) from exc
    try:
        trust.check_entries(handle, skip=frozenset({LOCK_NAME}))  # the lock: flock only
    except BaseException:
        handle.close()
        raise
    return handle


class OwnerOnlyStorage(FileStorage):  # type: ignore[misc]
    """Whoosh's file storage, creating its files and folders for their owner only
    (whatever the umask), so :func:`open_checked` keeps trusting them.

    Given a :class:`~mhbrief.trust.CheckedDir`, it keeps it open and reaches the
    files through it; another process (the parallel build's workers) gets the
    folder's name, as a handle means nothing there.
    """

    def __init__(self, folder: str, *, handle: CheckedDir | None = None, **kwargs: Any) -> None:
        super().__init__(folder, **kwargs)
        self.handle = handle
        self.shown = str(handle.shown) if handle is not None else folder

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["folder"], state["handle"] = state["shown"], None
        return state

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> Any:
        if self.readonly:
            return super().create_file(name, excl=excl, mode=mode, **kwargs)
        flags = os.O_EXCL if excl else 0

        def opener(path: str, more: int) -> int:
            return os.open(path, more | flags, 0o600)

        handle = open(self._fpath(name), mode, opener=opener)  # noqa: SIM115 (StructFile closes it)
        return StructFile(handle, name=name, **kwargs)

    def temp_storage(self, name: str | None = None) -> Any:
        name = name or f"{INDEX_NAME}.tmp"
        folder = Path(self.folder) / name
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
        storage = OwnerOnlyStorage(str(folder), handle=self.handle)
        storage.shown = os.path.join(self.shown, name)
        return storage


def _storage(folder: Path | CheckedDir, *, readonly: bool = False) -> Any:
    if isinstance(folder, CheckedDir):
        path, handle = str(folder.path), folder
    else:
        path, handle = str(folder), None
    return OwnerOnlyStorage(path, handle=handle, readonly=readonly, supports_mmap=MMAP)


def exists(folder: Path) -> bool:
    """True when ``folder`` holds an index, even a damaged one (opening it tells); False
    for a folder not open to us (opening it says why: :func:`open_checked`)."""
    try:
        return folder.is_dir() and any(folder.glob(f"_{INDEX_NAME}_*.toc"))
    except PermissionError:  # Python 3.11's is_dir raises it
        return False


def open_index(folder: Path) -> Any:
    """Open the index in ``folder`` (read-only is fine), checked first and read through
    the checked folder's handle; retries a vanished TOC."""
    handle = open_checked(folder)
    try:
        for attempt in range(OPEN_RETRIES):
            try:
                return _storage(handle, readonly=True).open_index(INDEX_NAME, schema=SCHEMA)
            except (FileNotFoundError, EmptyIndexError):
                if attempt == OPEN_RETRIES - 1:
                    raise
                time.sleep(0.02 * (attempt + 1))
    except BaseException:
        handle.close()
        raise
    raise AssertionError("unreachable")


def open_writable(folder: Path | CheckedDir) -> Any:
    """The index in ``folder`` for writing; every path that reads a TOC checks first.
    Its ``storage.folder`` reaches the checked folder for as long as the index lives."""
    handle = folder if isinstance(folder, CheckedDir) else open_checked(folder)
    try:
        return _storage(handle).open_index(INDEX_NAME, schema=SCHEMA)
    except BaseException:
        if handle is not folder:
            handle.close()
        raise


def _create(folder: Path, lock_timeout: float) -> bool:
    """Create an empty index under the write lock unless one exists. False: locked."""
    with open_checked(folder, create=True) as handle:
        lock = _write_lock(handle.path)
        if not _acquire(lock, lock_timeout):
            return False
        try:
            if not exists(handle.path):
                storage = _storage(handle)
                try:
                    storage.create_index(SCHEMA, indexname=INDEX_NAME)
                except OSError:  # a full disk: no half-written TOC stays behind
                    index_files.remove_unused(handle.path, storage, INDEX_NAME, SCHEMA, set())
                    raise
                # A new version: the folders of older ones are only taking room.
                index_files.remove_old_versions(handle)
        finally:
            lock.release()
    return True


def _recreate_if_broken(folder: Path, lock_timeout: float, *, force: bool = False) -> bool | None:
    """Replace a damaged index by an empty one, under the write lock (``force``: known
    to be damaged, by its checksums).

    True: it was replaced; False: it opens fine after all (another process was
    committing while we read it); None: the lock is held by another process.
    """
    with open_checked(folder) as handle:
        lock = _write_lock(handle.path)
        if not _acquire(lock, lock_timeout):
            return None
        try:
            try:
                if force:
                    raise ValueError("segment checksum mismatch")
                _read_all(open_writable(handle))
                return False
            except (IndexUnsafe, PermissionError):
                raise
            except Exception:
                # New TOC of generation 0; the next commit removes the old segment files.
                _storage(handle).create_index(SCHEMA, indexname=INDEX_NAME)
                return True
        finally:
            lock.release()


def commit_state(folder: Path) -> str | None:
    """A digest of the names and fingerprints of the index's files (the parse cache and
    the lock aside): it changes with every commit, and with any write to a file of the
    index. None when ``folder`` holds no index or cannot be listed."""
    skip = {LOCK_NAME, PARSE_CACHE, PARSE_CACHE_JOURNAL}
    digest = hashlib.sha256()
    toc = False
    try:
        with os.scandir(folder) as entries:
            found = sorted((entry.name, entry) for entry in entries if entry.name not in skip)
        for name, entry in found:
            info = entry.stat(follow_symlinks=False)
            toc = toc or (name.startswith(f"_{INDEX_NAME}_") and name.endswith(".toc"))
            digest.update(
                f"{name}\0{info.st_mode}:{info.st_size}:{info.st_mtime_ns}:"
                f"{info.st_ctime_ns}:{info.st_ino}\n".encode("utf-8", "surrogateescape")
            )
    except OSError:
        return None
    return digest.hexdigest() if toc else None


def damaged(folder: Path) -> list[str]:
    """Names of segment files that fail their checksum, nothing repaired; none when the
    folder is not trusted or its TOC cannot be read (a sync says why, or rebuilds)."""
    if not exists(folder):
        return []
    try:
        with open_checked(folder) as handle:
            return index_files.damaged_files(handle.path, _storage(handle), INDEX_NAME, SCHEMA)
    except Exception:  # IndexUnsafe: the sync refuses it; an unreadable TOC: it rebuilds
        return []


def _verify(folder: Path, lock_timeout: float) -> list[str]:
    """Names of segment files that fail their checksum; the index is emptied under the
    write lock when there are any (the next sync fills it from the files)."""
    found = damaged(folder)
    if found and _recreate_if_broken(folder, lock_timeout, force=True) is None:
        return []  # locked: the sync says so
    return found


def _read_all(ix: Any) -> None:
    """Read every term list and stored record, and look up every term a sync looks up
    (each source and id): raises if any of it is damaged. Walking a term list does not
    touch the hash table a lookup reads, so garbage there shows only in a lookup."""
    sources = indexed_files(ix)
    with ix.reader() as reader:
        ids = [fields.get("id") for fields in reader.all_stored_fields()]
        for name, values in (("source", list(sources)), ("id", ids)):
            for value in values:
                if isinstance(value, str):
                    reader.doc_frequency(name, value)
                    for _ in reader.postings(name, value).all_ids():
                        pass


def _write_lock(folder: Path) -> Any:
    """Whoosh's lock file in ``folder``, made for its owner only (Whoosh makes it 0777
    less the umask): only ever locked, never read, but nothing of ours is shared."""
    path = folder / LOCK_NAME
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(OSError):  # a read-only folder: Whoosh's own attempt says so
        os.close(os.open(path, flags, 0o600))
    return FileLock(str(path))


def _acquire(lock: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if lock.acquire():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def indexed_files(ix: Any) -> dict[str, str]:
    """``{source path: sha256}`` of every file with documents in the index."""
    found: dict[str, str] = {}
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            # The lexicon keeps the terms of deleted documents until their
            # segment is merged away; only live postings say a file is indexed.
            # Only the file keys of deleted documents can have none left.
            suspects = _deleted_file_keys(leaf) if leaf.has_deletions() else set()
            for key in leaf.lexicon("filekey"):
                check = suspects is None or key in suspects
                if check and not has_live_documents(leaf, "filekey", key):
                    continue
                source, _, sha = key.decode("utf-8").partition("\t")
                found[source] = sha
    return found


def _deleted_file_keys(leaf: Any) -> set[bytes] | None:
    """The ``filekey`` terms of a segment's deleted documents, read from their stored
    records; None (check every key) when there are many or one cannot be read.

    A segment changed by a reload has a few dozen deleted documents among thousands:
    checking each of its file keys' postings was a large part of every reload (bench/README.md).
    """
    segment = leaf.segment()
    if segment.deleted_count() > MAX_DELETED_READ:
        return None
    keys: set[bytes] = set()
    try:
        for docnum in segment.deleted_docs():
            record = json.loads(leaf.stored_fields(docnum)["data"])
            keys.add(f"{_text(record.get('source'))}\t{_text(record.get('sha256'))}".encode())
    except Exception:  # a damaged record: look at every key's postings
        return None
    return keys


def has_live_documents(reader: Any, fieldname: str, term: bytes | str) -> bool:
    """True when a document not deleted holds ``term`` (the lexicon alone is not enough)."""
    try:
        matcher = reader.postings(fieldname, term)
    except TermNotFound:
        return False
    return bool(matcher.is_active())


def stored_record(ix: Any, doc_id: str) -> dict[str, Any] | None:
    """The stored record of the live document ``doc_id``, if the index holds it."""
    with ix.searcher() as searcher:
        fields = searcher.document(id=doc_id)
    if not fields:
        return None
    record = json.loads(fields["data"])
    return record if isinstance(record, dict) else None


class IndexDamaged(Exception):
    """Reading the index's own data failed: it is damaged, and the files can rebuild it."""


def _stored_records(ix: Any, sources: set[str] | frozenset[str]) -> list[dict[str, Any]]:
    """The stored records of documents from ``sources``."""
    found = []
    try:
        with ix.searcher() as searcher:
            for source in sorted(sources):
                for fields in searcher.documents(source=source):
                    found.append(json.loads(fields["data"]))
    except OSError as exc:
        # Read without mmap, a garbled offset is a failed seek or read (EINVAL), not a
        # full disk: say it is damage, so the sync rebuilds instead of reporting a write.
        raise IndexDamaged(str(exc)) from exc
    return found
