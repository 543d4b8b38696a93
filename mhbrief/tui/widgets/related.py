"""The detail pane's Related list: quotes and points of other briefings on the same point.

It fills itself: :meth:`RelatedList.load` asks the library in a thread worker
(group ``related``), and a result for an item no longer shown is dropped.
Enter opens the highlighted item (the main screen handles the selection).
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Input, Label
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from mhbrief.model import Point, Quote
from mhbrief.results import Cancelled, SearchResponse
from mhbrief.tui.rendering import hit_flags, hit_prompt
from mhbrief.tui.widgets.option_list import OptionList

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

#: Related items shown under a quote or point.
RELATED_LIMIT = 8
#: How long the open item must stay open before its related items are asked for.
SETTLE_SECONDS = 0.15


class RelatedList(OptionList):
    """Items of other briefings like the open one, other organisations first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open related", id="related.open"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.item_id: str | None = None
        self._pending = False
        self.display = False

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    @property
    def title(self) -> Label:
        return self.screen.query_one("#related-title", Label)

    def load(self, item_id: str | None) -> None:
        """Show what is related to ``item_id`` (a quote or point); anything else clears."""
        if item_id == self.item_id:
            return
        self.item_id = item_id
        self._pending = False
        self.clear_options()
        self.display = self.title.display = False
        if item_id is not None:
            found = self.mhbrief.library.collection.get(item_id)
            hit = None if found is not None else self.screen_hit(item_id)
            if not (isinstance(found, Quote | Point) or hit):
                return
            if self.put_off():
                self._pending = True
            else:
                self.fetch(item_id)

    def put_off(self) -> bool:
        """True while the related items are not worth asking for yet.

        At 80x24 the detail pane is hidden while the results are browsed; while a
        query is typed the preview follows every key. A more-like-this search takes
        longer than a keystroke at 10k items: asked for then, it would redraw the
        screen well after the key's results. It is asked for once the pane is shown
        and the focus has left the search box.
        """
        parent = self.parent
        hidden = parent is not None and not parent.display
        return hidden or isinstance(self.screen.focused, Input)

    def resume(self) -> None:
        """The pane is shown, or the typing is done: fetch what was put off."""
        if self._pending and self.item_id is not None and not self.put_off():
            self._pending = False
            self.fetch(self.item_id)

    def screen_hit(self, item_id: str) -> bool:
        """True for a quote or point known only from the index (its file has problems)."""
        hits = getattr(self.screen, "hits", {})
        hit = hits.get(item_id)
        return hit is not None and hit.kind.value in ("quote", "point")

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def fetch(self, item_id: str) -> None:
        # While the cursor moves or the query changes, each new item cancels this one:
        # wait a moment first, so typing never queues behind a more-like-this search.
        time.sleep(SETTLE_SECONDS)
        worker = get_current_worker()
        try:
            if worker.is_cancelled:
                raise Cancelled
            response = self.mhbrief.library.related(
                item_id, limit=RELATED_LIMIT, cancelled=lambda: worker.is_cancelled
            )
        except Cancelled:  # a newer item, or a key typed: they get the index first
            with contextlib.suppress(RuntimeError):  # the app is closing
                self.app.call_from_thread(self._again, item_id)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show, item_id, response)

    def _again(self, item_id: str) -> None:
        """A search cancelled this item's fetch: ask again once typing pauses."""
        if item_id == self.item_id:
            self.item_id = None
            self.load(item_id)

    def show(self, item_id: str, response: SearchResponse) -> None:
        if item_id != self.item_id:
            return  # another item was opened meanwhile
        app = self.mhbrief
        collection = app.library.collection
        self.set_options(
            Option(
                hit_prompt(hit, hit_flags(hit, collection, app.today, app.old_after_days)),
                id=hit.id,
            )
            for hit in response.hits
        )
        shown = bool(response.hits)
        self.display = self.title.display = shown
        if shown:
            self.title.update(
                Content.styled(f"Related, other briefings ({len(response.hits)})", "$text-muted")
            )
            self.highlighted = 0
