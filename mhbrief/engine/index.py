"""The Whoosh index of a briefings folder: schema, documents, and incremental sync.

The TOML files are the source of truth; the index is a cache that can always be
rebuilt from them. One document per quote, point, plan section and briefing,
keyed by its global id. Each document remembers the file it came from and that
file's SHA-256, so a sync re-indexes only files that were added, changed or
deleted. A file that stops loading keeps its last good documents.

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
import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from whoosh import writing
from whoosh.analysis import IDAnalyzer
from whoosh.columns import RefBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import EmptyIndexError
from whoosh.reading import TermNotFound
from whoosh.util.filelock import FileLock

from mhbrief import trust
from mhbrief.engine import bulkwrite, index_files
from mhbrief.engine.analysis import (
    ANALYSIS_VERSION,
    LANGUAGES,
    edge_analyzer,
    language_of,
    plain_analyzer,
    text_analyzer,
)
from mhbrief.engine.protocol import SyncReport as SyncReport  # callers' type
from mhbrief.model import Briefing, Collection, Plan, SourceFile, item_record
from mhbrief.sanitize import sanitize_line
from mhbrief.trust import CheckedDir
from mhbrief.trust import IndexUnsafe as IndexUnsafe  # raised to callers of this module

#: 3: theme labels indexed with the items that carry them (``themes_<lang>``).
#: 4: records say ``draft``; a section's record its plan's ``own_words`` and ``url``.
SCHEMA_VERSION = 4
INDEX_NAME = "MAIN"
#: Whoosh's lock file name for ``INDEX_NAME`` (see ``FileIndex.lock``).
LOCK_NAME = f"{INDEX_NAME}_WRITELOCK"
OPEN_RETRIES = 8
#: Memory for the writer's posting pool before it spills to disk (Whoosh: 128).
WRITER_MB = 64
#: Whoosh 2.7.5 copies each member file of a memory-mapped segment, so a mapped
#: index is held twice; plain reads keep a 100k-item app at a third of the memory.
MMAP = False
#: The parsed briefing files kept beside the index (:mod:`mhbrief.parsecache`), a
#: SQLite file, and the journal SQLite keeps beside it while a save is under way.
PARSE_CACHE = "parsed.sqlite"
PARSE_CACHE_JOURNAL = f"{PARSE_CACHE}-journal"

Progress = Callable[[int, int], None]
#: Deleted documents of a segment read back to find which files may have left it.
MAX_DELETED_READ = 5000

#: Text fields per language: an item's text, the heading it stood under, the title of
#: its briefing or plan, and the labels of its themes.
TEXT_FIELDS = ("text", "context", "title", "themes")


def lang_field(name: str, language: str) -> str:
    return f"{name}_{language_of(language)}"


def build_schema() -> Schema:
    fields: dict[str, Any] = {
        "id": ID(stored=True, unique=True),
        # Filter values are lowercase slugs: lowercasing the query value makes
        # theme:Digitaal and kind:Quote work as typed.
        "kind": ID(analyzer=IDAnalyzer(lowercase=True)),
        "briefing": ID(analyzer=IDAnalyzer(lowercase=True)),
        "source": ID(),
        "filekey": ID(),
        "language": ID(analyzer=IDAnalyzer(lowercase=True)),
        "stance": ID(analyzer=IDAnalyzer(lowercase=True)),
        "status": ID(analyzer=IDAnalyzer(lowercase=True)),
        "theme": KEYWORD(scorable=False, lowercase=True),
        "section": KEYWORD(scorable=False, lowercase=True),
        "date": DATETIME(sortable=True),
        "speaker": TEXT(analyzer=plain_analyzer()),
        "org": TEXT(analyzer=plain_analyzer()),
        "words": TEXT(analyzer=plain_analyzer(), phrase=True),
        "edge": TEXT(analyzer=edge_analyzer(), phrase=False),
        "data": STORED(),
        # Facet values, read per matching document.
        "f_kind": COLUMN(RefBytesColumn()),
        "f_speaker": COLUMN(RefBytesColumn()),
        "f_org": COLUMN(RefBytesColumn()),
        "f_theme": COLUMN(RefBytesColumn()),
    }
    for language in LANGUAGES:
        for name in TEXT_FIELDS:
            fields[f"{name}_{language}"] = TEXT(analyzer=text_analyzer(language))
    return Schema(**fields)


SCHEMA = build_schema()


# --- documents ---------------------------------------------------------------


#: What the records of a file hold; a new one re-indexes every file that loads (in the
#: same index, so a file that fails keeps its last good records, as it would on a rebuild).
#: 2: records say ``superseded_by``, and a quote whether it is ``unverified``.
RECORDS_VERSION = 2


def labels_digest(labels: Mapping[str, str]) -> str:
    """A short fingerprint of the theme labels (records carry them) and of what records hold:
    a change re-indexes."""
    joined = f"records {RECORDS_VERSION}\n" + "\n".join(
        f"{key}\t{labels[key]}" for key in sorted(labels)
    )
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def file_version(source: SourceFile, labels: Mapping[str, str]) -> str:
    """What the index remembers of a file: its content, and the theme labels it was indexed with."""
    return f"{source.sha256}+{labels_digest(labels)}"


def theme_labels(collection: Collection) -> dict[str, str]:
    """``{theme id: label}`` of every defined theme."""
    return {theme_id: theme.label for theme_id, theme in collection.themes.items()}


#: Themes and sections indexed per record. A real item has a handful; a hostile list of
#: 200,000 made one live reload index 600,000 terms (26 s, 209 MB). validate still
#: reports every unknown entry.
MAX_LISTED = 100


def records(
    source: SourceFile,
    rel: str,
    labels: Mapping[str, str] | None = None,
    unverified: frozenset[str] = frozenset(),
) -> Iterator[dict[str, Any]]:
    """The stored records of one loaded file (plain JSON-able data).

    ``labels`` (theme id to label) gives each record its themes' labels, so a theme's
    name finds the items that carry it. ``unverified``: the quotes not found verbatim,
    kept with each record so an item whose file fails later is still cited as such.
    """
    labels = labels or {}
    for record in _records(source, rel, file_version(source, labels)):
        if record["kind"] == "quote":
            record["unverified"] = record["id"] in unverified
        for name in ("themes", "sections"):
            record[name] = record[name][:MAX_LISTED]
        # A briefing's themes are its items': the items carry them, and rank for them.
        carried = () if record["kind"] == "briefing" else record["themes"]
        record["theme_labels"] = [labels.get(t, t) for t in carried]
        yield record


def _records(source: SourceFile, rel: str, version: str) -> Iterator[dict[str, Any]]:
    document = source.document
    base = {"source": rel, "sha256": version}
    if isinstance(document, Briefing):
        common = {
            "briefing": document.id,
            "title": document.title,
            "organisation": document.organisation,
            "organisation_short": document.organisation_short,
            "date": document.published.isoformat(),
            "language": document.language,
            "status": document.status.value,
            "superseded_by": document.superseded_by,
            "draft": document.draft,
        }
        yield {
            **base,
            **common,
            "id": document.id,
            "kind": "briefing",
            "speaker": None,
            "role": None,
            "stance": None,
            "context": None,
            "text": document.summary or document.title,
            "themes": sorted({t for item in document.items for t in item.themes}),
            "sections": sorted({s for item in document.items for s in item.sections}),
        }
        for item in document.items:
            yield {**base, **common, **item_record(item, document)}
    elif isinstance(document, Plan):
        for section in document.sections:
            heading = section.heading
            yield {
                **base,
                "id": section.ref,
                "kind": "section",
                "briefing": document.id,
                "title": document.title,
                "organisation": document.publisher,
                "organisation_short": None,
                "date": document.published.isoformat(),
                "language": document.language,
                "status": "current",
                "speaker": None,
                "role": None,
                "stance": None,
                "context": heading,
                "text": section.text,
                "themes": list(section.themes),
                "sections": [section.ref],
                "draft": False,
                "own_words": document.own_words,
                "url": document.url,
            }


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def index_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Whoosh fields for a stored record; every value coerced to its field's type."""
    language = language_of(_text(record.get("language")))
    speaker = " ".join(_text(record.get(k)) for k in ("speaker", "role")).strip()
    org = " ".join(_text(record.get(k)) for k in ("organisation", "organisation_short")).strip()
    text, context, title = (_text(record.get(k)) for k in ("text", "context", "title"))
    themes = [t for t in record.get("themes") or () if isinstance(t, str)]
    labels = "\n".join(t for t in record.get("theme_labels") or () if isinstance(t, str))
    sections = [s for s in record.get("sections") or () if isinstance(s, str)]
    everything = "\n".join(p for p in (text, context, title, speaker, org) if p)
    fields: dict[str, Any] = {
        "id": _text(record.get("id")),
        "kind": _text(record.get("kind")),
        "briefing": _text(record.get("briefing")),
        "source": _text(record.get("source")),
        "filekey": f"{_text(record.get('source'))}\t{_text(record.get('sha256'))}",
        "language": language,
        "status": _text(record.get("status")) or "current",
        "theme": " ".join(themes),
        "section": " ".join(sections),
        "words": everything,
        "edge": everything,
        "data": json.dumps(record, ensure_ascii=False),
        "f_kind": _text(record.get("kind")).encode(),
        "f_speaker": _text(record.get("speaker")).encode(),
        "f_org": _text(record.get("organisation")).encode(),
        "f_theme": "\n".join(themes).encode(),
    }
    if record.get("stance"):
        fields["stance"] = _text(record.get("stance"))
    if speaker:
        fields["speaker"] = speaker
    if org:
        fields["org"] = org
    day = _parse_date(record.get("date"))
    if day is not None:
        fields["date"] = datetime(day.year, day.month, day.day)
    for name, value in (("text", text), ("context", context), ("title", title), ("themes", labels)):
        if value:
            fields[f"{name}_{language}"] = value
    return fields


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# --- opening -----------------------------------------------------------------


