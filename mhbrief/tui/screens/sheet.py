"""The prep sheet screen (``w``, ``F7``): the current sheet's items in order, with their notes.

Move an item up and down, remove it, give it a note, export the sheet to a file
or copy it; switch, create and rename sheets. An item whose briefing changed or
disappeared stays, marked, with the text it had when it was added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Static
from textual.widgets.option_list import Option

from mhbrief.problems import Problem
from mhbrief.sanitize import sanitize_line
from mhbrief.sheet_export import ExportNameError, export_markdown, export_target, export_text
from mhbrief.sheets import (
    DEFAULT_SHEET,
    EntryState,
    Sheet,
    SheetEntry,
    Sheets,
    pin,
    review,
    slug,
    state_label,
)
from mhbrief.state import StateError
from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.tui.widgets.option_list import OptionList
from mhbrief.writer import WriteError, write_new

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

DIM = "$text-muted"
WARN = "bold $text-warning"
NEW = "__new__"
ROW_TEXT = 72
#: Edits ``u`` can undo, the oldest forgotten first.
UNDO_STEPS = 50


def entry_prompt(number: int, entry: SheetEntry) -> Content:
    """Up to three lines: number, kind and who, warnings; the note; the start of the text."""
    head: list[str | tuple[str, str]] = [
        (f"{number:>2}. ", "bold"),
        (f"{entry.pin.kind:<6} ", DIM),
        (entry.who or entry.id, "bold"),
    ]
    if entry.stance:
        head += [(" · ", DIM), (entry.stance, DIM)]
    for flag, shown in (
        (entry.unverified, "NOT VERBATIM"),
        (entry.state is EntryState.CHANGED, "CHANGED"),
        (entry.state is EntryState.PROBLEM_FILE, "file has problems (F8)"),
        (entry.state is EntryState.MISSING, "MISSING"),
        (entry.superseded, "SUPERSEDED"),
        (entry.draft, "DRAFT"),
    ):
        if flag:
            head += [" ", (f"[{shown}]", WARN)]
    lines = [Content.assemble(*head)]
    if entry.pin.note:
        lines.append(Content.assemble(("    note: ", DIM), (entry.pin.note, "italic $text-accent")))
    text = " ".join(entry.text.split())
    if len(text) > ROW_TEXT:
        text = text[: ROW_TEXT - 1] + "…"
    lines.append(Content("    ") + Content(text))
    return Content("\n").join(lines)


def entry_preview(entry: SheetEntry) -> Content:
    """The highlighted entry in full: text, what changed, citation, sections, note."""
    parts: list[Content] = []
    warning = state_label(entry)
    if warning:
        parts.append(Content.styled(warning, WARN))
    parts.append(Content(entry.text))
    if entry.text_changed:
        parts += [Content.styled("Text when pinned (P pins the new text):", DIM)]
        parts.append(Content(entry.pin.text))
    parts.append(Content.assemble(("cite: ", DIM), entry.citation))
    if entry.citation_changed:
        parts.append(
            Content.assemble(("cite when pinned (P pins the new one): ", DIM), entry.pin.citation)
        )
    if entry.sections:
        labels = "; ".join(link.label for link in entry.sections)
        parts.append(Content.assemble(("plan sections: ", DIM), labels))
    if entry.pin.note:
        parts.append(Content.assemble(("note: ", DIM), entry.pin.note))
    parts.append(Content.assemble(("id: ", DIM), entry.id))
    return Content("\n").join(parts)


class SheetPicker(ModalScreen[str | None]):
    """Choose a sheet (or a new one): Enter picks, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="picker.cancel"),
    ]

    def __init__(self, names: list[tuple[str, int]], current: str) -> None:
        super().__init__()
        self.names = names
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-dialog"):
            yield Static(Content.styled("Sheets", "bold"))
            options = [
                Option(
                    Content.assemble(
                        ("● " if name == self.current else "  ", "$text-success"),
                        name,
                        (f"  {count} item{'s' * (count != 1)}", DIM),
                    ),
                    id=name,
                )
                for name, count in self.names
            ]
            options.append(Option(Content.styled("  + a new sheet…", "italic"), id=NEW))
            yield OptionList(*options, id="picker-list")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        picker.focus()
        names = [name for name, _ in self.names]
        picker.highlighted = names.index(self.current) if self.current in names else 0

    @on(OptionList.OptionSelected, "#picker-list")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


@dataclass(frozen=True)
class View:
    """What the sheet screen shows, read in the background."""

    name: str
    sheet: Sheet | None
    entries: tuple[SheetEntry, ...]
    problem: Problem | None = None
    #: Damaged sheet files (read only when the screen opens).
    damaged: tuple[Problem, ...] = ()


