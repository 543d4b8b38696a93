"""The search box: typing searches; Down or Enter moves into the results."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input

PLACEHOLDER = "Search quotes, points, sections…  theme: speaker: org: kind: date:"


class SearchBox(Input):
    """A one-line query editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "leave", "To results", id="search.leave"),
        Binding("escape", "clear", "Clear", id="search.clear"),
    ]

    class Leave(Message):
        """The user wants to go from the box into the results."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id, select_on_focus=False)

    def action_leave(self) -> None:
        self.post_message(self.Leave())

    def action_clear(self) -> None:
        """Clear the query; on an empty box, leave it for the results."""
        if self.value:
            self.value = ""
        else:
            self.post_message(self.Leave())

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
