"""Import a source text: ask for a path or a web address, show the draft for review,
save it on confirm.

A saved web page (``.html``) or an ``http(s)://`` address is read as ``mhbrief import``
reads it (:mod:`mhbrief.importer.web_source`): its main text, fetched and extracted in
the draft's worker, with the CLI's timeout and size cap; the draft keeps the address
and archives the extracted text.

The new file lands in the briefings folder; live reload then shows it. Tab in the path
field completes a file or folder name as a shell does; the review appears (and takes
the focus) once there is a draft, and scrolls with the arrows and PgUp/PgDn.

Below the review, the organisation: the importer leaves it a placeholder when the
text does not say who published it (a guess that reads as right is worse), so the
person types it there, and Tab offers the organisations of the folder's briefings,
those the text names first. Enter drafts again with it (the id, the file name and the
folder follow it); ctrl+s does the same first when it was changed.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from mhbrief.citation import role_names
from mhbrief.plural import counted
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.writer import WriteError, organisation_folder, write_draft

if TYPE_CHECKING:
    from mhbrief.importer import Draft
    from mhbrief.importer.webpage import Page
    from mhbrief.tui.app import MHBriefApp

# The importer is imported in workers, never here: compiling its patterns takes most
# of a second, and importing this screen happens on the UI thread when `i` is pressed.


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
        # A speaker from another organisation than the draft's: named, as cited.
        own = quote.organisation
        if own and quote.role and role_names(quote.role, own):
            own = None
        who = ", ".join(p for p in (quote.speaker, quote.role, own) if p)
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


def candidates(names: list[str], lead: str = "Tab again after a letter or two") -> Content:
    shown = ", ".join(names[:SHOWN_CANDIDATES])
    more = f" and {len(names) - SHOWN_CANDIDATES} more" if len(names) > SHOWN_CANDIDATES else ""
    return Content.styled(f"{lead}: {shown}{more}", "$text-muted")


def complete_organisation(typed: str, known: tuple[str, ...]) -> tuple[str, list[str]]:
    """``typed`` completed from ``known`` (any case): the one match, else as far as the
    matches agree; and the matches. Nothing typed offers the first (the text names it)."""
    if not known:
        return typed, []
    if not typed.strip():
        return known[0], list(known)
    folded = typed.casefold()
    matches = [name for name in known if name.casefold().startswith(folded)]
    if not matches:
        matches = [name for name in known if folded in name.casefold()]
    if len(matches) == 1:
        return matches[0], matches
    if not matches:
        return typed, []
    common = os.path.commonprefix([name.casefold() for name in matches])  # noqa: RUF071
    return (matches[0][: len(common)] if len(common) > len(typed) else typed), matches


def organisation_of(draft: Draft) -> str:
    """The draft's organisation as the field shows it: empty for the placeholder."""
    from mhbrief.importer.assembly import PLACEHOLDER_ORGANISATION  # loaded with the draft

    value = str(draft.data.get("organisation", ""))
    return "" if value == PLACEHOLDER_ORGANISATION else value


class OrganisationInput(Input):
    """The organisation field: Tab completes one the folder's briefings know."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete", id="import.complete-organisation"),
    ]

    def action_complete(self) -> None:
        screen = cast("ImportSourceScreen", self.screen)
        known = screen.draft.organisations if screen.draft else ()
        completed, names = complete_organisation(self.value, known)
        if completed != self.value:
            self.value = completed
            self.cursor_position = len(completed)
        if len(names) > 1:
            screen.query_one("#import-hint", Static).update(
                candidates(names, "Known here (Tab again after a letter or two)")
            )
        elif completed == self.value and not names:
            screen.focus_next()


@dataclass(frozen=True)
class Drafted:
    """What the draft's worker made: the draft, and the page it was read from (if any)."""

    draft: Draft
    page: Page | None


