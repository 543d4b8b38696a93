"""Back and Fwd: the items opened, retraced with the query and results they were
opened from (the steps themselves are kept by :class:`mhbrief.tui.history.History`).

Going back restores the step's query first; its results, when they come, highlight the
step's item and leave it open even where they no longer hold it
(:meth:`Retracing.taken`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mhbrief.tui.history import History, Step
from mhbrief.tui.widgets.detail import LinkList
from mhbrief.tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen


class Retracing:
    """The screen's history of opened items, and going back and forth through it."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.history: History[Step] = History()
        #: The step Back or Fwd brought back, until its query's results come.
        self._restoring: Step | None = None

    def visit(self, target: str) -> None:
        """``target`` was opened from the query in the box."""
        self.history.visit(Step(target, self.screen.query_one(SearchBox).value))

    def taken(self, query: str) -> str | None:
        """The item to keep open in the results of ``query``, if they are the ones a
        step brought back was waiting for (once)."""
        step = self._restoring
        if step is None or query != step.query:
            return None
        self._restoring = None
        return step.id

    def back(self) -> None:
        screen = self.screen
        current = self.history.current
        if current is not None and current.id != screen.detail_id:
            target: Step | None = current  # back from a preview to the last opened item
        else:
            target = self.history.back()
        if target is None:
            screen.notify("Nothing to go back to", timeout=2)
            return
        came_from = screen.detail_id
        self.restore(target)
        if came_from is not None:
            screen.query_one(LinkList).highlight_target(came_from)

    def forward(self) -> None:
        target = self.history.forward()
        if target is None:
            self.screen.notify("Nothing to go forward to", timeout=2)
            return
        self.restore(target)

    def restore(self, step: Step) -> None:
        """Show a history step: its item, and the query and results it was opened from."""
        screen = self.screen
        box = screen.query_one(SearchBox)
        self._restoring = None
        if box.value != step.query:
            self._restoring = step
            box.replace_text(step.query)
        if not screen.show_detail(step.id, top=True):
            screen.notify(
                f"{step.id} is no longer in the briefings (removed or renamed)",
                severity="warning",
                timeout=4,
                markup=False,
            )
        screen.show_page("detail", focus=True)