def store_dir(index_dir: Path) -> Path:
    """The folder of the current schema and analysis version inside ``index_dir``."""
    return index_dir / f"v{SCHEMA_VERSION}-{ANALYSIS_VERSION}"


def open_checked(folder: Path, *, create: bool = False) -> CheckedDir:
    """The version folder ``folder``, checked (with every folder on its path and every
    file in it) and held open: use :attr:`CheckedDir.path` to reach what is in it.

    Trusted only when no other user can have written it, the index root above it, the
    files in it or any folder on the way (see :mod:`mhbrief.trust`): a planted index is
    refused before anything is read."""
    handle = trust.open_checked(folder, strict=2, create=create)
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
    """True when ``folder`` holds an index, even a damaged one (opening it tells)."""
    return folder.is_dir() and any(folder.glob(f"_{INDEX_NAME}_*.toc"))


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


def _verify(folder: Path, lock_timeout: float) -> list[str]:
    """Names of segment files that fail their checksum; the index is emptied under the
    write lock when there are any (the next sync fills it from the files)."""
    if not exists(folder):
        return []
    try:
        with open_checked(folder) as handle:
            damaged = index_files.damaged_files(handle.path, _storage(handle), INDEX_NAME, SCHEMA)
    except IndexUnsafe:
        return []  # the sync refuses it with its own message
    except Exception:
        return []  # an unreadable TOC: the sync rebuilds it
    if damaged and _recreate_if_broken(folder, lock_timeout, force=True) is None:
        return []  # locked: the sync says so
    return damaged


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

    A segment changed by a reload has a few dozen deleted documents among 100k: checking
    each of its 8,000 file keys' postings took 0.3 s of every reload.
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


def relative(path: Path, root: Path) -> str:
    """The key of a file in the index: its path below ``root``, always valid UTF-8."""
    text, base = os.fspath(path), os.path.join(os.fspath(root), "")
    if os.sep == "/" and text.startswith(base) and len(text) > len(base):
        rel = text[len(base) :]  # what relative_to gives, without pathlib's cost per file
    else:
        try:
            rel = path.relative_to(root).as_posix()
        except ValueError:
            rel = path.as_posix()
    # A name that is not UTF-8 holds lone surrogates, which Whoosh cannot encode;
    # backslash escapes keep two such names apart.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def failing_sources(collection: Collection) -> frozenset[str]:
    """Source paths (as the index keys them) of files that do not load now, and of
    folders that cannot be read (every file below one counts as failing)."""
    return frozenset(
        relative(source.path, collection.root)
        for source in collection.files
        if source.document is None
    )


def is_failing(source: str, failing: frozenset[str] | set[str]) -> bool:
    """True when ``source`` or a folder above it is in ``failing``."""
    if source in failing or "." in failing:  # ".": the briefings folder itself
        return True
    parts = source.split("/")
    return any("/".join(parts[:end]) in failing for end in range(1, len(parts)))


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
