"""Briefing format v1: read one TOML file into a model document, or say why not.

:func:`parse_file` never raises. It returns a :class:`~mhbrief.model.SourceFile`
whose ``document`` is ``None`` when the file has an error of its own (syntax,
a missing or wrong-typed key, an unknown key, a bad value). References to other
files (themes, plan sections, other ids) are checked by :mod:`mhbrief.loader`.
The format itself is documented in ``docs/briefing-format.md``.

The modules of this package, in the order a file passes through them:
:mod:`~mhbrief.format.reading` (bytes to a TOML table), :mod:`~mhbrief.format.checker`
(problems and typed values), then one module per kind of file
(:mod:`~mhbrief.format.briefings` with :mod:`~mhbrief.format.items`,
:mod:`~mhbrief.format.plans`, :mod:`~mhbrief.format.themes`), :mod:`~mhbrief.format.ids`
(unique ids, section parents) and :mod:`~mhbrief.format.messages` (how values are named).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mhbrief import FORMAT_VERSION
from mhbrief.format.briefings import check_briefing
from mhbrief.format.checker import MAX_PROBLEMS, SLUG, Checker
from mhbrief.format.ids import KINDS, declared_id, declared_kind
from mhbrief.format.messages import describe_value
from mhbrief.format.plans import check_plan
from mhbrief.format.reading import MAX_FILE_BYTES, decode, parse_toml, read_capped, sha256
from mhbrief.format.themes import check_themes_file
from mhbrief.model import Document, Point, Quote, SourceFile
from mhbrief.problems import Problem
from mhbrief.suggest import did_you_mean
from mhbrief.toml_entries import ArrayEntries
from mhbrief.toml_positions import ScanLimit, scan

__all__ = [
    "KINDS",
    "MAX_FILE_BYTES",
    "SLUG",
    "decode",
    "parse_file",
    "parse_toml",
    "read_capped",
    "sha256",
]


def parse_file(path: Path, data: bytes | None = None) -> SourceFile:
    """Read and check one briefing file. Never raises."""
    if data is None:
        try:
            data = read_capped(path)
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            return SourceFile(path, "", None, (Problem.error(path, f"cannot read file: {reason}"),))
    digest = sha256(data)
    claimed: str | None = None
    kind: str | None = None
    items: tuple[Quote | Point, ...] = ()
    try:
        document, problems, (claimed, kind), items = _parse(path, data)
    except Exception as exc:  # a bug of ours must not stop the rest of the folder
        problems = [Problem.error(path, f"internal error while reading this file: {exc!r}")]
        document = None
    if any(p.is_error for p in problems):
        document = None
    if document is not None:
        claimed = kind = None
        items = ()
    ordered = tuple(sorted(problems, key=_problem_order))
    return SourceFile(
        path, digest, document, ordered, claimed_id=claimed, claimed_kind=kind, items=items
    )


def _problem_order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


#: The id and kind a file declares, read even when it does not load.
Declared = tuple[str | None, str | None]


def _parse(
    path: Path, data: bytes
) -> tuple[Document | None, list[Problem], Declared, tuple[Quote | Point, ...]]:
    """The document, the file's own problems and, for a file that may not load, the id
    and kind it declares (:func:`~mhbrief.format.ids.declared_id`, ``declared_kind``)
    and the briefing items that passed their own checks."""
    text, problems = decode(path, data)
    if text is None:
        return None, problems, (None, None), ()
    try:
        # Before tomllib, which grows with the square of a dotted key's length.
        where = scan(text)
    except ScanLimit as limit:
        return None, [Problem.error(path, limit.message, limit.line, 1)], (None, None), ()
    table, problems = parse_toml(path, text)
    if table is None:
        return None, problems, (declared_id(text, None), declared_kind(text, None)), ()
    checker = Checker(path, where, entries=ArrayEntries(text))
    document = check_document(checker, table)
    if checker.dropped:
        checker.problems.append(
            Problem.error(
                path,
                f"{checker.dropped:,} more problems not listed (only the first "
                f"{MAX_PROBLEMS} are); fix these first",
            )
        )
    claimed = declared_id(text, table) if table.get("kind") != "themes" else None
    return document, checker.problems, (claimed, declared_kind(text, table)), checker.items


def check_document(checker: Checker, table: dict[str, Any]) -> Document | None:
    """The document a file's table holds, by its 'format' and 'kind'."""
    version = table.get("format")
    if "format" not in table:
        checker.error((), f"missing 'format = {FORMAT_VERSION}' at the top of the file")
        return None
    if isinstance(version, bool) or not isinstance(version, int):
        checker.error(("format",), f"'format' must be the number {FORMAT_VERSION}")
        return None
    if version != FORMAT_VERSION:
        checker.error(
            ("format",),
            f"unsupported format {version}, this mhbrief reads format {FORMAT_VERSION}",
        )
        return None
    kind = table.get("kind")
    if kind not in KINDS:
        if "kind" not in table:
            checker.error((), 'missing \'kind\': add kind = "briefing", "plan" or "themes"')
        else:
            hint = did_you_mean(kind, KINDS) if isinstance(kind, str) else ""
            shown = describe_value(kind)
            checker.error(
                ("kind",), f'\'kind\' must be "briefing", "plan" or "themes", not {shown}{hint}'
            )
        return None
    if kind == "themes":
        return check_themes_file(checker, table)
    if kind == "plan":
        return check_plan(checker, table)
    return check_briefing(checker, table)
