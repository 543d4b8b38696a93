"""Ids that must be unique within a file, and section parents that must exist, cycle-free."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from mhbrief.format.checker import SLUG, Checker
from mhbrief.model import Point, Quote, Section
from mhbrief.problems import Problem
from mhbrief.suggest import few_listed, id_hint
from mhbrief.toml_positions import KeyPath


def check_unique_ids(checker: Checker, items: Iterable[Section | Quote | Point], what: str) -> None:
    """An error at each id used again, at its ``id =`` line, naming the line of the first
    (where an item's id is not written on a line of its own, its header's line)."""
    seen: dict[str, int | None] = {}
    id_lines: dict[int, tuple[int, int]] | None = None
    for item in items:
        if item.id in seen:
            if checker.full():
                continue
            if id_lines is None:
                id_lines = _id_places(checker)
            first = seen[item.id]
            first = id_lines.get(first, (first, 1))[0] if first else None
            at = f" at line {first}" if first else ""
            line, column = id_lines.get(item.line, (item.line, 1)) if item.line else (None, None)
            checker.problems.append(
                Problem.error(
                    checker.path,
                    f"duplicate {what} id '{item.id}' (first used{at}); give each one its own id",
                    line,
                    column,
                )
            )
        else:
            seen[item.id] = item.line


def _id_places(checker: Checker) -> dict[int, tuple[int, int]]:
    """For each ``[[quotes]]``, ``[[points]]`` or ``[[sections]]`` header line, where its
    ``id`` key stands (line, column)."""
    positions = checker.where.positions
    found: dict[int, tuple[int, int]] = {}
    for path, place in positions.items():
        if len(path) == 3 and path[2] == "id" and path[0] in ("quotes", "points", "sections"):
            header = positions.get(path[:2])
            if header is not None:
                found[header[0]] = (place[0], place[1])
    return found


def check_parents(checker: Checker, sections: list[Section]) -> None:
    ids = {s.id: s for s in sections}
    looping = _reaches_a_cycle({s.id: s.parent for s in sections})
    hints = 0
    for index, section in enumerate(sections):
        if section.parent is None:
            continue
        key: KeyPath = ("sections", index, "parent")
        if section.parent not in ids:
            hints += 1  # each compares with every section id: the first few only
            hint = id_hint(section.parent, ids) if hints <= 20 else ""
            listed = few_listed(ids)
            hint += f"; its sections are: {listed}" if listed else ""
            checker.error(key, f"parent '{section.parent}' is not a section of this plan{hint}")
            continue
        if section.id in looping:
            checker.error(key, f"section '{section.id}' is its own ancestor; break the cycle")


def _reaches_a_cycle(parents: Mapping[str, str | None]) -> set[str]:
    """Ids whose chain of parents runs into a cycle; each id is walked once."""
    known: dict[str, bool] = {}
    for start in parents:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in parents and node not in known:
            if node in on_path:
                result = True
                break
            path.append(node)
            on_path.add(node)
            node = parents[node]
        else:
            result = known.get(node, False) if node is not None else False
        for seen in path:
            known[seen] = result
    return {ident for ident, looping in known.items() if looping}


#: ``id = "…"`` (or ``'…'``) on a line of its own, with an optional comment.
_ID_LINE = re.compile(r"""[ \t]*id[ \t]*=[ \t]*(["'])([a-z0-9-]{1,200})\1[ \t]*(?:#.*)?""")
#: ``kind = "…"`` on a line of its own, with an optional comment.
_KIND_LINE = re.compile(r"""[ \t]*kind[ \t]*=[ \t]*(["'])([a-z]{1,20})\1[ \t]*(?:#.*)?""")
#: A table header: the top-level keys (and a document's id) come before the first.
_TABLE = re.compile(r"[ \t]*\[")
#: The kinds of file (:data:`mhbrief.format.KINDS`).
KINDS = ("briefing", "plan", "themes")
#: How many lines a broken file is read for its id: a file's id is near its top.
DECLARED_LINES = 200


def declared_id(text: str, table: dict[str, Any] | None) -> str | None:
    """The id a file that does not load declares: its table's top-level ``id`` when the
    TOML parsed, else an ``id = "…"`` line above the first table header (a syntax error
    further down leaves the id readable). None when neither gives an id of ours."""
    if table is not None:
        found = table.get("id")
        return found if isinstance(found, str) and SLUG.fullmatch(found) else None
    for number, line in enumerate(text.splitlines()):
        if number >= DECLARED_LINES or _TABLE.match(line):
            return None
        match = _ID_LINE.fullmatch(line)
        if match is not None and SLUG.fullmatch(match[2]):
            return match[2]
    return None


def declared_kind(text: str, table: dict[str, Any] | None) -> str | None:
    """The kind a file that does not load declares (``"themes"``, ``"plan"``,
    ``"briefing"``), read as :func:`declared_id` reads its id: a broken themes or plan
    file is still known as one, so the references it would have answered are not all
    reported as unknown (:mod:`mhbrief.follow_on`). None when it says no kind of ours."""
    if table is not None:
        found = table.get("kind")
        return found if found in KINDS else None
    for number, line in enumerate(text.splitlines()):
        if number >= DECLARED_LINES or _TABLE.match(line):
            return None
        match = _KIND_LINE.fullmatch(line)
        if match is not None:
            return match[2] if match[2] in KINDS else None
    return None
