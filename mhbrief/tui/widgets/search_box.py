"""The search box: typing searches; Down or Enter moves into the results.

Up recalls earlier queries, as in a shell; while recalling, Down steps forward
again (past the newest: back to what was typed), and otherwise goes into the
results. The history itself is kept by the screen (per user, across sessions).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import Input

PLACEHOLDER = "Search quotes, points, sections…  theme: speaker: org: kind: date:"


class SearchBox(Input):
    """A one-line query editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "leave", "To results", id="search.leave"),
        Binding("up", "recall", "Earlier query", show=False, id="search.recall"),
        Binding("escape", "clear", "Clear", id="search.clear"),
    ]

    #: The query's length is the box's virtual width. Input asks for a layout of the
    #: whole screen when it changes (on every key), for scrollbars this box never has:
    #: one row at a fixed width, it only needs repainting (and scrolls as before).
    virtual_size = Reactive(Size(0, 0), layout=False, repaint=True)

    class ToResults(Message):
        """The user wants to go from the box into the results."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id, select_on_focus=False)
        #: Earlier queries, oldest first.
        self.history: list[str] = []
        self._recall: int | None = None  # the history index shown, while recalling
        self._draft = ""

    @property
    def recalling(self) -> bool:
        """True while the box shows a recalled query the user has not edited."""
        if self._recall is None or self._recall >= len(self.history):
            return False
        return self.value == self.history[self._recall]

    def action_recall(self) -> None:
        """Show the query before the one shown (Up)."""
        if not self.recalling:
            self._recall, self._draft = len(self.history), self.value
        if self._recall is None or self._recall == 0:
            return
        self._show_recalled(self._recall - 1)

    def action_leave(self) -> None:
        """Down: the next newer query while recalling, else into the results."""
        if self.recalling and self._recall is not None:
            if self._recall + 1 < len(self.history):
                self._show_recalled(self._recall + 1)
            else:
                self._recall = None
                self.value = self._draft
                self.cursor_position = len(self.value)
            return
        self.post_message(self.ToResults())

    def _show_recalled(self, index: int) -> None:
        self._recall = index
        self.value = self.history[index]
        self.cursor_position = len(self.value)

    def come_back(self) -> None:
        """Focus the box with the whole query selected (Esc or ``/`` from a pane): a new
        word typed replaces the query instead of being glued to its end; an arrow key,
        Home or End drops the selection to edit the query as it is. Already in the box
        (a late Esc after keys typed in one read), the typing goes on where it is."""
        if self.has_focus:
            return
        self.focus()
        self.select_all()

    def replace_text(self, text: str) -> None:
        """Show ``text`` as the query, the cursor at its end: typing goes on after it
        (a suggestion taken, a theme's query), never inside a word."""
        self.value = text
        self.cursor_position = len(text)

    def action_clear(self) -> None:
        """Clear the query. On an empty box Esc does nothing: pressed twice to start afresh,
        it must not move the focus to the results, where the next word typed would run
        their one-letter commands (``a`` adds to the sheet, ``i`` imports)."""
        self.value = ""

    def toggle_token(self, token: str) -> None:
        """Put ``token`` (like ``theme:zorg``) at the front of the query, or take it out.

        The front, not the end: the last word may be a half-typed prefix
        (``minderj``), and adding after it would make it a finished word.
        """
        words = self.value.split()
        if token in words:
            rest = [word for word in words if word != token]
            trailing = " " if rest and self.value[-1:].isspace() else ""
            self.value = " ".join(rest) + trailing
        else:
            self.value = f"{token} {self.value.lstrip()}"
        self.cursor_position = len(self.value)
