"""Problems with the briefing files, one per line; e opens the file at the line. Above
them, when live reload is slow or off, why.

The list follows every reload while it is open: a problem fixed (with e, or in
another window) goes, a new one comes, and the highlighted problem stays put.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.widgets.option_list import Option

from mhbrief.model import Collection
from mhbrief.plural import counted
from mhbrief.problems import Problem, Severity, display_path, tally
from mhbrief.problems import by_severity as ordered_by_severity
from mhbrief.sanitize import sanitize_line
from mhbrief.tui.hanging import Hanging
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.tui.widgets.option_list import OptionList

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp


SEVERITY_STYLES = {
    Severity.ERROR: "bold $text-error",
    Severity.WARNING: "bold $text-warning",
    Severity.NOTE: "bold $text-accent",
}


#: How far in a problem's wrapped rows continue, under its path.
HANGING = 2


def problem_prompt(problem: Problem, root: Path | None = None) -> Hanging:
    """``path:line:col: severity: message``, the path relative to the briefings folder
    ``root`` (the shortest form: the folder is in the header); wrapped rows indented."""
    style = SEVERITY_STYLES[problem.severity]
    line = problem.format(root)
    where, _, rest = line.partition(f": {problem.severity.value}: ")
    content = Content.assemble(where, ": ", (problem.severity.value, style), ": ", rest)
    # path:line:col: is never cut in two (":5" / "2:1:" read as line 5, not 52).
    return Hanging(content, HANGING, head=(len(where) + 1, len(problem.display_path(root))))


@dataclass(frozen=True)
class ProblemFiles:
    """The files that fail to load, as the status line counts them: ``left_out``, of
    which no search finds anything (the status line's ``N files left out``), and
    ``kept``, which fail now but whose last indexed version is still found (marked)."""

    left_out: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def problem_files(collection: Collection, searched: Sequence[str] | None) -> ProblemFiles:
    """The failing files of ``collection``, split by the last answer's ``left_out``
    (``searched``, the status line's one source; None before any answer). A file refused
    for an id another file keeps is left out whatever the index holds: what is indexed
    under that id is the other file's."""
    failing = not_loaded(collection)
    if searched is None:
        return ProblemFiles(failing)
    refused = {
        display_path(f.path, collection.root)
        for f in collection.files
        if not f.loaded and f.taken_by is not None
    }
    left_out = tuple(dict.fromkeys([*searched, *(p for p in failing if p in refused)]))
    kept = tuple(path for path in failing if path not in left_out)
    return ProblemFiles(left_out, kept)


class ProblemsScreen(Screen[None]):
    """Every problem found while loading; the rest of the app keeps working."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="problems.close"),
        Binding("e", "edit", "Open in $EDITOR", id="problems.edit"),
    ]

    def __init__(
        self,
        problems: Sequence[Problem],
        files: ProblemFiles,
        root: Path | None = None,
        reload_note: str = "",
    ) -> None:
        super().__init__()
        self.problems = by_severity(problems)
        #: The files that did not load (shown as in the folder), for the header.
        self.files = files
        #: The briefings folder: paths are shown relative to it.
        self.root = root
        #: Why live reload is slow or off ("" when it works), above the summary.
        self.reload_note = reload_note

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        note = Static(Content(self.reload_note), id="problems-reload")
        note.display = bool(self.reload_note)
        yield note
        yield Static(summary(self.problems, self.files, self.root), id="problems-summary")
        yield OptionList(*self._options(), id="problems-list")
        yield FitFooter()

    def on_mount(self) -> None:
        folder = sanitize_line(str(self.root)) if self.root else ""
        self.sub_title = f"Problems in {folder}" if folder else "Problems"
        self.query_one(OptionList).focus()

    def show(self, problems: Sequence[Problem], files: ProblemFiles) -> None:
        """The problems after a reload; the highlight stays on the same problem if it is
        still there, else at the same place in the list."""
        option_list = self.query_one(OptionList)
        index = option_list.highlighted
        current = self.problems[index] if index is not None and index < len(self.problems) else None
        if (by_severity(problems), files) == (self.problems, self.files):
            return  # the same (every answer while typing elsewhere): nothing to redraw
        self.problems, self.files = by_severity(problems), files
        self.query_one("#problems-summary", Static).update(
            summary(self.problems, self.files, self.root)
        )
        option_list.set_options(self._options())
        if not self.problems:
            return
        same = _same_place(self.problems, current)
        option_list.highlighted = same if same is not None else min(index or 0, len(problems) - 1)

    def show_reload(self, note: str) -> None:
        """Why live reload is slow or off, now ("" hides it)."""
        self.reload_note = note
        widget = self.query_one("#problems-reload", Static)
        widget.update(Content(note))
        widget.display = bool(note)

    def _options(self) -> list[Option]:
        return [
            Option(problem_prompt(p, self.root), id=str(i)) for i, p in enumerate(self.problems)
        ]

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


def by_severity(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """Errors, then warnings, then notes; in file order within each, as ``validate``
    lists them (at 80x24 a few drafts' notes, four lines each, pushed errors off)."""
    return tuple(ordered_by_severity(problems))


def not_loaded(collection: Collection) -> tuple[str, ...]:
    """The files of ``collection`` that did not load, as shown in the folder."""
    return tuple(display_path(f.path, collection.root) for f in collection.files if not f.loaded)


def _named(paths: Sequence[str]) -> str:
    named = ", ".join(paths[:NAMED])
    return named + (f" and {len(paths) - NAMED} more" if len(paths) > NAMED else "")


def summary(
    problems: Sequence[Problem], files: ProblemFiles = ProblemFiles(), root: Path | None = None
) -> Content:
    """The counts, and which files are left out: only those that did not load (an unknown
    theme is an error too, but its file is in), counted as the status line counts them.
    Each sentence says what is true of the counts shown: "fix them" only when there are
    errors or warnings to fix; a draft's note in a file left out is said to be there."""
    if not problems:
        return Content("No problems: every briefing file loaded.")
    tallied = tally(problems)
    to_fix = tallied.errors + tallied.warnings
    counts = f"{counted(tallied.errors, 'error')}, {counted(tallied.warnings, 'warning')}."
    said = [counts if to_fix else "No errors or warnings."]
    if tallied.notes:  # counted in neither total
        said.append(_notes_said(problems, files, root, tallied.notes))
    if files.left_out:
        said.append(f"{counted(len(files.left_out), 'file')} left out: {_named(files.left_out)}.")
    if files.kept:
        said.append(
            f"{counted(len(files.kept), 'file')} failing, still found as last indexed "
            f"(marked): {_named(files.kept)}."
        )
    if not files.left_out and not files.kept:
        said.append("No file is left out.")
    if to_fix:
        said.append(f"Fix {'it' if to_fix == 1 else 'them'} and this list follows.")
    else:
        said.append("Nothing to fix; a draft is published by deleting its line 'draft = true'.")
    return Content(" ".join(said))


def _notes_said(
    problems: Sequence[Problem], files: ProblemFiles, root: Path | None, notes: int
) -> str:
    """``2 notes: drafts, not reviewed yet`` (and how many are of files that did not load,
    such as a draft copy refused for an id another file keeps)."""
    failing = {*files.left_out, *files.kept}
    outside = sum(
        1 for p in problems if p.severity is Severity.NOTE and p.display_path(root) in failing
    )
    if not outside:
        return f"{counted(notes, 'note')}: drafts, not reviewed yet."
    where = "a file that did not load" if outside == 1 else "files that did not load"
    if outside == notes:
        return f"{counted(notes, 'note')}: drafts, not reviewed yet, in {where}."
    return f"{counted(notes, 'note')}: drafts, not reviewed yet ({outside} in {where})."


def _same_place(problems: Sequence[Problem], current: Problem | None) -> int | None:
    """The index of ``current`` (same file and message) in ``problems``, if it is there."""
    if current is None:
        return None
    for index, problem in enumerate(problems):
        if (problem.path, problem.message) == (current.path, current.message):
            return index
    return None
