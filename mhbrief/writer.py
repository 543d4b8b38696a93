"""Write new briefing files safely: TOML via tomli-w, atomic, never over an existing file.

- :func:`render` turns a document (a dict) into TOML text with a comment header.
- :func:`write_new` writes bytes to a new file atomically: a hidden temporary
  file in the target folder, flushed to disk, then linked into place (which
  fails if the target exists, so a file someone wrote is never replaced). On
  file systems without hard links it falls back to ``os.replace`` after a check.
  A failure at any step leaves no partial file behind. A new file gets the
  permissions of any new file (0666 less the umask): an export under umask 077
  stays the user's own. Only the app's own files (:func:`replace_file`) get a
  mode of their own (0600).
- :func:`write_draft` writes an imported :class:`~mhbrief.importer.Draft`: the
  source text is archived in the briefings folder's ``sources/`` (beside the draft
  only outside that folder, or where its ``sources/`` cannot be written:
  :func:`sources_folder`) and the briefing's ``source_text`` key points at it
  (relative to the briefing file).
  A folder this user cannot write is refused before anything is written
  (:func:`draft_unwritable` says so up front, before an import's work).
- A write that fails (no permission, a full disk) raises :class:`WriteFailedError`,
  which names the target or its folder, never the hidden temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from mhbrief.sanitize import sanitize_line

if TYPE_CHECKING:  # the app's start needs no importer (27 ms of imports)
    from mhbrief.importer import Draft
    from mhbrief.model import Collection

SOURCES_FOLDER = "sources"

# Keys in the order a reader expects them; others follow in their own order.
_ORDER = (
    "format",
    "kind",
    "draft",
    "id",
    "title",
    "published",
    "language",
    "organisation",
    "organisation_short",
    "outlet",
    "source_type",
    "url",
    "source_text",
    "summary",
    "responds_to",
    "status",
    "superseded_by",
    "quotes",
    "points",
)


class WriteError(Exception):
    """A briefing could not be written; the message says why and what to do."""


class TargetExistsError(WriteError):
    """The target file exists already: it is never overwritten."""


class NotWritableError(WriteError):
    """This user cannot write in ``folder`` (or create it): found before anything is written."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"cannot write to {folder} (permission denied); nothing was written")
        self.folder = folder


#: The errors that say "not your folder to write": named by the folder, not the file.
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


class WriteFailedError(WriteError, OSError):
    """Writing ``target`` failed (no permission, a full disk): said with the target's path
    or its folder, never the hidden temporary file's. Still an ``OSError``, errno kept."""

    def __init__(self, target: Path, cause: OSError) -> None:
        OSError.__init__(self, cause.errno, cause.strerror or str(cause), str(target))
        self.target = target

    def __str__(self) -> str:
        if self.errno in _DENIED:
            folder = unwritable_folder(self.target.parent) or self.target.parent
            reason = "read-only file system" if self.errno == errno.EROFS else "permission denied"
            return f"cannot write to {folder} ({reason}); nothing was written"
        return f"cannot write {self.target} ({self.strerror}); nothing was written"


def unwritable_folder(folder: Path) -> Path | None:
    """The folder a new file in ``folder`` is written in (or, when ``folder`` is still to be
    made, the nearest one that is there to make it in) if this user cannot write it."""
    existing = folder
    while not existing.is_dir():
        if existing.parent == existing:
            return None
        existing = existing.parent
    return None if os.access(existing, os.W_OK | os.X_OK) else existing


def draft_unwritable(folder: Path) -> Path | None:
    """Where a draft written into ``folder`` could not go: its ``sources/`` folder (written
    first, with the archived source) or the folder itself; ``None`` when both can be written."""
    return unwritable_folder(folder / SOURCES_FOLDER) or unwritable_folder(folder)


def exists_message(path: Path) -> str:
    return (
        f"{path} already exists; nothing was written (mhbrief never overwrites a file). "
        "Choose another name, or move the existing file away first"
    )


def ordered(data: Mapping[str, Any]) -> dict[str, Any]:
    """The document with its keys in the documented order."""
    result = {key: data[key] for key in _ORDER if key in data}
    result.update((key, value) for key, value in data.items() if key not in result)
    return result


def render(data: Mapping[str, Any], header: Sequence[str] = ()) -> str:
    """TOML text for ``data``, after ``header`` lines written as comments."""
    comments = "".join(f"# {sanitize_line(line)}\n".replace("# \n", "#\n") for line in header)
    body = tomli_w.dumps(ordered(data))
    return f"{comments}\n{body}" if comments else body


def write_new(target: Path, content: bytes) -> None:
    """Create ``target`` with ``content`` atomically; refuse if it exists."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() or target.is_symlink():
            raise TargetExistsError(exists_message(target))
        _write_via_temp(target, content, None, _publish)
    except WriteError:
        raise
    except OSError as exc:
        raise WriteFailedError(target, exc) from exc


def replace_file(target: Path, content: bytes, mode: int = 0o600) -> os.stat_result:
    """Write ``target`` atomically, replacing it if it exists (for the app's own files).

    Readers see the old content or the new, never a part; a failure leaves the old.
    Returns the written file's status (its inode and mtime, for a reader's cache).
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return _write_via_temp(target, content, mode, os.replace)
    except OSError as exc:
        raise WriteFailedError(target, exc) from exc


