"""The prep sheet screen (``w``, ``F7``): the current sheet's items in order, with their notes.

Move an item up and down, remove it, give it a note, export the sheet to a file
or copy it; switch, create and rename sheets. An item whose briefing changed or
disappeared stays, marked, with the text it had when it was added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from mhbrief.sheets import (
    DEFAULT_SHEET,
    Entry,
    EntryState,
    Sheet,
    Sheets,
    export_markdown,
    export_text,
    pin,
    review,
    slug,
    state_label,
)
from mhbrief.state import StateError
from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.writer import WriteError, write_new

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

DIM = "$text-muted"
WARN = "bold $text-warning"
NEW = "__new__"
ROW_TEXT = 72


def entry_prompt(number: int, entry: Entry) -> Content:
    """Up to three lines: number, kind and who, warnings; the note; the start of the text."""
    head: list[str | tuple[str, str]] = [
        (f"{number:>2}. ", "bold"),
        (f"{entry.pin.kind:<6} ", DIM),
        (entry.who or entry.id, "bold"),
    ]
    if entry.stance:
        head += [(" · ", DIM), (entry.stance, DIM)]
    for flag, shown in (
        (entry.state is EntryState.CHANGED, "CHANGED"),
        (entry.state is EntryState.MISSING, "MISSING"),
        (entry.superseded, "SUPERSEDED"),
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


def entry_preview(entry: Entry) -> Content:
    """The highlighted entry in full: text, what changed, citation, sections, note."""
    parts: list[Content] = []
    warning = state_label(entry)
    if warning:
        parts.append(Content.styled(warning, WARN))
    parts.append(Content(entry.text))
    if entry.state is EntryState.CHANGED:
        parts += [Content.styled("Text when pinned (P pins the new text):", DIM)]
        parts.append(Content(entry.pin.text))
    parts.append(Content.assemble(("cite: ", DIM), entry.citation))
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


class SheetScreen(Screen[None]):
    """The current sheet: its items in order, the highlighted one in full below."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,w,f7", "close", "Close", show=False, id="sheet.close"),
        Binding("K,shift+up", "move(-1)", "Up", id="sheet.up"),
        Binding("J,shift+down", "move(1)", "Down", id="sheet.down"),
        Binding("n", "note", "Note", id="sheet.note"),
        Binding("x,delete", "remove", "Remove", id="sheet.remove"),
        Binding("e", "export", "Export", id="sheet.export"),
        Binding("c", "copy", "Copy", id="sheet.copy"),
        Binding("s", "switch", "Sheets", id="sheet.switch"),
        Binding("N", "new", "New sheet", show=False, id="sheet.new"),
        Binding("r", "rename", "Rename", show=False, id="sheet.rename"),
        Binding("P", "repin", "Pin new text", show=False, id="sheet.repin"),
        Binding("enter", "open", "Open", show=False, id="sheet.open"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sheet_name = DEFAULT_SHEET
        self.sheet: Sheet | None = None
        self.entries: list[Entry] = []

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    @property
    def sheets(self) -> Sheets:
        return Sheets(self.mhbrief.state)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield OptionList(id="sheet-items")
        yield Static("", id="sheet-preview")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "prep sheet"
        self.reload()
        self.query_one("#sheet-items").focus()
        report_damaged(self.mhbrief)

    # --- showing -------------------------------------------------------------------

    def reload(self, keep: str | int | None = None) -> None:
        """Read the current sheet again and show it, keeping the cursor on ``keep``."""
        sheets = self.sheets
        self.sheet_name = sheets.current() or DEFAULT_SHEET
        self.sheet = sheets.get(self.sheet_name)
        collection = self.mhbrief.library.collection
        self.entries = review(self.sheet, collection) if self.sheet else []
        items = self.query_one("#sheet-items", OptionList)
        count = len(self.entries)
        items.border_title = Content(f"Sheet: {self.sheet_name} · {count} item{'s' * (count != 1)}")
        items.border_subtitle = "s: other sheets · Esc: back"
        options = [
            Option(entry_prompt(number, entry), id=entry.id)
            for number, entry in enumerate(self.entries, start=1)
        ]
        if not options:
            options.append(Option(self._empty_note(sheets), disabled=True))
        items.set_options(options)
        if self.entries:
            index = keep if isinstance(keep, int) else self._index_of(keep)
            items.highlighted = max(0, min(index, len(self.entries) - 1))
        self.show_preview()

    def _empty_note(self, sheets: Sheets) -> Content:
        problem = sheets.damaged(self.sheet_name)
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

    def _index_of(self, item_id: str | None) -> int:
        ids = [entry.id for entry in self.entries]
        return ids.index(item_id) if item_id in ids else 0

    @property
    def highlighted(self) -> Entry | None:
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
        try:
            change(self.sheets)
        except StateError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)
        self.reload(keep)

    def _need_entry(self) -> Entry | None:
        entry = self.highlighted
        if entry is None:
            self.notify("No item here yet", timeout=2)
        return entry

    def action_move(self, step: int) -> None:
        entry = self._need_entry()
        if entry is not None:
            self._apply(lambda s: s.move(self.sheet_name, entry.id, step), entry.id)

    def action_remove(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        index = self.query_one("#sheet-items", OptionList).highlighted or 0
        self._apply(lambda s: s.remove(self.sheet_name, entry.id), index)
        self.notify("Removed from the sheet; a adds it again from the results", timeout=3)

    def action_note(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                self._apply(lambda s: s.set_note(self.sheet_name, entry.id, note), entry.id)

        hint = 'e.g. "opening line", "if asked about money"; Enter saves, Esc cancels'
        self.app.push_screen(PromptScreen(f"Note for {entry.id}", entry.pin.note, hint), save)

    def action_repin(self) -> None:
        entry = self._need_entry()
        if entry is None or entry.state is not EntryState.CHANGED:
            self.notify("P pins the new text of an item marked CHANGED", timeout=3)
            return
        collection = self.mhbrief.library.collection
        today = self.mhbrief.today
        self._apply(
            lambda s: s.repin(self.sheet_name, [pin(collection, entry.id, today)]), entry.id
        )

    def action_open(self) -> None:
        entry = self.highlighted
        if entry is None or entry.state is EntryState.MISSING:
            self.notify("This item is not in the briefings now", timeout=3)
            return
        self.app.pop_screen()
        self.mhbrief.main.open(entry.id)

    def action_close(self) -> None:
        self.app.pop_screen()

    # --- export ---------------------------------------------------------------------

    def _page(self, markdown: bool = True) -> str | None:
        if self.sheet is None:
            self.notify("This sheet has no items yet", timeout=3)
            return None
        export = export_markdown if markdown else export_text
        return export(self.sheet, self.mhbrief.library.collection, self.mhbrief.today)

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
        hint = "A new file (.md for Markdown, .txt for plain text); never over an existing one"
        self.app.push_screen(PromptScreen("Export the sheet to", default, hint), self._write)

    def _write(self, name: str | None) -> None:
        if not name:
            return
        target = Path(name).expanduser()
        page = self._page(markdown=target.suffix.lower() != ".txt")
        if page is None:
            return
        try:
            write_new(target, page.encode("utf-8"))
        except (WriteError, OSError) as exc:
            message = str(exc) if isinstance(exc, WriteError) else f"{target}: {exc.strerror}"
            self.notify(message, severity="error", markup=False, timeout=8)
            return
        self.notify(f"Wrote {target}", markup=False, timeout=5)

    # --- other sheets ---------------------------------------------------------------

    def action_switch(self) -> None:
        choose_sheet(self.mhbrief)

    def action_new(self) -> None:
        new_sheet(self.mhbrief)

    def action_rename(self) -> None:
        rename_sheet(self.mhbrief)


# --- used by the screen, the main screen and the command palette ----------------------


def report_damaged(app: MHBriefApp) -> None:
    """Say which sheet files are damaged (each was left as it is; the others work)."""
    sheets = Sheets(app.state)
    sheets.all()  # reads every sheet file, noting the damaged ones
    for problem in sheets.problems:
        app.notify(
            f"{problem.format()}. This sheet file was left as it is; the other sheets work.",
            title="A sheet file is damaged",
            severity="warning",
            markup=False,
            timeout=10,
        )


def open_sheet(app: MHBriefApp) -> None:
    """Show the current sheet (again, if it is on screen)."""
    if isinstance(app.screen, SheetScreen):
        app.screen.reload()
    else:
        app.push_screen(SheetScreen())


def switch_sheet(app: MHBriefApp, name: str) -> None:
    try:
        Sheets(app.state).set_current(name)
    except StateError as exc:
        app.notify(str(exc), severity="error", markup=False)
        return
    open_sheet(app)


def choose_sheet(app: MHBriefApp) -> None:
    sheets = Sheets(app.state)
    names = [(sheet.name, len(sheet.pins)) for sheet in sheets.all()]
    current = sheets.current() or DEFAULT_SHEET

    def chosen(name: str | None) -> None:
        if name == NEW:
            new_sheet(app)
        elif name:
            switch_sheet(app, name)

    app.push_screen(SheetPicker(names, current), chosen)


def new_sheet(app: MHBriefApp) -> None:
    def create(name: str | None) -> None:
        if not name:
            return
        try:
            sheet = Sheets(app.state).create(name, app.today)
        except StateError as exc:
            app.notify(str(exc), severity="error", markup=False)
            return
        switch_sheet(app, sheet.name)

    app.push_screen(PromptScreen("A new sheet called", "", "e.g. Interview RTL"), create)


def rename_sheet(app: MHBriefApp) -> None:
    sheets = Sheets(app.state)
    current = sheets.current() or DEFAULT_SHEET
    if sheets.get(current) is None:
        app.notify("Add an item first: an empty sheet is named when it is made", timeout=3)
        return

    def rename(name: str | None) -> None:
        if not name:
            return
        try:
            Sheets(app.state).rename(current, name)
        except StateError as exc:
            app.notify(str(exc), severity="error", markup=False)
            return
        open_sheet(app)

    app.push_screen(PromptScreen(f"Rename the sheet '{current}' to", current), rename)
