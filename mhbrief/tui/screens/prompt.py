"""A small dialog that asks for one line of text (a sheet name, a note, a file name)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class PromptScreen(ModalScreen[str | None]):
    """Enter gives the text (stripped; None when empty), Esc gives None.

    A ``proposed`` value (a name made up for the user) starts selected: typing replaces it,
    an arrow key keeps it to edit. Any other value (a note being edited) starts unselected.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(
        self,
        title: str,
        value: str = "",
        hint: str = "",
        *,
        proposed: bool = False,
        error: bool = False,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.proposed = proposed
        #: The hint says what went wrong with ``value`` (asked again to correct it).
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog"):
            yield Label(Content(self.title_text), id="prompt-title")
            yield Input(self.value, id="prompt-input", select_on_focus=False)
            yield Static(
                Content.styled(
                    self.hint or "Enter saves, Esc cancels",
                    "bold $text-error" if self.error else "$text-muted",
                ),
                id="prompt-hint",
            )

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.focus()
        if self.proposed:
            box.select_all()

    @on(Input.Submitted, "#prompt-input")
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