def _write_via_temp(
    target: Path, content: bytes, mode: int | None, publish: Callable[[Path, Path], None]
) -> os.stat_result:
    """A hidden temporary file beside ``target``, synced, then published in place.

    ``mode``: the file's permissions; None gives those of any new file (the umask's).
    """
    fd, tmp = _temporary(target, 0o666 if mode is None else mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
            written = os.fstat(handle.fileno())
        publish(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)
    return written


def _temporary(target: Path, mode: int) -> tuple[int, Path]:
    """A new hidden file beside ``target``, created with ``mode`` less the umask (as
    ``mkstemp`` does, which always makes 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(tmp, flags | getattr(os, "O_CLOEXEC", 0), mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no temporary name free beside {target}")


def _publish(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # atomic, and fails when the target exists
    except FileExistsError:
        raise TargetExistsError(exists_message(target)) from None
    except OSError:
        # No hard links here (some network shares, FAT): check, then rename.
        if target.exists():
            raise TargetExistsError(exists_message(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def organisation_folder(organisation: object, collection: Collection) -> Path | None:
    """The folder that holds the organisation's other briefings, when they all share
    one below the briefings folder; ``None`` writes at the folder's root."""
    organisation = str(organisation or "").casefold()
    folders = {
        briefing.path.parent
        for briefing in collection.briefings.values()
        if briefing.organisation.casefold() == organisation
    }
    if len(folders) != 1:
        return None
    (folder,) = folders
    return folder if folder.is_dir() else None


def target_for(draft: Draft, briefings_dir: Path, out: Path | None) -> Path:
    """Where :func:`write_draft` writes: ``out`` (a file or a folder) or the briefings folder."""
    if out is None:
        return briefings_dir / draft.suggested_filename
    if out.is_dir():
        return out / draft.suggested_filename
    return out


def draft_document(draft: Draft) -> dict[str, Any]:
    """The briefing as written: marked ``draft = true`` until a person has reviewed it.

    The app and citations flag a draft's quotes; deleting the line publishes it.
    """
    return {**draft.data, "draft": True}


def draft_header(draft: Draft) -> list[str]:
    source = draft.source_name or "pasted text"
    lines = [
        f"Draft imported by `mhbrief import` from {source}.",
        "Check every value against the source, fill in each TODO, then run `mhbrief validate`.",
        "Once reviewed, delete the line 'draft = true': until then every citation says draft.",
    ]
    if draft.warnings:
        lines += ["", "Import notes:"]
        lines += [f"- {warning}" for warning in draft.warnings]
    return lines


def render_draft(draft: Draft, data: Mapping[str, Any] | None = None) -> str:
    """The draft's TOML text: header, document, and suggested sections and themes as comments."""
    from mhbrief.importer.suggestions import annotate

    text = render(data if data is not None else draft_document(draft), draft_header(draft))
    return annotate(text, draft.suggestions)


def sources_folder(target: Path, briefings_dir: Path) -> Path:
    """Where a draft's source is archived: the briefings folder's own ``sources/`` for a
    draft inside it (in an organisation's folder too: one place for every source), else
    ``sources/`` beside the draft (also when this user may write the organisation's folder
    but not the top one's ``sources/``)."""
    inside = target.parent.resolve()
    root = briefings_dir.resolve()
    shared = briefings_dir / SOURCES_FOLDER
    if (inside == root or root in inside.parents) and unwritable_folder(shared) is None:
        return shared
    return target.parent / SOURCES_FOLDER


def write_draft(
    draft: Draft,
    briefings_dir: Path,
    out: Path | None = None,
    source_path: Path | None = None,
) -> Path:
    """Write the draft as a new briefing file and archive its source; return the path.

    ``source_path`` is the file to archive (default: the bytes the draft was made
    from). Raises :class:`TargetExistsError` when the target exists,
    :class:`NotWritableError` when this user cannot write where it goes, and
    :class:`WriteError` (or ``OSError``) when writing fails; then nothing is left behind.
    """
    target = target_for(draft, briefings_dir, out)
    if target.exists() or target.is_symlink():
        raise TargetExistsError(exists_message(target))
    sources = sources_folder(target, briefings_dir)
    blocked = unwritable_folder(sources) or unwritable_folder(target.parent)
    if blocked is not None:
        raise NotWritableError(blocked)
    if source_path is not None:
        source_bytes = source_path.read_bytes()
        name = source_path.name
    else:
        source_bytes = draft.source
        name = draft.source_name or f"{Path(draft.suggested_filename).stem}.txt"
    copy, created = _archive(sources, name, source_bytes)
    data = draft_document(draft)
    data["source_text"] = Path(os.path.relpath(copy, target.parent)).as_posix()
    try:
        write_new(target, render_draft(draft, data).encode("utf-8"))
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                copy.unlink()
        raise
    return target


def _archive(folder: Path, name: str, content: bytes) -> tuple[Path, bool]:
    """The archived copy of a source (reused when identical) and whether it is new."""
    if folder.exists() and not folder.is_dir():
        raise WriteError(
            f"{folder} is a file, not a folder for archived sources; move it, or write "
            "the briefing elsewhere with -o"
        )
    # The name as the loader will read it back from source_text: no controls,
    # no characters a shell or another system would trip over.
    name = re.sub(r"[^\w.-]+", "-", sanitize_line(name)).replace("-.", ".").strip("-")
    if name.startswith(".") or not name.strip():
        name = "source.txt"
    stem, suffix = Path(name).stem, Path(name).suffix or ".txt"
    if suffix.lower() == ".toml":  # a .toml copy would be loaded as a briefing
        suffix = ".toml.txt"
    number = 1
    while True:
        candidate = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        if candidate.exists():
            if candidate.is_file() and candidate.read_bytes() == content:
                return candidate, False
        else:
            try:
                write_new(candidate, content)
            except TargetExistsError:
                pass  # written by someone else meanwhile: try the next name
            else:
                return candidate, True
        number += 1
