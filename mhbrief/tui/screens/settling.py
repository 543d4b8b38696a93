"""The search once the keys stop: exact figures in place of the ones shown while typing.

While typing, each key's search asks for the page at a cost bounded by the page where
counting would cost more (``Library.search(exact=False)``): its total may be an
estimate, shown as one ("about 12,000"), and its facet counts may be left for later
(the themes pane shows "…" instead of a count). When no key has come
:data:`SETTLE_WAIT` seconds after such an answer was drawn (or on Enter), the same search
is asked again, exactly, in the search worker; its answer replaces those figures (the
hits are the same). A key before then starts a newer search, which cancels it as it
cancels any older one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.timer import Timer

from mhbrief.results import SearchResponse
from mhbrief.tui.messages import Request

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen

#: Seconds without a key before the exact search: a pause, not the gap between keys.
SETTLE_WAIT = 0.6


class Settling:
    """Asks for the exact answer once typing pauses on an answer that is not exact."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self._timer: Timer | None = None

    @property
    def pending(self) -> bool:
        """An exact search is waiting for the keys to stop."""
        return self._timer is not None

    def shown(self, request: Request, response: SearchResponse) -> None:
        """``response`` to ``request`` is on the screen: ask exactly soon, if need be."""
        self.stop()
        if request.exact or response.settled:
            return
        self._timer = self.screen.set_timer(SETTLE_WAIT, lambda: self._settle(request))

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def now(self) -> None:
        """The keys have stopped (Enter, say): the exact search now, if one is waiting."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            if self.screen.wanted is not None:
                self._settle(self.screen.wanted)

    def _settle(self, request: Request) -> None:
        self._timer = None
        if self.screen.wanted == request:  # no key since: the same search, exactly
            self.screen.start_search(exact=True)
