"""Problems with the briefing files, one per line; e opens the file at the line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mhbrief.problems import Problem, tally

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp


def problem_prompt(problem: Problem) -> Content:
    style = "bold $text-error" if problem.is_error else "bold $text-warning"
    line = problem.format()
    where, _, rest = line.partition(f": {problem.severity.value}: ")
    return Content.assemble(where, ": ", (problem.severity.value, style), ": ", rest)


class ProblemsScreen(Screen[None]):
    """Every problem found while loading; the rest of the app keeps working."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="problems.close"),
        Binding("e", "edit", "Open in $EDITOR", id="problems.edit"),
    ]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        counts = tally(self.problems)
        if self.problems:
            summary = (
                f"{counts.errors} error(s), {counts.warnings} warning(s). "
                "Files with errors are left out (or searched as their last good copy). "
                "Fix them and the app reloads by itself."
            )
        else:
            summary = "No problems: every briefing file loaded."
        yield Static(Content(summary), id="problems-summary")
        yield OptionList(
            *(Option(problem_prompt(p), id=str(i)) for i, p in enumerate(self.problems)),
            id="problems-list",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Problems"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#problems-list")
    def action_edit(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        problem = self.problems[option_list.highlighted]
        app = cast("MHBriefApp", self.app)
        app.open_in_editor(problem.path, problem.line)
