"""The whole copied text on one screen, when it is longer than the copied bar can show.

Terminals without OSC 52 clipboard support leave the user to select the text on
screen: it must all be there, the attribution and every caveat at its end included.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class CopiedScreen(ModalScreen[None]):
    """Everything that was copied, scrollable; Esc, Enter or q goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss", "Back", id="copied.close"),
    ]

    def __init__(self, what: str, text: str) -> None:
        super().__init__()
        self.what = what
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                (f"Copied {self.what}", "bold $text-success"),
                (" — select it here if your terminal did not take it. Esc: back", "$text-muted"),
            ),
            id="copied-full-title",
        )
        with VerticalScroll(id="copied-full"):
            yield Static(Content(self.text), id="copied-full-text")

    def on_mount(self) -> None:
        self.query_one("#copied-full", VerticalScroll).focus()
