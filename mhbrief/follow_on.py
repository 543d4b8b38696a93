"""Errors that follow from a themes or plan file that does not load: summarised at it.

One typo in ``themes.toml`` drops the file, and then every theme reference in the folder
looks unknown: 80 ``unknown theme`` errors hid the one line that said what to fix. So while
a themes file does not load, the unknown theme references are not listed one by one: the
themes file gets one more error, right after its own, that counts them and says to fix it
first. A plan file that does not load does the same for the references to its id (the id
it declares, :attr:`~mhbrief.model.SourceFile.claimed_id`; every unknown plan when it
declares none). Those files' problems come first in the collection's list, so ``validate``
and the app's problems screen (which orders by severity, keeping this order) show the cause
before anything else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from mhbrief.model import SourceFile
from mhbrief.plural import counted
from mhbrief.problems import Problem

#: How the loader's messages about unknown references start: it builds them from these,
#: so the follow-on errors are told apart by what wrote them, not by a copy of its words.
UNKNOWN_THEME = "unknown theme '"
UNKNOWN_PLAN = "names unknown plan '"
_PLAN_ID = re.compile(re.escape(UNKNOWN_PLAN) + r"([^']*)'")


@dataclass
class _Blocker:
    """A themes or plan file that does not load, and the references it leaves unchecked."""

    index: int
    what: str
    references: int = 0
    files: set[Path] = field(default_factory=set)

    def summary(self, source: SourceFile) -> Problem:
        first = next((p for p in source.problems if p.is_error), None)
        kind = "themes" if self.what == "themes" else "plan"
        errors = "its errors" if sum(p.is_error for p in source.problems) > 1 else "its error"
        return Problem.error(
            source.path,
            f"{counted(self.references, 'reference')} to {self.what} in "
            f"{counted(len(self.files), 'other file')} not checked: this {kind} file did not "
            f"load, so each would be reported as unknown; fix {errors} first (they are "
            "checked once it loads)",
            first.line if first is not None else None,
            first.column if first is not None else None,
        )


@dataclass(frozen=True)
class Summarised:
    """The files with their follow-on errors summarised; their problems in the order shown;
    for each file whose references were left unchecked, the files that hold them back."""

    files: tuple[SourceFile, ...]
    problems: tuple[Problem, ...]
    held_back: Mapping[Path, tuple[Path, ...]]


def summarise(files: Sequence[SourceFile]) -> Summarised:
    """``files`` (linked, in path order) with the follow-on errors of the themes and plan
    files that do not load taken out and counted at those files (see the module)."""
    themes = [_Blocker(i, "themes") for i, f in enumerate(files) if _broken(f, "themes")]
    plans = {i: f.claimed_id for i, f in enumerate(files) if _broken(f, "plan")}
    if not themes and not plans:
        return Summarised(tuple(files), tuple(p for f in files for p in f.problems), {})
    by_plan = {ident: _Blocker(i, f"plan '{ident}'") for i, ident in plans.items() if ident}
    anonymous = [_Blocker(i, "plans") for i, ident in plans.items() if not ident]
    kept = list(files)
    held_back: dict[Path, set[int]] = {}
    for n, source in enumerate(files):
        if not source.loaded:
            continue
        shown: list[Problem] = []
        for problem in source.problems:
            blocker = _blocker(problem, themes, by_plan, anonymous)
            if blocker is None:
                shown.append(problem)
                continue
            blocker.references += 1
            blocker.files.add(source.path)
            held_back.setdefault(source.path, set()).add(blocker.index)
        if len(shown) != len(source.problems):
            kept[n] = replace(source, problems=tuple(shown))
    first: list[int] = []
    for blocker in [*themes, *by_plan.values(), *anonymous]:
        if blocker.references:
            first.append(blocker.index)
            source = kept[blocker.index]
            problems = (*source.problems, blocker.summary(source))
            kept[blocker.index] = replace(source, problems=problems)
    ahead = set(first)
    order = [*sorted(ahead), *(i for i in range(len(kept)) if i not in ahead)]
    return Summarised(
        tuple(kept),
        tuple(p for i in order for p in kept[i].problems),
        MappingProxyType(
            {path: tuple(files[i].path for i in sorted(at)) for path, at in held_back.items()}
        ),
    )


def _broken(source: SourceFile, kind: str) -> bool:
    """A file of ``kind`` that does not load for errors of its own (not one refused
    because another file keeps its id)."""
    return source.document is None and source.taken_by is None and source.claimed_kind == kind


def _blocker(
    problem: Problem,
    themes: list[_Blocker],
    by_plan: dict[str, _Blocker],
    anonymous: list[_Blocker],
) -> _Blocker | None:
    """The file that does not load whose contents ``problem`` (an unknown reference)
    may be about, if any."""
    if not problem.is_error:
        return None
    if problem.message.startswith(UNKNOWN_THEME):
        return themes[0] if themes else None
    match = _PLAN_ID.search(problem.message)
    if match is None:
        return None
    found = by_plan.get(match[1])
    if found is None and anonymous:
        return anonymous[0]
    return found