def load_view(app: MHBriefApp, *, every_sheet: bool = False) -> View:
    """The current sheet against the collection now (runs off the UI thread)."""
    sheets = Sheets(app.state)
    if every_sheet:
        sheets.all()  # reads every sheet file, noting the damaged ones
    name = sheets.current() or DEFAULT_SHEET
    sheet = sheets.get(name)
    entries = tuple(review(sheet, app.library.collection)) if sheet else ()
    problem = sheets.damaged(name) if sheet is None else None
    return View(name, sheet, entries, problem, tuple(sheets.problems) if every_sheet else ())


class SheetScreen(Screen[None]):
    """The current sheet: its items in order, the highlighted one in full below.

    Every read and change of the sheet runs as a state job (off the UI thread,
    in order); the list is drawn again from what the job read back.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,f7", "close", "Close", show=False, id="sheet.close"),
        Binding("K,shift+up", "move(-1)", "Up", id="sheet.up"),
        Binding("J,shift+down", "move(1)", "Down", id="sheet.down"),
        Binding("n", "note", "Note", id="sheet.note"),
        Binding("x,delete", "remove", "Remove", id="sheet.remove"),
        Binding("u,ctrl+z", "undo", "Undo", show=False, id="sheet.undo"),
        Binding("e", "export", "Export", id="sheet.export"),
        Binding("c", "copy", "Copy", id="sheet.copy"),
        Binding("s", "switch", "Sheets", id="sheet.switch"),
        Binding("N", "new", "New sheet", show=False, id="sheet.new"),
        Binding("r", "rename", "Rename", show=False, id="sheet.rename"),
        Binding("P", "repin", "Pin new text", show=False, id="sheet.repin"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sheet_name = DEFAULT_SHEET
        self.sheet: Sheet | None = None
        self.entries: tuple[SheetEntry, ...] = ()
        #: How to undo each edit made on this screen, the last one last: the change, the
        #: item to show after it, and what the status says.
        self.undo_steps: list[tuple[Callable[[Sheets], object], str | None, str]] = []

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield OptionList(id="sheet-items")
        yield Static("", id="sheet-preview")
        yield FitFooter()

    def on_mount(self) -> None:
        self.sub_title = "prep sheet"
        self.query_one("#sheet-items").focus()
        self.reload(every_sheet=True)

    # --- showing -------------------------------------------------------------------

    def reload(self, keep: str | int | None = None, *, every_sheet: bool = False) -> None:
        """Read the current sheet again (in the background) and show it, cursor on ``keep``."""
        app = self.mhbrief
        app.state_jobs.run(
            partial(load_view, app, every_sheet=every_sheet), partial(self.show, keep)
        )

    def show(self, keep: str | int | None, view: View) -> None:
        if self not in self.app.screen_stack:
            return  # closed while the sheet was read
        self.sheet_name, self.sheet, self.entries = view.name, view.sheet, view.entries
        items = self.query_one("#sheet-items", OptionList)
        count = len(self.entries)
        items.border_title = Content(f"Sheet: {view.name} · {count} item{'s' * (count != 1)}")
        items.border_subtitle = "s: other sheets · Esc: back"
        options = [
            Option(entry_prompt(number, entry), id=entry.id)
            for number, entry in enumerate(self.entries, start=1)
        ]
        if not options:
            options.append(Option(_empty_note(view.problem), disabled=True))
        items.set_options(options)
        if self.entries:
            index = keep if isinstance(keep, int) else self._index_of(keep)
            items.highlighted = max(0, min(index, len(self.entries) - 1))
        self.show_preview()
        for problem in view.damaged:
            self.notify(
                f"{problem.format()}. This sheet file was left as it is; the other sheets work.",
                title="A sheet file is damaged",
                severity="warning",
                markup=False,
                timeout=10,
            )

    def _index_of(self, item_id: str | None) -> int:
        ids = [entry.id for entry in self.entries]
        return ids.index(item_id) if item_id in ids else 0

    @property
    def highlighted(self) -> SheetEntry | None:
        index = self.query_one("#sheet-items", OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    @on(OptionList.OptionHighlighted, "#sheet-items")
    def show_preview(self) -> None:
        preview = self.query_one("#sheet-preview", Static)
        preview.remove_class("-copied")
        entry = self.highlighted
        preview.update(entry_preview(entry) if entry else "")
        preview.display = entry is not None

    # --- changing the sheet ---------------------------------------------------------

    def _apply(self, change: Callable[[Sheets], object], keep: str | int | None) -> None:
        """Change the sheet in the background, then show it as it is now."""
        app = self.mhbrief

        def job() -> View:
            change(Sheets(app.state))
            return load_view(app)

        def failed(exc: StateError) -> None:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
            self.reload(keep)

        app.state_jobs.run(job, partial(self.show, keep), failed)

    def _need_entry(self) -> SheetEntry | None:
        entry = self.highlighted
        if entry is None:
            self.notify("No item here yet", timeout=2)
        return entry

    def remember(self, undo: Callable[[Sheets], object], keep: str | None, what: str) -> None:
        """Keep how to undo the edit about to be made (``u``, ``ctrl+z``)."""
        self.undo_steps.append((undo, keep, what))
        del self.undo_steps[:-UNDO_STEPS]

    def action_undo(self) -> None:
        if not self.undo_steps:
            self.notify("Nothing to undo on this sheet", timeout=2)
            return
        undo, keep, what = self.undo_steps.pop()
        self._apply(undo, keep)
        self.notify(f"Undone: {what}", markup=False, timeout=3)

    def action_move(self, step: int) -> None:
        entry = self._need_entry()
        if entry is not None:
            name = self.sheet_name
            index = self._index_of(entry.id)
            self.remember(lambda s: s.place(name, entry.id, index), entry.id, "the move")
            self._apply(lambda s: s.move(name, entry.id, step), entry.id)

    def action_remove(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        name = self.sheet_name
        index = self._index_of(entry.id)
        pinned = entry.pin
        self.remember(lambda s: s.restore(name, pinned, index), entry.id, "the removal")
        self._apply(lambda s: s.remove(name, entry.id), index)
        self.notify("Removed from the sheet; u undoes it", timeout=3)

    def action_note(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        name = self.sheet_name

        old = entry.pin.note

        def save(note: str | None) -> None:
            if note is not None:
                undo = partial(Sheets.set_note, name=name, item_id=entry.id, note=old)
                self.remember(lambda s: undo(s), entry.id, "the note")
                self._apply(lambda s: s.set_note(name, entry.id, note), entry.id)

        hint = 'e.g. "opening line", "if asked about money"; Enter saves, Esc cancels'
        self.app.push_screen(PromptScreen(f"Note for {entry.id}", entry.pin.note, hint), save)

    def action_repin(self) -> None:
        entry = self._need_entry()
        if entry is None or entry.state is not EntryState.CHANGED:
            self.notify("P pins the new text of an item marked CHANGED", timeout=3)
            return
        fresh = pin(self.mhbrief.library.collection, entry.id, self.mhbrief.today)
        name = self.sheet_name
        self._apply(lambda s: s.repin(name, [fresh]), entry.id)

    @on(OptionList.OptionSelected, "#sheet-items")
    def action_open(self) -> None:
        """Enter: the item in the browser (the list's own Enter selects the row)."""
        entry = self.highlighted
        if entry is None or entry.state in (EntryState.MISSING, EntryState.PROBLEM_FILE):
            self.notify(
                "This item is not in the briefings now (F8 lists files with problems)", timeout=3
            )
            return
        self.app.pop_screen()
        self.mhbrief.main.open(entry.id)

    def action_close(self) -> None:
        self.app.pop_screen()

    # --- export ---------------------------------------------------------------------

    def _page(self, markdown: bool = True) -> str | None:
        """The sheet as shown, as one page (pure: no file is read)."""
        if self.sheet is None:
            self.notify("This sheet has no items yet", timeout=3)
            return None
        export = export_markdown if markdown else export_text
        app = self.mhbrief
        return export(self.sheet, app.library.collection, app.today, app.old_after_days)

    def action_copy(self) -> None:
        page = self._page()
        if page is None:
            return
        self.app.copy_to_clipboard(page)
        preview = self.query_one("#sheet-preview", Static)
        preview.update(
            Content.assemble(
                ("Copied the sheet as Markdown", "bold $text-success"),
                (" (if your terminal did not take it, select it here):\n", DIM),
                page,
            )
        )
        preview.add_class("-copied")
        preview.display = True

    def action_export(self) -> None:
        if self.sheet is None:
            self.notify("This sheet has no items yet", timeout=3)
            return
        default = f"{slug(self.sheet_name)}-{self.mhbrief.today.isoformat()}.md"
        hint = (
            f"A new file: .md Markdown or .txt plain text; a name without a folder goes in "
            f"{sanitize_line(str(Path.cwd()))}; never over an existing file"
        )
        # A name made up for the user: typing replaces it (as saving a query's does).
        prompt = PromptScreen("Export the sheet to", default, hint, proposed=True)
        self.app.push_screen(prompt, self._write)

    def _ask_again(self, name: str, problem: str) -> None:
        """The export dialog once more, with the name as typed and what was wrong with it."""
        self.app.push_screen(
            PromptScreen("Export the sheet to", name, problem, error=True), self._write
        )

    def _write(self, name: str | None) -> None:
        if not name:
            return
        try:
            target, markdown = export_target(name, Path.cwd())
        except ExportNameError as exc:
            self._ask_again(name, str(exc))
            return
        page = self._page(markdown=markdown)
        if page is None:
            return

        def write() -> tuple[str, bool]:
            if not target.parent.is_dir():  # never made up: a typo would hide the file
                return f"There is no folder {target.parent}; nothing was written", False
            try:
                write_new(target, page.encode("utf-8"))
            except WriteError as exc:
                return str(exc), False
            except OSError as exc:
                return f"{target}: {exc.strerror}; nothing was written", False
            return f"Wrote {target}", True

        def said(result: tuple[str, bool]) -> None:
            message, ok = result
            if ok:
                self.notify(message, markup=False)
            else:
                self._ask_again(name, message)

        self.mhbrief.state_jobs.run(write, said)

    # --- other sheets ---------------------------------------------------------------

    def action_switch(self) -> None:
        choose_sheet(self.mhbrief)

    def action_new(self) -> None:
        new_sheet(self.mhbrief)

    def action_rename(self) -> None:
        rename_sheet(self.mhbrief)


def _empty_note(problem: Problem | None) -> Content:
    if problem is not None:
        return Content.assemble(
            ("This sheet's file is damaged and was left as it is:\n", WARN),
            problem.format(),
            ("\nFix or remove it; s switches to another sheet.", DIM),
        )
    return Content.styled(
        "No items yet. In the results, space marks items and a adds them here\n"
        "(or the open item when nothing is marked).",
        DIM,
    )


# --- used by the screen, the main screen and the command palette ----------------------


def open_sheet(app: MHBriefApp) -> None:
    """Show the current sheet (again, if it is on screen)."""
    if isinstance(app.screen, SheetScreen):
        app.screen.reload()
    else:
        app.push_screen(SheetScreen())


def switch_sheet(app: MHBriefApp, name: str) -> None:
    app.state_jobs.run(partial(Sheets(app.state).set_current, name), lambda _: open_sheet(app))


def choose_sheet(app: MHBriefApp) -> None:
    def listing() -> tuple[list[tuple[str, int]], str]:
        sheets = Sheets(app.state)
        names = [(sheet.name, len(sheet.pins)) for sheet in sheets.all()]
        return names, sheets.current() or DEFAULT_SHEET

    def chosen(name: str | None) -> None:
        if name == NEW:
            new_sheet(app)
        elif name:
            switch_sheet(app, name)

    app.state_jobs.run(listing, lambda found: app.push_screen(SheetPicker(*found), chosen))


def new_sheet(app: MHBriefApp) -> None:
    def create(name: str | None) -> None:
        if not name:
            return

        def job() -> None:
            sheets = Sheets(app.state)
            sheets.set_current(sheets.create(name, app.today).name)

        app.state_jobs.run(job, lambda _: open_sheet(app))

    app.push_screen(PromptScreen("A new sheet called", "", "e.g. Interview RTL"), create)


def _rename_back(sheets: Sheets, *, old: str, new: str) -> None:
    sheets.rename(new, old)


def rename_sheet(app: MHBriefApp) -> None:
    def found(current: tuple[str, bool]) -> None:
        name, exists = current
        if not exists:
            app.notify("Add an item first: an empty sheet is named when it is made", timeout=3)
            return

        def rename(new: str | None) -> None:
            if not new:
                return

            def renamed(sheet: Sheet) -> None:
                if isinstance(app.screen, SheetScreen):
                    back = partial(_rename_back, old=name, new=sheet.name)
                    app.screen.remember(back, None, f"the rename to '{sheet.name}'")
                open_sheet(app)

            app.state_jobs.run(partial(Sheets(app.state).rename, name, new), renamed)

        app.push_screen(PromptScreen(f"Rename the sheet '{name}' to", name), rename)

    def current() -> tuple[str, bool]:
        sheets = Sheets(app.state)
        name = sheets.current() or DEFAULT_SHEET
        return name, sheets.get(name) is not None

    app.state_jobs.run(current, found)
