"""Problems with the briefing files, one per line; e opens the file at the line.

The list follows every reload while it is open: a problem fixed (with e, or in
another window) goes, a new one comes, and the highlighted problem stays put.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from mhbrief.model import Collection
from mhbrief.plural import counted
from mhbrief.problems import Problem, Severity, display_path, tally
from mhbrief.tui.widgets.footer import FitFooter

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp


SEVERITY_STYLES = {
    Severity.ERROR: "bold $text-error",
    Severity.WARNING: "bold $text-warning",
    Severity.NOTE: "bold $text-accent",
}


def problem_prompt(problem: Problem) -> Content:
    style = SEVERITY_STYLES[problem.severity]
    line = problem.format()
    where, _, rest = line.partition(f": {problem.severity.value}: ")
    return Content.assemble(where, ": ", (problem.severity.value, style), ": ", rest)


class ProblemsScreen(Screen[None]):
    """Every problem found while loading; the rest of the app keeps working."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="problems.close"),
        Binding("e", "edit", "Open in $EDITOR", id="problems.edit"),
    ]

    def __init__(self, problems: Sequence[Problem], left_out: Sequence[str] = ()) -> None:
        super().__init__()
        self.problems = by_severity(problems)
        #: The files that did not load (shown as in the folder), for the header.
        self.left_out = tuple(left_out)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Static(summary(self.problems, self.left_out), id="problems-summary")
        yield OptionList(*_options(self.problems), id="problems-list")
        yield FitFooter()

    def on_mount(self) -> None:
        self.sub_title = "Problems"
        self.query_one(OptionList).focus()

    def show(self, problems: Sequence[Problem], left_out: Sequence[str] = ()) -> None:
        """The problems after a reload; the highlight stays on the same problem if it is
        still there, else at the same place in the list."""
        option_list = self.query_one(OptionList)
        index = option_list.highlighted
        current = self.problems[index] if index is not None and index < len(self.problems) else None
        self.problems, self.left_out = by_severity(problems), tuple(left_out)
        self.query_one("#problems-summary", Static).update(summary(self.problems, self.left_out))
        option_list.set_options(_options(self.problems))
        if not self.problems:
            return
        same = _same_place(self.problems, current)
        option_list.highlighted = same if same is not None else min(index or 0, len(problems) - 1)

    @on(OptionList.OptionSelected, "#problems-list")
    def action_edit(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        problem = self.problems[option_list.highlighted]
        app = cast("MHBriefApp", self.app)
        app.open_in_editor(problem.path, problem.line)
        app.main.start_sync()  # what was fixed leaves the list, whether or not files are watched


#: Files named in the header; more are counted.
NAMED = 3


#: Errors first: at 80x24 a few drafts' notes (four lines each) pushed them off the screen.
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


def by_severity(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """Errors, then warnings, then notes; in file order within each."""
    return tuple(sorted(problems, key=lambda problem: _SEVERITY_ORDER[problem.severity]))


def left_out(collection: Collection) -> tuple[str, ...]:
    """The files of ``collection`` that did not load, as shown in the folder."""
    return tuple(display_path(f.path, collection.root) for f in collection.files if not f.loaded)


def summary(problems: Sequence[Problem], left_out: Sequence[str] = ()) -> Content:
    """The counts, and which files are left out: only those that did not load (an unknown
    theme is an error too, but its file is in)."""
    if not problems:
        return Content("No problems: every briefing file loaded.")
    tallied = tally(problems)
    counts = f"{counted(tallied.errors, 'error')}, {counted(tallied.warnings, 'warning')}."
    if tallied.notes:  # counted in neither total
        counts += f" {counted(tallied.notes, 'note')}: drafts, not reviewed yet."
    if not left_out:
        return Content(f"{counts} No file is left out. Fix them and this list follows.")
    named = ", ".join(left_out[:NAMED])
    if len(left_out) > NAMED:
        named += f" and {len(left_out) - NAMED} more"
    return Content(
        f"{counts} Left out: {named} (what was indexed from them before stays searchable, "
        "marked). Fix them and this list follows."
    )


def _options(problems: Sequence[Problem]) -> list[Option]:
    return [Option(problem_prompt(p), id=str(i)) for i, p in enumerate(problems)]


def _same_place(problems: Sequence[Problem], current: Problem | None) -> int | None:
    """The index of ``current`` (same file and message) in ``problems``, if it is there."""
    if current is None:
        return None
    for index, problem in enumerate(problems):
        if (problem.path, problem.message) == (current.path, current.message):
            return index
    return None
