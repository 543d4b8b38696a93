"""Problems found while loading: one shape, printed the same everywhere."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mhbrief.sanitize import sanitize_line, shown_message


class Severity(StrEnum):
    """``error`` fails validation; ``warning`` is worth fixing; ``note`` only informs
    (a draft briefing) and is counted in neither total."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in a briefing file, with what to do about it."""

    path: Path
    line: int | None
    column: int | None
    severity: Severity
    message: str

    @classmethod
    def error(
        cls, path: Path, message: str, line: int | None = None, column: int | None = None
    ) -> Problem:
        return cls(path, line, column, Severity.ERROR, shown_message(message))

    @classmethod
    def warning(
        cls, path: Path, message: str, line: int | None = None, column: int | None = None
    ) -> Problem:
        return cls(path, line, column, Severity.WARNING, shown_message(message))

    @classmethod
    def note(
        cls, path: Path, message: str, line: int | None = None, column: int | None = None
    ) -> Problem:
        return cls(path, line, column, Severity.NOTE, sanitize_line(message))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def is_warning(self) -> bool:
        return self.severity is Severity.WARNING

    def display_path(self, cwd: Path | None = None) -> str:
        return display_path(self.path, cwd)

    def where(self, cwd: Path | None = None) -> str:
        """``path:line:col`` (or ``path:line``, or ``path``)."""
        where = self.display_path(cwd)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def format(self, cwd: Path | None = None) -> str:
        """``path:line:col: severity: message`` (or ``path: severity: message``)."""
        return f"{self.where(cwd)}: {self.severity.value}: {self.message}"

    def to_json(self, cwd: Path | None = None) -> dict[str, object]:
        return {
            "path": self.display_path(cwd),
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "message": self.message,
        }


def display_path(path: Path, cwd: Path | None = None) -> str:
    """The path relative to ``cwd`` when it lies below it, else as given; sanitised for display.

    Never ``../``: a path outside the current folder is shown whole, so the same file reads
    the same from wherever mhbrief runs (and a pasted path still opens).
    """
    base = cwd or Path.cwd()
    try:
        shown = os.path.relpath(path, base)
    except ValueError:
        shown = str(path)
    if shown == os.pardir or shown.startswith(os.pardir + os.sep):
        shown = str(path)
    return sanitize_line(shown)


@dataclass(frozen=True)
class Tally:
    """How many problems of each severity; notes are counted in neither total."""

    errors: int
    warnings: int
    notes: int


def tally(problems: Iterable[Problem]) -> Tally:
    """The one count of problems that validate, import, the status line and F8 all show."""
    counts = Counter(p.severity for p in problems)
    return Tally(counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.NOTE])


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


def by_severity(problems: Iterable[Problem]) -> list[Problem]:
    """Errors, then warnings, then notes, each with the files in the order given (the
    files that hold others back first, then path order) and a file's problems by line,
    as an editor shows them: notes no longer drown the errors."""
    problems = list(problems)
    files: dict[Path, int] = {}
    for problem in problems:
        files.setdefault(problem.path, len(files))

    def key(problem: Problem) -> tuple[int, int, int, int]:
        return (
            _SEVERITY_ORDER[problem.severity],
            files[problem.path],
            problem.line or 0,
            problem.column or 0,
        )

    return sorted(problems, key=key)


#: Where a long path may be broken: after a folder or a word of a file name.
_PATH_BREAKS = "/-_ "


def fold_location(where: str, path_end: int, width: int, indent: int) -> list[str]:
    """``where`` (``path:line:col:``) in rows for a screen ``width`` columns wide, the
    rows after the first ``indent`` columns in (not included). Whole when it fits; else
    broken only inside the path (its first ``path_end`` characters), after a ``/`` or
    ``-`` where it can, so ``:52:1:`` is never cut in two (``:5`` / ``2:1:`` read as
    line 5)."""
    rows: list[str] = []
    start, room = 0, max(width, 1)
    while len(where) - start > room:
        limit = min(start + room, path_end)
        cut = max((i + 1 for i in range(start, limit) if where[i] in _PATH_BREAKS), default=0)
        if cut <= start:
            cut = limit if limit > start else start + room  # no break: cut the path itself
        rows.append(where[start:cut])
        start, room = cut, max(width - indent, 1)
    rows.append(where[start:])
    return rows
