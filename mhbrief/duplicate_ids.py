"""The errors of an id used twice: a plan's or briefing's id another file keeps, a theme
defined twice. Each names the other file as the briefings folder shows it (F8)."""

from __future__ import annotations

from pathlib import Path

from mhbrief.model import Briefing, Plan, SourceFile, Theme
from mhbrief.problems import Problem, display_path


def shown(path: Path, root: Path | None = None) -> str:
    """A path in a message: relative to the briefings folder ``root`` when given, as F8
    shows every path (not to the current folder: ``work/b/t/dup.toml``)."""
    return display_path(path, root)


def taken(path: Path, document: Plan | Briefing, holder: SourceFile, root: Path | None) -> Problem:
    """The error of a file whose id another, established file already uses."""
    held = holder.document
    line = held.id_line if isinstance(held, Plan | Briefing) else None
    at = f"{shown(holder.path, root)}:{line}" if line else shown(holder.path, root)
    if held is None:  # the established file has an error of its own just now
        at += " (which has errors now: its last indexed version is still found)"
    return Problem.error(
        path,
        f"duplicate id '{document.id}': {at} already uses it; give this file its own id "
        "(this file is not loaded until then; the other keeps the id, and links to it)",
        document.id_line,
        1 if document.id_line else None,
    )


def claimed(path: Path, ident: str, holder: SourceFile, root: Path | None) -> Problem:
    """The error of a file that does not load and declares an id another file keeps."""
    held = holder.document
    line = held.id_line if isinstance(held, Plan | Briefing) else None
    at = f"{shown(holder.path, root)}:{line}" if line else shown(holder.path, root)
    return Problem.error(
        path,
        f"duplicate id '{ident}': {at} already uses it; give this file its own id too "
        "(else it is refused once its other errors are fixed)",
    )


def defined_twice(
    path: Path, line: int | None, what: str, ident: str, first: Theme, root: Path | None
) -> Problem:
    return Problem.error(
        path,
        f"duplicate {what} '{ident}': already defined in {shown(first.path, root)}"
        f"{':' + str(first.line) if first.line else ''}; define it once",
        line,
        1 if line else None,
    )
