"""Which briefing file a pinned item came from, and whether that file fails to load now:
then a sheet shows the item as pinned (its file has problems), not as missing."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from mhbrief.model import Collection


def relative(path: Path, root: Path) -> str:
    """``path`` relative to the briefings folder, as a sheet keeps it ('' when outside)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return ""


def failing_files(collection: Collection) -> frozenset[str]:
    """Briefing files (relative paths) that do not load now."""
    return frozenset(
        relative(source.path, collection.root)
        for source in collection.files
        if source.document is None
    )


#: What is read of a failing file to find a briefing id in it (a pin from before pins
#: named their file); files past the first few are not read.
_ID_READ = 64 * 1024
_ID_FILES = 20


def in_failing_file(source: str, item_id: str, failing: frozenset[str], root: Path) -> bool:
    """A pinned item's file fails now: ``source``, the file it was pinned from, or (for a
    pin that does not say) a failing file that names its briefing id on an ``id =`` line."""
    if source:
        parts = source.split("/")
        return any("/".join(parts[:end]) in failing for end in range(1, len(parts) + 1))
    briefing_id = item_id.partition("/")[0]
    line = re.compile(rf"""^\s*id\s*=\s*["']{re.escape(briefing_id)}["']""", re.MULTILINE)
    for rel in sorted(failing)[:_ID_FILES]:
        if PurePosixPath(rel).stem == briefing_id:
            return True
        try:
            with (root / rel).open("rb") as handle:
                head = handle.read(_ID_READ).decode("utf-8", "replace")
        except OSError:
            continue
        if line.search(head):
            return True
    return False