class ImportSourceScreen(ModalScreen[Path | None]):
    """Path -> draft -> review -> save (ctrl+s) or cancel (Esc)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import.cancel"),
        Binding("ctrl+s", "save", "Save draft", id="import.save"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.draft: Draft | None = None
        #: What was typed: a file's path (``~`` expanded) or a web address.
        self.source: str | None = None
        #: The page read from it, kept for drafting again (a URL is fetched once).
        self.page: Page | None = None
        #: ctrl+s came with a changed organisation: save once the new draft is made.
        self._save_when_drafted = False

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog") as dialog:
            dialog.border_title = "Import a source text"
            yield Static(
                Content.styled(
                    "Path of a statement (plain text or a saved .html page) or its web "
                    "address; Enter drafts a briefing for review.",
                    "$text-muted",
                )
            )
            # Focusing it again keeps the path: a typed letter edits it, never replaces it.
            yield PathInput(
                placeholder="path/to/statement.txt or https://… (Tab completes a path)",
                id="import-path",
                select_on_focus=False,
            )
            with VerticalScroll(id="import-review"):  # shown once there is a draft
                yield Static("", id="import-draft")
            with Horizontal(id="import-organisation-row"):  # shown with the review
                yield Static(Content.styled("organisation ", "$text-muted"))
                yield OrganisationInput(
                    placeholder="who published it (Tab: known ones; Enter applies)",
                    id="import-organisation",
                    select_on_focus=False,
                    compact=True,  # one line: the review keeps its rows at 80x24
                )
            yield Static("", id="import-hint")
        yield FitFooter()  # its own: this dialog's keys, not the main screen's

    def on_mount(self) -> None:
        self.query_one("#import-review").display = False
        self.query_one("#import-organisation-row").display = False
        self.query_one("#import-path").focus()
        self.warm_up()

    @work(thread=True, group="import-warm", exit_on_error=False)
    def warm_up(self) -> None:
        """Load the importer while the path is typed: the draft then starts at once."""
        import mhbrief.importer.suggestions  # noqa: F401

    @on(Input.Submitted, "#import-path")
    def path_given(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        # A string, not a Path: Path("http://…") folds the address's two slashes.
        self.source = typed if "://" in typed else os.path.expanduser(typed)
        self.draft = self.page = None
        self._save_when_drafted = False
        self.query_one("#import-hint", Static).update(Content("Reading…"))
        self.make_draft(self.source, None, None)

    @on(Input.Submitted, "#import-organisation")
    def organisation_given(self, event: Input.Submitted) -> None:
        self._draft_again(event.value)

    def _draft_again(self, organisation: str) -> None:
        """The draft made again with the organisation the person gave."""
        if self.source is None:
            return
        self.query_one("#import-hint", Static).update(Content("Drafting again…"))
        self.make_draft(self.source, organisation.strip() or None, self.page)

    @work(thread=True, exclusive=True, group="import", exit_on_error=False)
    def make_draft(self, source: str, organisation: str | None, page: Page | None) -> Drafted:
        """The draft of ``source`` (a file's path or a web address) as the CLI makes it;
        ``page``: the page read before (drafting again with an organisation)."""
        from mhbrief.importer import import_source
        from mhbrief.importer.suggestions import with_suggestions
        from mhbrief.importer.web_source import page_of, with_page

        library = self.mhbrief.library
        page = page or page_of(source)
        draft = import_source(
            page.text if page else Path(source),
            collection=library.collection,
            organisation=organisation,
        )
        if page is not None:
            draft = with_page(draft, page)
        # Sections and themes similar statements suggest: comments beside the lists.
        return Drafted(with_suggestions(draft, library.similar, library.collection), page)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "import" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            return
        # Never imported here (the UI thread): a draft's worker loaded it, or failed to.
        importer = sys.modules.get("mhbrief.importer")
        hint = self.query_one("#import-hint", Static)
        result = event.worker.result
        if event.state is WorkerState.SUCCESS and isinstance(result, Drafted):
            self.page = result.page
            self._show(result.draft)
            if self._save_when_drafted:
                self._save_when_drafted = False
                self.action_save()
        elif event.state is WorkerState.ERROR:
            self._save_when_drafted = False
            error = event.worker.error
            told = (OSError, importer.SourceError) if importer else (OSError,)
            message = str(error) if isinstance(error, told) else repr(error)
            hint.update(Content.styled(f"Cannot import: {message}", "bold $text-error"))

    def _show(self, draft: Draft) -> None:
        """The draft in the review, its organisation in the field, what to do next."""
        again = self.draft is not None
        self.draft = draft
        self.query_one("#import-draft", Static).update(draft_content(draft))
        field = self.query_one("#import-organisation", OrganisationInput)
        field.value = organisation_of(draft)
        self.query_one("#import-organisation-row").display = True
        keys = "ctrl+s saves it as a new file; ↑ ↓ PgUp PgDn scroll; Esc cancels."
        if field.value:
            self.query_one("#import-hint", Static).update(
                Content.styled(keys, "bold $text-success")
            )
        else:
            known = ", ".join(draft.organisations[:SHOWN_CANDIDATES])
            offer = f" (Tab offers: {known})" if known else ""
            self.query_one("#import-hint", Static).update(
                Content.assemble(
                    (
                        "The text does not say who published it: "
                        f"type it after 'organisation'{offer}. ",
                        "bold",
                    ),
                    (keys, "$text-muted"),
                )
            )
        review = self.query_one("#import-review")
        review.display = True
        if not again:  # what is asked for takes the keys: typing there was lost
            (review if field.value else field).focus()

    def action_save(self) -> None:
        if self.draft is None:
            self.notify("Give a path and press Enter first", severity="warning")
            return
        typed = self.query_one("#import-organisation", OrganisationInput).value.strip()
        if typed and typed != organisation_of(self.draft):
            self._save_when_drafted = True
            self._draft_again(typed)
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
            # A page's draft archives its extracted text (as the CLI's), a file the file.
            archived = None if self.page is not None or self.source is None else Path(self.source)
            path = write_draft(self.draft, library.briefings, folder, archived)
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
