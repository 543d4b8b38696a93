"""The themes pane: every theme with its count for the current query."""

from __future__ import annotations

from collections.abc import Collection as Container
from collections.abc import Mapping
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from mhbrief.model import Theme
from mhbrief.tui.hanging import Hanging
from mhbrief.tui.widgets.option_list import OptionList

#: The narrowest count column: counts under 100 keep their labels in place.
COUNT_WIDTH = 2
#: A row's count while the themes are not counted yet (see :meth:`ThemesList.show`).
PENDING = -1


class ThemesList(OptionList):
    """Enter adds ``theme:<id>`` to the query (or takes it out again)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Filter by theme", id="themes.filter"),
        # Over the screen's "c Copy cite" on the Themes tab (narrow screens), where no
        # quote is shown: c copies nothing out of sight, and says where the open item is.
        # Wide, the detail stands beside the themes and the screen's c copies it.
        Binding("c,C,y", "copy_elsewhere", "Copy", show=False, id="themes.copy"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: What the rows show: (id, label, count, active) per theme.
        self._rows: tuple[tuple[str, str, int, bool], ...] | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_elsewhere":
            return self.screen.has_class("-narrow")  # else the screen's c (shown beside)
        return True

    def action_copy_elsewhere(self) -> None:
        self.notify(
            "The Themes tab shows no quote to copy: open one (F2 Results, F3 Detail) and "
            "press c there",
            severity="warning",
            timeout=4,
            markup=False,
        )

    def on_resize(self) -> None:
        self.refresh_bindings()  # narrow or wide: whose c the footer shows

    def count_of(self, theme_id: str) -> tuple[int, bool] | None:
        """How many results have the theme (:data:`PENDING` while not counted), and
        whether it filters them now."""
        for row_id, _label, count, active in self._rows or ():
            if row_id == theme_id:
                return count, active
        return None

    def show(
        self,
        themes: Mapping[str, Theme],
        counts: Mapping[str, int] | None,
        active: Container[str],
    ) -> None:
        """The themes with their counts; ``counts`` None: not counted yet (while typing),
        shown as "…" in place of each count, never as a count."""
        # Alphabetical, so the list does not jump about as counts change.
        ordered = sorted(themes.values(), key=lambda t: t.label.casefold())
        rows = tuple(
            (t.id, t.label, PENDING if counts is None else counts.get(t.id, 0), t.id in active)
            for t in ordered
        )
        if rows == self._rows:
            return  # the same counts: nothing to redraw
        self._rows = rows
        option = self.highlighted_option
        keep = option.id if option is not None else None
        options = []
        # As wide as the largest count: in a side pane of 24 columns a fixed four
        # left "Arbeidsuitbuiting" 12 and broke it mid-word.
        width = max([COUNT_WIDTH, *(len(str(count)) for _id, _label, count, _on in rows)])
        for (_, _, count, _), theme in zip(rows, ordered, strict=True):
            mark = "✓" if theme.id in active else " "
            shown = "…" if count == PENDING else str(count)
            # The count first, right-aligned: it never wraps away from a long label
            # in the narrow side pane, and the column is easy to scan.
            prompt = Content.assemble(
                (mark, "bold $text-success"),
                (f"{shown:>{width}} ", "$text-muted"),
                (theme.label, "" if count == PENDING else "bold" if count else "$text-muted"),
            )
            # A long label wraps under itself, not under the counts.
            options.append(Option(Hanging(prompt, width + 2), id=theme.id))
        self.set_options(options)
        if options:
            ids = [o.id for o in options]
            self.highlighted = ids.index(keep) if keep in ids else 0
