"""The files of a Whoosh index folder: checksums, clean-up, merging, write failures.

- **Checksums.** Whoosh reads a damaged segment without noticing until some
  search ends in an ``IndexError`` deep inside it. Each segment file's CRC-32
  is stored in ``checksums.json`` beside the index when a writer commits;
  ``mhbrief index`` verifies them and rebuilds on a mismatch. Segment files are
  written once and never changed, so an entry stays true for as long as its file
  exists; a file without an entry (a writer killed before recording it) is
  recorded on the next write.
- **Clean-up.** A writer that fails (a full disk) leaves half-written segment
  files, a temporary TOC and its posting pool folder; :func:`remove_unused`
  deletes everything the current TOC does not name.
- **No code from a pickle.** Whoosh keeps its TOC (the list of segments), the
  directory of a compound segment and parts of its postings as pickles. Every one
  of them is read with :mod:`mhbrief.safepickle`, allowing only the classes a
  Whoosh index of ours holds (:data:`WHOOSH_PICKLES`): a planted or swapped file
  fails to open like a damaged one (the sync rebuilds it), and runs nothing.
- **Old versions.** Each schema/analysis version has its own folder; when a new
  one is made, :func:`remove_old_versions` deletes the older ones that are ours.
- **Merging.** :func:`merge_sparse` copies the live documents of a segment that
  is mostly deleted into the new one, so bulk updates no longer pile up full
  segments of deleted documents (three updates of every file left three).
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import pickle
import re
import shutil
import stat
import zlib
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

import whoosh.codec.whoosh3
import whoosh.columns
import whoosh.filedb.structfile
from whoosh import writing
from whoosh.codec.whoosh3 import W3Codec, W3Segment
from whoosh.index import TOC
from whoosh.reading import SegmentReader

from mhbrief import safepickle
from mhbrief.trust import CheckedDir

CHECKSUMS = "checksums.json"
_CHUNK = 1 << 20

#: Every global a pickle in one of our Whoosh indexes names (found by tracing every
#: unpickling while building, updating, searching, sorting and merging an index): the
#: TOC's segments (``W3Segment`` with its ``W3Codec`` and a ``defaultdict(int)`` of field
#: lengths), and the ``bytes`` that Whoosh's protocol-2 pickles rebuild through
#: ``_codecs.encode``. The schema is never unpickled: we always pass our own.
WHOOSH_PICKLES: safepickle.Allowed = {
    ("whoosh.codec.whoosh3", "W3Segment"): W3Segment,
    ("whoosh.codec.whoosh3", "W3Codec"): W3Codec,
    ("collections", "defaultdict"): defaultdict,
    ("builtins", "int"): int,
    ("_codecs", "encode"): safepickle.latin1_encode,
}


#: Bytes read at once for a pickle in a file: a posting block's header is some 40 bytes.
PICKLE_CHUNK = 512


def _load_pickle(file: IO[bytes]) -> Any:
    """A pickle read from ``file`` at its position, which then stands just after it.

    Read in one piece and unpickled from memory: unpickled from Whoosh's file objects,
    each pickle took some 20 reads of a few bytes (a two-word search at 100,000 items
    made 41,000 of them). A piece that ends inside the pickle is read again, larger.
    """
    if not (hasattr(file, "seek") and hasattr(file, "tell")):
        return safepickle.load(file, WHOOSH_PICKLES)
    start, size = file.tell(), PICKLE_CHUNK
    while True:
        data = file.read(size)
        buffer = io.BytesIO(data)
        try:
            found = safepickle.load(buffer, WHOOSH_PICKLES)
        except (EOFError, pickle.UnpicklingError):
            if len(data) < size:
                raise  # the file ends inside it: damaged
            file.seek(start)
            size *= 8
            continue
        file.seek(start + buffer.tell())
        return found


def _loads_pickle(data: bytes) -> Any:
    return safepickle.loads(data, WHOOSH_PICKLES)


def restrict_unpickling() -> None:
    """Make every pickle Whoosh reads go through the restricted unpickler: its file
    reader (``StructFile.read_pickle``: TOC, compound directory, block headers) and the
    ``loads`` of its codec and columns (inlined postings, block data). Whoosh looks
    these names up when it calls them, so replacing them here is enough."""
    whoosh.filedb.structfile.load_pickle = _load_pickle
    whoosh.codec.whoosh3.loads = _loads_pickle
    whoosh.columns.loads = _loads_pickle


restrict_unpickling()


def current_files(storage: Any, indexname: str, schema: Any) -> tuple[str, list[str]]:
    """The TOC file of the latest generation and the files of its segments."""
    toc = TOC.read(storage, indexname, schema=schema)
    names: list[str] = []
    for segment in toc.segments:
        names.extend(segment.list_files(storage))
    return TOC._filename(indexname, toc.generation), sorted(names)


def crc32(path: Path) -> int:
    value = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            value = zlib.crc32(chunk, value)
    return value


def _load(folder: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((folder / CHECKSUMS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return files if isinstance(files, dict) else {}


def record_checksums(folder: Path, storage: Any, indexname: str, schema: Any) -> None:
    """Add the CRC-32 of every segment file not yet recorded; forget removed files.

    Never raises for a full or read-only disk: the index stays usable unverified.
    """
    try:
        _, names = current_files(storage, indexname, schema)
        known = _load(folder)
        files = {}
        for name in names:
            size = (folder / name).stat().st_size
            entry = known.get(name)
            if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == size):
                entry = [size, crc32(folder / name)]
            files[name] = entry
        if files == known:
            return
        temporary = folder / f"{CHECKSUMS}.{os.getpid()}.tmp"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"files": files}, handle)
        os.replace(temporary, folder / CHECKSUMS)
    except OSError:
        _unlink(folder / f"{CHECKSUMS}.{os.getpid()}.tmp")


def damaged_files(folder: Path, storage: Any, indexname: str, schema: Any) -> list[str]:
    """Segment files whose content no longer matches the checksum stored at commit."""
    _, names = current_files(storage, indexname, schema)
    known = _load(folder)
    damaged = []
    for name in names:
        entry = known.get(name)
        if not isinstance(entry, list) or len(entry) != 2:
            continue  # not recorded yet: recorded by the next write
        try:
            size = (folder / name).stat().st_size
            if size != entry[0] or crc32(folder / name) != entry[1]:
                damaged.append(name)
        except OSError:
            damaged.append(name)
    return damaged


def remove_unused(folder: Path, storage: Any, indexname: str, schema: Any, keep: set[str]) -> None:
    """Delete what a failed writer left: files the current TOC does not name, temporary
    TOCs and posting-pool folders. Call it holding the write lock."""
    try:
        toc, names = current_files(storage, indexname, schema)
        wanted: set[str] | None = {toc, *names, *keep, CHECKSUMS}
    except Exception:
        wanted = None  # no readable TOC: remove only what is surely temporary
    for entry in os.scandir(folder):
        temporary = ".toc." in entry.name or entry.name.endswith(".tmp")
        if entry.name in (wanted if wanted is not None else set()) or (
            wanted is None and not temporary
        ):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            _unlink(Path(entry.path))


#: The name of a version folder (``v<schema>-<analysis>``, see ``store.store_dir``).
_VERSION_FOLDER = re.compile(r"v[0-9]+-[0-9]+")


def remove_old_versions(store: CheckedDir) -> list[str]:
    """Delete the other version folders beside the checked version folder ``store``:
    only real folders (never a link) named as a version and owned by the current user,
    removed without following links. Returns their names. Never raises.

    A process of an older mhbrief still reading one keeps its open files; its next
    sync finds its index gone and builds it again.
    """
    removed: list[str] = []
    current = store.shown.name
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        root = os.open("..", flags, dir_fd=store.fd)  # the checked index root
    except OSError:
        return removed
    try:
        for entry in list(os.scandir(root)):
            if entry.name == current or not _VERSION_FOLDER.fullmatch(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid():
                shutil.rmtree(entry.name, ignore_errors=True, dir_fd=root)
                removed.append(entry.name)
    except OSError:
        pass
    finally:
        os.close(root)
    return removed


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def merge_sparse(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh's MERGE_SMALL, and also merge every segment that is half deleted or more:
    its live documents are copied into the new segment and its files dropped, so the
    index stays within about twice the size of its live documents."""
    keep = []
    for segment in segments:
        if segment.deleted_count() * 2 >= segment.doc_count_all() > 0:
            if segment.doc_count():
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
        else:
            keep.append(segment)
    return list(writing.MERGE_SMALL(writer, keep))


def write_failure(index_dir: Path, exc: OSError) -> str:
    """What happened when the index could not be written, and what it means."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return (
            f"cannot write the index: the disk holding {index_dir} is full (no space left); "
            "answers come from the index as it stands; free some space and run mhbrief index"
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"cannot write the index: the folder {index_dir} is read-only for you; "
            "answers come from the index as it stands"
        )
    return (
        f"cannot write the index at {index_dir} ({exc.strerror or exc}); "
        "answers come from the index as it stands"
    )
