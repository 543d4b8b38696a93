"""The main screen's interview prep: marks, copying them, adding to a sheet, query history and
saved searches.

The main screen keeps the bindings and hands the work to :class:`Prep`, so the
browser's own module stays about browsing. State (sheets, history, saved
searches) goes through the app's :class:`~mhbrief.state.StateStore`, always
off the UI thread by way of ``app.state_jobs`` (:mod:`mhbrief.tui.state_jobs`).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import OptionList

from mhbrief.citation import cite_item
from mhbrief.model import Briefing, Plan, Point, Quote, Section
from mhbrief.plural import counted
from mhbrief.sanitize import sanitize_line
from mhbrief.sheets import DEFAULT_SHEET, Sheets, pin
from mhbrief.tui.screens.copying import copy_shown
from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.tui.screens.sheet import SheetScreen
from mhbrief.tui.widgets.marks import MarkedIds, show_marks
from mhbrief.tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp
    from mhbrief.tui.screens.main import MainScreen

#: Seconds a typed query stands unchanged before it joins the Up history (one typed and
#: read, not only one opened; the keys in between never stand that long).
STANDING = 1.2

#: The lists whose rows are item ids and can be marked with space (related: where present).
MARKABLE = ("results", "links", "related")
#: The key that copies the marks (see MainScreen.BINDINGS).
COPY_MARKED_KEY = "m"


class Prep:
    """Marks and the per-user prep state, for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.marks = MarkedIds()
        self._told: set[str] = set()
        self._standing: Timer | None = None

    @property
    def app(self) -> MHBriefApp:
        return self.screen.mhbrief

    def mount(self) -> None:
        """Load the query history into the search box; say once if a state file is damaged."""
        self.app.state_jobs.run(self.app.state.history, self._history_loaded)

    def _history_loaded(self, history: list[str]) -> None:
        box = self.screen.query_one(SearchBox)
        box.history = [*history, *box.history]  # what this session added meanwhile stays last
        self.report_problems()

    def report_problems(self) -> None:
        for problem in self.app.state.problems:
            text = problem.format()
            if text not in self._told:
                self._told.add(text)
                self.app.notify(
                    f"{text}. This file was left as it is; the rest works.",
                    title="A saved-state file is damaged",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )

    # --- marks ---------------------------------------------------------------------

    def toggle_mark(self) -> None:
        focused = self.screen.focused
        if not isinstance(focused, OptionList) or focused.id not in MARKABLE:
            self.app.notify("Space marks the highlighted result or link", timeout=3)
            return
        option = focused.highlighted_option
        if option is None or option.id is None:
            return
        item = self.app.library.collection.get(option.id)
        if not isinstance(item, Quote | Point):
            self.app.notify("Only quotes and points can be marked", timeout=3)
            return
        self.marks.toggle(option.id)
        self.show_marks()

    def clear_marks(self) -> None:
        if not self.marks:
            self.app.notify("Nothing is marked", timeout=2)
            return
        self.marks.clear()
        self.show_marks()

    def show_marks(self) -> None:
        """Marks on the rows of the results and links; the count in the status line and
        on the footer's copy key."""
        for options in self._markable():
            show_marks(options, self.marks)
        self._copy_key()
        self.screen.update_status()

    def _copy_key(self) -> None:
        """``m`` in the footer says how many marked items it copies (hidden when none)."""
        count = len(self.marks)
        # Textual keeps a screen's bindings per instance; a binding's text is fixed, so
        # the binding is replaced by one that says the count.
        bindings = self.screen._bindings.key_to_bindings
        current = bindings.get(COPY_MARKED_KEY)
        if not current:
            return
        wanted = replace(
            current[0],
            description=f"Copy {count} marked" if count else "Copy marked",
            show=bool(count),
        )
        if wanted != current[0]:
            bindings[COPY_MARKED_KEY] = [wanted]
            self.screen.refresh_bindings()

    def _markable(self) -> list[OptionList]:
        # query_one is cached by Textual; a query walks the screen (on every answer).
        found = []
        for list_id in MARKABLE:
            with contextlib.suppress(NoMatches):
                found.append(self.screen.query_one(f"#{list_id}", OptionList))
        return found

    def status(self) -> str:
        """``3 marked, 2 not in these results (m copies, U clears)``."""
        if not self.marks:
            return ""
        shown = {option.id for options in self._markable() for option in options.options}
        hidden = sum(1 for item_id in self.marks if item_id not in shown)
        count = f"{len(self.marks)} marked"
        if hidden:
            count += f", {hidden} not in these results"
        return f"{count} (m copies, U clears)"

    def marked_in_order(self) -> list[str]:
        """Marked ids as the results show them, then any marked elsewhere (links, older queries)."""
        lists = self._markable()
        shown = [option.id for options in lists for option in options.options if option.id]
        return self.marks.in_order(shown)

    def copy_marked(self) -> None:
        """``m``: every marked item with its citation, in the order ``a`` adds them."""
        if not self.marks:
            self.app.notify("Nothing is marked: space marks a quote or point", timeout=3)
            return
        collection = self.app.library.collection
        texts = []
        for item_id in self.marked_in_order():
            item = collection.get(item_id)
            if isinstance(item, Quote | Point):
                texts.append(cite_item(collection, item))
        gone = len(self.marks) - len(texts)
        what = f"{len(texts)} marked item{'s' * (len(texts) != 1)} with citations"
        copy_shown(self.screen, what, "\n\n".join(texts))
        if gone:
            self.app.notify(
                f"{counted(gone, 'marked item is', 'marked items are')} no longer in the briefings",
                timeout=5,
            )

    # --- sheets --------------------------------------------------------------------

    def add_to_sheet(self) -> None:
        """``a``: the marked items, else the open item, onto the current sheet."""
        collection = self.app.library.collection
        ids = self.marked_in_order()
        if not ids:
            open_id = self.screen.detail_id
            if open_id is None or not isinstance(collection.get(open_id), Quote | Point):
                self.app.notify(not_for_sheet(collection.get(open_id or "")), timeout=5)
                return
            ids = [open_id]
        pins = [
            pin(collection, item_id, self.app.today) for item_id in ids if collection.get(item_id)
        ]
        state, today = self.app.state, self.app.today

        def add() -> str:
            sheets = Sheets(state)
            name = sheets.current() or DEFAULT_SHEET
            before = sheets.get(name)
            sheet = sheets.add(name, pins, today)
            if sheets.current() is None:
                sheets.set_current(sheet.name)
            added = len(sheet.pins) - (len(before.pins) if before else 0)
            already = f" ({len(pins) - added} already there)" if added < len(pins) else ""
            return f"Added {added} to the sheet '{sheet.name}'{already}; w opens it"

        self.app.state_jobs.run(add, lambda said: self.app.notify(said, markup=False, timeout=4))

    # --- history and saved searches --------------------------------------------------

    def query_typed(self) -> None:
        """The query in the box changed: once it stands for :data:`STANDING` seconds, it
        joins the history. Only what the user typed there (not a recalled query, a Back,
        a theme chosen elsewhere)."""
        if self._standing is not None:
            self._standing.stop()
            self._standing = None
        box = self.screen.query_one(SearchBox)
        if box.has_focus and not box.recalling:
            self._standing = self.screen.set_timer(STANDING, self._stood)

    def _stood(self) -> None:
        self._standing = None
        if self.screen.query_one(SearchBox).has_focus:
            self.remember_query()

    def remember_query(self) -> None:
        """Keep the query in the box in the history (once in a row)."""
        box = self.screen.query_one(SearchBox)
        query = sanitize_line(box.value)
        if not query or (box.history and box.history[-1] == query):
            return
        box.history = [*box.history, query]  # at once; the file follows
        self.app.state_jobs.run(
            partial(self.app.state.remember_query, query),
            failed=lambda _exc: self.report_problems(),  # damaged: said once, session goes on
        )

    def save_search(self) -> None:
        """``ctrl+s``: ask a name, then keep the current query under it."""
        query = sanitize_line(self.screen.query_one(SearchBox).value)
        if not query:
            self.app.notify("Type a query first; ctrl+s saves it under a name", timeout=3)
            return

        def save(name: str | None) -> None:
            if not name:
                return
            shown = sanitize_line(name)
            self.app.state_jobs.run(
                partial(self.app.state.save_search, name, query),
                lambda _none: self.app.notify(
                    f"Saved as '{shown}': ctrl+p lists it; "
                    f"mhbrief search --saved '{shown}' runs it",
                    markup=False,
                    timeout=5,
                ),
            )

        self.app.push_screen(
            PromptScreen(
                "Save this search as",
                query,
                "A short name (type to replace this one); saving again replaces it",
                proposed=True,
            ),
            save,
        )

    def rename_saved(self, name: str) -> None:
        """From the palette: ask a new name for the saved search ``name``."""

        def rename(new: str | None) -> None:
            if not new or new == name:
                return
            shown = sanitize_line(new)
            self.app.state_jobs.run(
                partial(self.app.state.rename_search, name, new),
                lambda _none: self.app.notify(
                    f"Renamed the saved search '{sanitize_line(name)}' to '{shown}'",
                    markup=False,
                    timeout=4,
                ),
            )

        self.app.push_screen(
            PromptScreen(
                f"Rename the saved search '{sanitize_line(name)}' to", name, proposed=True
            ),
            rename,
        )

    def delete_saved(self, name: str, query: str) -> None:
        """From the palette: forget the saved search ``name``; the note shows its query."""
        shown = sanitize_line(name)

        def said(found: bool) -> None:
            if found:
                self.app.notify(
                    f"Deleted the saved search '{shown}' ({sanitize_line(query)}); "
                    "ctrl+s saves a query again",
                    markup=False,
                    timeout=6,
                )

        self.app.state_jobs.run(partial(self.app.state.forget_search, name), said)

    def run_saved(self, query: str) -> None:
        """Put a saved query in the box (the search runs as if typed)."""
        if isinstance(self.app.screen, SheetScreen):
            self.app.pop_screen()
        box = self.screen.query_one(SearchBox)
        box.value = query
        box.cursor_position = len(query)
        self.screen.show_page("results", focus=True)


def not_for_sheet(shown: object) -> str:
    """Why ``a`` added nothing: a sheet holds what was said, quotes and points, only."""
    what = {Section: "plan sections", Briefing: "briefings", Plan: "plans"}.get(type(shown))
    if what is None:
        return "Open a quote or point first, or mark some with space"
    return (
        f"A sheet holds quotes and points, not {what}: open one (a section's or briefing's "
        "links lead to theirs) and press a, or mark some with space"
    )
