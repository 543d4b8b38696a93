"""A statement imported before: the same source content as a briefing's ``source_text``.

Importing the same statement twice shows every quote twice, so it is refused. The
comparison is by content, whatever the file names: a UTF-8 byte-order mark, Windows
line endings and trailing blank lines do not count. Only files inside the briefings
folder are read, each capped in size, pipes and devices refused.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path

from mhbrief.format import read_capped
from mhbrief.importer.source import SourceError
from mhbrief.model import Briefing, Collection
from mhbrief.problems import display_path
from mhbrief.sanitize import sanitize_line


class DuplicateSourceError(SourceError):
    """The statement was imported before: a briefing has the same source text."""


def normalised(raw: bytes) -> bytes:
    """The content that counts: no BOM, ``\\n`` line ends, no trailing blank lines."""
    text = raw.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return text.rstrip(b"\n")


def refuse_duplicate(raw: bytes, collection: Collection | None) -> None:
    """Raise :class:`DuplicateSourceError` naming the briefing (id and file) whose
    ``source_text`` has the content of ``raw``."""
    if collection is None:
        return
    wanted = normalised(raw)
    root = collection.root.resolve()
    for briefing_id, briefing_file, source in _sources(collection):
        for path in _candidates(briefing_file, source, root):
            if _same_content(path, wanted):
                raise DuplicateSourceError(
                    f"this statement was imported before: briefing '{sanitize_line(briefing_id)}'"
                    f" ({display_path(briefing_file)}) has the same source text"
                    f" ({display_path(path)}); edit that briefing instead of importing it again"
                )


def _sources(collection: Collection) -> Iterator[tuple[str, Path, str]]:
    """``(briefing id, briefing file, source_text)`` of every briefing file, also of
    those that did not load (a draft with a placeholder date is still a briefing)."""
    loaded = {briefing.path: briefing for briefing in collection.briefings.values()}
    for source_file in sorted(collection.files, key=lambda f: str(f.path)):
        briefing = loaded.get(source_file.path)
        if isinstance(briefing, Briefing):
            if briefing.source_text:
                yield briefing.id, briefing.path, briefing.source_text
            continue
        table = _table(source_file.path)
        source = table.get("source_text")
        if table.get("kind") in (None, "briefing") and isinstance(source, str):
            ident = table.get("id")
            yield (
                (ident if isinstance(ident, str) else source_file.path.stem),
                source_file.path,
                source,
            )


def _table(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(read_capped(path).decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _candidates(briefing_file: Path, source: str, root: Path) -> Iterator[Path]:
    """Where the source may be: beside the briefing as written, or (after the briefing
    was moved) from the folder's top; only paths inside the folder."""
    seen: set[Path] = set()
    for base in (briefing_file.parent, root):
        try:
            path = (base / source).resolve()
        except (OSError, RuntimeError, ValueError):
            continue
        if path not in seen and path.is_relative_to(root):
            seen.add(path)
            yield path


def _same_content(path: Path, wanted: bytes) -> bool:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return False
    # Normalising only shrinks a file, to at least about half its size (CRLF).
    if not stat.S_ISREG(info.st_mode) or not len(wanted) <= info.st_size <= 2 * len(wanted) + 8:
        return False
    try:
        return normalised(read_capped(path)) == wanted
    except OSError:
        return False
