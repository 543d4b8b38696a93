"""Which file keeps a plan or briefing id that several files use.

Staff start a briefing by copying one and changing its id; a copy saved before its id
was changed must never take over the briefing it was copied from, whose id is cited
in sheets and links. Of the files that use one id, the one that keeps it is:

1. the file that kept it in the last load (:attr:`mhbrief.loader.LinkMemo.holders` for
   ids used twice, stored with the parse cache so that the CLI remembers too; else the
   file the last load loaded under it);
2. else the file named after the id ("2024-05-01-reactie.toml" for "fw-2024-05-01-reactie");
3. else the one changed longest ago;
4. else the first in path order.

A file that does not load now (a syntax error while it is being edited) still claims
the id it declares (:attr:`mhbrief.model.SourceFile.claimed_id`). When it keeps the
id, no file loads under it until it is fixed: its last indexed items stay found,
marked as from a file with problems, and a copy is refused meanwhile rather than
taking the id over (and then keeping it once the original is fixed).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from mhbrief.model import Briefing, Plan, SourceFile


def claim(source: SourceFile) -> str | None:
    """The plan or briefing id a file claims: the id of its document, or the id a file
    that does not load declares; None for themes and for a file refused for its id."""
    document = source.document
    if isinstance(document, Plan | Briefing):
        return document.id
    if document is None and source.taken_by is None:
        return source.claimed_id
    return None


def owners(
    files: Sequence[SourceFile], before: Callable[[str], Path | None]
) -> tuple[dict[str, int], dict[str, Path]]:
    """For each id claimed, the index of the file that keeps it; and, for the ids more
    than one file claims, the path of that file (what ``before`` answers next load).

    ``before``: the path of the file that kept an id in the last load (asked only of
    ids more than one file claims).
    """
    claims: dict[str, list[int]] = {}
    for index, source in enumerate(files):
        ident = claim(source)
        if ident is not None:
            claims.setdefault(ident, []).append(index)
    kept: dict[str, int] = {}
    contested: dict[str, Path] = {}
    for ident, indices in claims.items():
        if len(indices) == 1:
            kept[ident] = indices[0]
            continue
        kept[ident] = established(ident, [files[i].path for i in indices], before(ident))
        kept[ident] = indices[kept[ident]]
        contested[ident] = files[kept[ident]].path
    return kept, contested


def established(ident: str, paths: Sequence[Path], before: Path | None) -> int:
    """Of the files at ``paths`` that use ``ident``, the position of the one that keeps it
    (the rules in this module's docstring); ``before``: the file that kept it last."""
    if before is not None and before in paths:
        return paths.index(before)
    named = [n for n, path in enumerate(paths) if named_after(path, ident)]
    if len(named) == 1:
        return named[0]
    return min(range(len(paths)), key=lambda n: (modified(paths[n]), n))


def named_after(path: Path, ident: str) -> bool:
    """Whether a file's name is its id's ("2024-05-01-reactie.toml" for
    "fw-2024-05-01-reactie"), as files made for an id are named."""
    stem = path.stem.casefold()
    ident = ident.casefold()
    return ident == stem or ident.endswith("-" + stem)


def modified(path: Path) -> int:
    """When the file last changed; a file gone since it was read is no established file."""
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 1 << 62
