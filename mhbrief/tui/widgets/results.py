"""The results pane: one two-line row per hit, on an OptionList of Content prompts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets.option_list import Option

from mhbrief.tui.widgets.option_list import OptionList

MORE = "__more__"
SUGGEST = "__suggest__"
#: A row that explains an empty list; Enter does nothing there.
NOTE = "__note__"


class ResultsList(OptionList):
    """Search hits; Enter opens one. Up from the first row goes back to the search box."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", id="results.open"),
    ]

    #: The rows' total height is the list's virtual height: Textual lays out the whole
    #: screen when it changes (on nearly every answer). The list's own height is the
    #: pane's (1fr), so it only needs repainting; a scrollbar coming or going still lays
    #: out the screen (its own reactive asks for that).
    virtual_size = Reactive(Size(0, 0), layout=False, repaint=True)

    class ToSearchBox(Message):
        """Up was pressed on the first row."""

    def show(self, rows: Sequence[tuple[str, Content]], keep: str | None = None) -> None:
        """Replace the rows, keeping the highlighted id where it is still there.

        Rows already shown as they are (the same ids and prompt objects) are not
        replaced: the list is neither measured nor drawn again.
        """
        if not self._same_rows(rows):
            self.set_options(Option(prompt, id=row_id) for row_id, prompt in rows)
        if not rows:
            return
        index = 0
        if keep is not None:
            try:
                index = self.get_option_index(keep)
            except Exception:  # OptionDoesNotExist: the kept row is gone
                index = 0
        self.highlighted = index

    def _same_rows(self, rows: Sequence[tuple[str, Content]]) -> bool:
        options = self.options
        return len(options) == len(rows) and all(
            option.id == row_id and option.prompt is prompt
            for option, (row_id, prompt) in zip(options, rows, strict=True)
        )

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def action_cursor_up(self) -> None:
        if self.highlighted in (None, 0):
            self.post_message(self.ToSearchBox())
        else:
            super().action_cursor_up()
