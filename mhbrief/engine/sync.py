"""Bring the index up to date with a briefings folder, re-indexing only what changed.

A file that stops loading keeps its last good documents. Never raises for a
locked, read-only or damaged index: a damaged one is rebuilt from the files, a
locked or read-only one is reported stale. Big updates are written on two
processes (:mod:`mhbrief.engine.bulkwrite`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from whoosh import writing

from mhbrief.engine import bulkwrite, index_files
from mhbrief.engine.index import (
    SCHEMA,
    failing_sources,
    index_fields,
    is_failing,
    labels_digest,
    records,
    relative,
    theme_labels,
)
from mhbrief.engine.protocol import SyncReport
from mhbrief.engine.store import (
    INDEX_NAME,
    LOCK_NAME,
    PARSE_CACHE,
    PARSE_CACHE_JOURNAL,
    _acquire,
    _create,
    _recreate_if_broken,
    _stored_records,
    _verify,
    _write_lock,
    exists,
    indexed_files,
    open_writable,
    store_dir,
)
from mhbrief.model import Briefing, Collection, Plan, SourceFile
from mhbrief.sanitize import sanitize_line
from mhbrief.trust import IndexUnsafe

#: Memory for the writer's posting pool before it spills to disk (Whoosh: 128).
WRITER_MB = 64

Progress = Callable[[int, int], None]


def _stale(message: str, *, locked: bool = False) -> SyncReport:
    # Messages name folders the user typed (--index): never an escape sequence.
    return SyncReport(0, 0, 0, False, True, sanitize_line(message), locked=locked)


def sync(
    index_dir: Path,
    collection: Collection,
    *,
    progress: Progress | None = None,
    lock_timeout: float = 2.0,
    rebuild: bool = False,
    verify: bool = False,
) -> SyncReport:
    """Bring the index in ``index_dir`` up to date with ``collection``.

    Never raises for a locked, read-only or damaged index: a damaged one is
    rebuilt from the files, a locked or read-only one is reported stale.
    ``verify`` first checks every segment against its stored checksum and
    rebuilds the index when one fails.
    """
    options: dict[str, Any] = {"progress": progress, "lock_timeout": lock_timeout}
    if verify:
        damaged = _verify(store_dir(index_dir), lock_timeout)
        if damaged:
            report = _sync(index_dir, collection, rebuild=False, **options)
            note = (
                f"the index had damaged files: {', '.join(damaged)} failed their checksum; "
                "it was rebuilt from the briefing files"
            )
            return dataclasses.replace(report, rebuilt=True, message=report.message or note)
    try:
        return _sync(index_dir, collection, rebuild=rebuild, **options)
    except OSError:
        raise
    except Exception:
        # Garbled data in a segment that opened fine; rebuild only if reading
        # the whole index really fails (otherwise the error is not the index's).
        repaired = _recreate_if_broken(store_dir(index_dir), lock_timeout)
        if repaired is None:
            return _stale(
                "the index is damaged and another mhbrief process holds its lock", locked=True
            )
        if not repaired:
            raise
    report = _sync(index_dir, collection, rebuild=False, **options)
    return dataclasses.replace(report, rebuilt=True)


def _sync(
    index_dir: Path,
    collection: Collection,
    *,
    progress: Progress | None,
    lock_timeout: float,
    rebuild: bool,
) -> SyncReport:
    folder = store_dir(index_dir)
    try:
        created = False
        if not exists(folder):
            if not _create(folder, lock_timeout):
                return _stale("another mhbrief process is updating the index", locked=True)
            created = True
        try:
            ix = open_writable(folder)
            indexed = indexed_files(ix)
        except (IndexUnsafe, PermissionError):
            raise
        except Exception:  # a damaged index: the TOML files can always rebuild it
            repaired = _recreate_if_broken(folder, lock_timeout)
            if repaired is None:
                return _stale(
                    "the index is damaged and another mhbrief process holds its lock", locked=True
                )
            created = created or repaired
            ix = open_writable(folder)
            indexed = indexed_files(ix)
    except IndexUnsafe as exc:
        return dataclasses.replace(_stale(str(exc)), refused=True)
    except OSError as exc:
        return _stale(index_files.write_failure(index_dir, exc))

    folder = Path(ix.storage.folder)  # the checked folder, through its handle
    current = {relative(s.path, collection.root): s for s in collection.files}
    labels = theme_labels(collection)
    digest = labels_digest(labels)  # once, not once a file
    changed: dict[str, SourceFile] = {}
    for rel, source in current.items():
        if source.document is None and source.taken_by is not None and rel in indexed:
            # Refused for an id another file keeps: its old items would be found under
            # that file's id (never kept, unlike a file that is broken for a moment).
            changed[rel] = source
            continue
        if source.document is None:
            continue  # keep its last good documents, if any
        if not rebuild and indexed.get(rel) == f"{source.sha256}+{digest}":  # file_version
            continue
        if rel in indexed or any(True for _ in records(source, rel, labels)):
            changed[rel] = source
    failing = failing_sources(collection)
    # A file below a folder that cannot be read now is not gone: its items stay.
    removed_sources = {
        rel for rel in indexed if rel not in current and not is_failing(rel, failing)
    }
    if not changed and not removed_sources and not rebuild:
        return SyncReport(0, 0, 0, created, False, None)

    # Our own lock, not the writer's: released whatever fails, and held while a
    # failed write's files are removed.
    lock = _write_lock(folder)
    try:
        if not _acquire(lock, lock_timeout):
            return _stale(
                "another mhbrief process is updating the index; showing it as it stands",
                locked=True,
            )
    except OSError as exc:
        return _stale(index_files.write_failure(index_dir, exc))
    try:
        return _write(ix, collection, changed, removed_sources, indexed, rebuild, progress, created)
    except (OSError, bulkwrite.BuildFailed) as exc:  # a full disk, a killed process: no trace
        index_files.remove_unused(
            folder,
            ix.storage,
            INDEX_NAME,
            SCHEMA,
            {LOCK_NAME, PARSE_CACHE, PARSE_CACHE_JOURNAL},
        )
        message = (
            str(exc)
            if isinstance(exc, bulkwrite.BuildFailed)
            else index_files.write_failure(index_dir, exc)
        )
        return _stale(message)
    finally:
        lock.release()


def _write(
    ix: Any,
    collection: Collection,
    changed: Mapping[str, SourceFile],
    removed_sources: set[str],
    indexed: Mapping[str, str],
    rebuild: bool,
    progress: Progress | None,
    created: bool,
) -> SyncReport:
    """Write the changes under the lock the caller holds; commit, or leave no trace."""
    labels = theme_labels(collection)
    documents = sum(_document_count(source) for source in changed.values())
    writer = bulkwrite.writer(ix, documents, _lk=False, limitmb=WRITER_MB)
    try:
        touched = removed_sources | set(changed)
        before = {r["id"] for r in _stored_records(ix, touched if not rebuild else set(indexed))}
        kept: list[dict[str, Any]] = []
        if rebuild:
            # Files that fail now keep their last good documents across a rebuild.
            failing = failing_sources(collection)
            kept = _stored_records(ix, {rel for rel in indexed if is_failing(rel, failing)})
        else:
            for rel in sorted(touched):
                writer.delete_by_term("source", rel)
        after: set[str] = set()
        total = len(changed)
        for done, rel in enumerate(sorted(changed), start=1):
            for record in records(changed[rel], rel, labels, collection.unverified):
                _add(writer, record, replace=not rebuild)
                after.add(record["id"])
            if progress is not None:
                progress(done, total)
        for record in kept:
            _add(writer, record, replace=False)
            after.add(record["id"])
        writer.commit(mergetype=writing.CLEAR if rebuild else index_files.merge_sparse)
    except BaseException:
        _cancel(writer)
        raise
    index_files.record_checksums(Path(ix.storage.folder), ix.storage, INDEX_NAME, SCHEMA)
    return SyncReport(
        added=len(after - before),
        updated=len(after & before),
        removed=len(before - after),
        rebuilt=rebuild or created,
        stale=False,
        message=None,
        files=len(touched),
    )


def _document_count(source: SourceFile) -> int:
    document = source.document
    if isinstance(document, Briefing):
        return 1 + len(document.items)
    return len(document.sections) if isinstance(document, Plan) else 0


def _cancel(writer: Any) -> None:
    try:
        writer.cancel()
    except Exception:
        lock = getattr(writer, "writelock", None)
        if lock is not None and getattr(lock, "fd", None) is not None:
            lock.release()


def _add(writer: Any, record: Mapping[str, Any], *, replace: bool) -> None:
    fields = index_fields(record)  # coerced before the writer sees anything
    if replace:
        writer.delete_by_term("id", fields["id"])
    writer.add_document(**fields)
