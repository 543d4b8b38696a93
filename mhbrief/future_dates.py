"""A briefing dated in the future: a warning, since newest first puts it above everything.

``published = 2052-03-03`` for 2025-03-03 is a typo nothing else catches: the file is
valid, and its quotes sort as the newest of all. Checked at every load against
:func:`today` (not kept with a file's parse: the date it is checked against moves).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from mhbrief.model import Briefing, SourceFile
from mhbrief.problems import Problem


def today() -> date:
    """The date a ``published`` is compared with (tests set it)."""
    return date.today()


def warn_future(files: Sequence[SourceFile], now: date) -> list[SourceFile]:
    """``files`` with a warning added to each briefing published after ``now``."""
    found = list(files)
    for n, source in enumerate(files):
        briefing = source.document
        if not isinstance(briefing, Briefing) or briefing.published <= now:
            continue
        line = briefing.line_of("published")
        problem = Problem.warning(
            source.path,
            f"published {briefing.published.isoformat()} is in the future (today is "
            f"{now.isoformat()}), so newest first shows it above everything; check the year",
            line,
            1 if line else None,
        )
        found[n] = replace(source, problems=(*source.problems, problem))
    return found
