"""Import a source text: ask for a path, show the draft for review, save it on confirm.

The new file lands in the briefings folder; live reload then shows it. Tab in the path
field completes a file or folder name as a shell does; the review appears (and takes
the focus) once there is a draft, and scrolls with the arrows and PgUp/PgDn.
"""

from __future__ import annotations

import os
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from mhbrief.importer import Draft, SourceError, import_source
from mhbrief.importer.suggestions import with_suggestions
from mhbrief.plural import counted
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.writer import WriteError, organisation_folder, write_draft

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp


def placeholders(value: object) -> int:
    """How many ``TODO:`` placeholders a draft's data still holds."""
    if isinstance(value, str):
        return int(value.startswith("TODO"))
    if isinstance(value, dict):
        return sum(placeholders(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(placeholders(v) for v in value)
    return 0


def draft_content(draft: Draft) -> Content:
    """The draft as a reviewer reads it: header facts, quotes, points, notes."""
    data = draft.data
    lines = [
        Content.assemble(("title: ", "$text-muted"), (str(data.get("title", "")), "bold")),
        Content.assemble(("date: ", "$text-muted"), str(data.get("published", ""))),
        Content.assemble(("organisation: ", "$text-muted"), str(data.get("organisation", ""))),
        Content.assemble(
            ("source: ", "$text-muted"),
            str(data.get("source_type", "")),
            *((" · outlet ", "$text-muted"), str(data["outlet"])) if data.get("outlet") else (),
        ),
        Content.assemble(("file: ", "$text-muted"), draft.suggested_filename),
        Content(""),
        Content.styled(counted(len(draft.quotes), "quote"), "bold $text-accent"),
    ]
    for quote in draft.quotes:
        who = ", ".join(p for p in (quote.speaker, quote.role) if p)
        lines.append(Content.assemble("• “", quote.text, "” — ", (who, "bold")))
        if quote.context:
            lines.append(Content.assemble(("  under: ", "$text-muted"), quote.context))
    if draft.summary:
        lines += [
            Content(""),
            Content.styled("summary", "bold $text-accent"),
            Content(draft.summary),
        ]
    lines += [Content(""), Content.styled(counted(len(draft.points), "point"), "bold $text-accent")]
    lines += [Content.assemble("• ", point.text) for point in draft.points]
    if draft.warnings:
        lines += [Content(""), Content.styled("Notes", "bold $text-warning")]
        lines += [Content.assemble("• ", warning) for warning in draft.warnings]
    return Content("\n").join(lines)


#: Names a folder is read for when completing (a bound on a huge folder).
COMPLETION_SCAN = 5_000
#: Candidates shown when a name has several completions.
SHOWN_CANDIDATES = 6


def complete_path(typed: str) -> tuple[str, list[str]]:
    """``typed`` completed as far as every matching name agrees (a lone folder gets its
    ``/``), and the matching names; ``~`` stays as typed. Hidden names only for a ``.``."""
    head, sep, stem = typed.rpartition("/")
    folder = Path(os.path.expanduser(head + sep)) if sep else Path(".")
    try:
        with os.scandir(folder) as entries:
            names = [
                (entry.name, entry.is_dir())
                for entry in islice(entries, COMPLETION_SCAN)
                if entry.name.startswith(stem) and (stem.startswith(".") or entry.name[:1] != ".")
            ]
    except OSError:
        return typed, []
    if not names:
        return typed, []
    common = os.path.commonprefix([name for name, _ in names])  # noqa: RUF071 (names, by letter)
    if len(names) == 1 and names[0][1]:
        common += "/"
    return head + sep + common, sorted(name for name, _ in names)


class PathInput(Input):
    """The path field: Tab completes the name; with nothing to complete it moves on."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete", id="import.complete"),
    ]

    def action_complete(self) -> None:
        completed, names = complete_path(self.value)
        if completed != self.value:
            self.value = completed
            self.cursor_position = len(completed)
        elif len(names) > 1:
            self.screen.query_one("#import-hint", Static).update(candidates(names))
        else:
            self.screen.focus_next()


def candidates(names: list[str]) -> Content:
    shown = ", ".join(names[:SHOWN_CANDIDATES])
    more = f" and {len(names) - SHOWN_CANDIDATES} more" if len(names) > SHOWN_CANDIDATES else ""
    return Content.styled(f"Tab again after a letter or two: {shown}{more}", "$text-muted")


class ImportSourceScreen(ModalScreen[Path | None]):
    """Path -> draft -> review -> save (ctrl+s) or cancel (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
        Binding("ctrl+s", "save", "Save draft", id="import.save"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.draft: Draft | None = None
        self.source: Path | None = None

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog") as dialog:
            dialog.border_title = "Import a source text"
            yield Static(
                Content.styled(
                    "Path of a statement's plain text; Enter drafts a briefing for review.",
                    "$text-muted",
                )
            )
            # Focusing it again keeps the path: a typed letter edits it, never replaces it.
            yield PathInput(
                placeholder="path/to/statement.txt (Tab completes)",
                id="import-path",
                select_on_focus=False,
            )
            with VerticalScroll(id="import-review"):  # shown once there is a draft
                yield Static("", id="import-draft")
            yield Static("", id="import-hint")
        yield FitFooter()  # its own: this dialog's keys, not the main screen's

    def on_mount(self) -> None:
        self.query_one("#import-review").display = False
        self.query_one("#import-path").focus()

    @on(Input.Submitted, "#import-path")
    def path_given(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        self.source = path
        self.draft = None
        self.query_one("#import-hint", Static).update(Content("Reading…"))
        self.make_draft(path)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def make_draft(self, path: Path) -> Draft:
        library = self.mhbrief.library
        draft = import_source(path, collection=library.collection)
        # Sections and themes similar statements suggest: comments beside the lists.
        return with_suggestions(draft, library.similar, library.collection)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        hint = self.query_one("#import-hint", Static)
        if event.state is WorkerState.SUCCESS and isinstance(event.worker.result, Draft):
            self.draft = event.worker.result
            self.query_one("#import-draft", Static).update(draft_content(self.draft))
            hint.update(
                Content.styled(
                    "ctrl+s saves it as a new file; ↑ ↓ PgUp PgDn scroll; Esc cancels.",
                    "bold $text-success",
                )
            )
            review = self.query_one("#import-review")
            review.display = True
            review.focus()
        elif event.state is WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, SourceError | OSError) else repr(error)
            hint.update(Content.styled(f"Cannot import: {message}", "bold $text-error"))

    def action_save(self) -> None:
        if self.draft is None:
            self.notify("Give a path and press Enter first", severity="warning")
            return
        if not self.mhbrief.writable:
            self.notify(
                "These are the example briefings shipped with mhbrief; "
                "start mhbrief with --briefings DIR to import into your own folder",
                severity="error",
                markup=False,
            )
            return
        try:
            library = self.mhbrief.library
            folder = organisation_folder(
                self.draft.data.get("organisation"), library.collection
            )  # as the CLI does
            path = write_draft(self.draft, library.briefings, folder, self.source)
        except (WriteError, OSError) as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        todo = placeholders(self.draft.data)
        if todo:
            message = (
                f"Saved {path.name}: fill in its {counted(todo, 'TODO')}, then run mhbrief validate"
            )
        else:
            message = (
                f"Saved {path.name} as a draft: check it against the source, then delete "
                "its line 'draft = true' to publish it"
            )
        self.notify(message, markup=False)
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
