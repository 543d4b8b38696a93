"""Live reload for the main screen: the worker that watches the briefings folder, and a
lasting word when edits no longer show up by themselves (the status line; F8 says why).

The watching itself is :mod:`mhbrief.watching` (no Textual): it skips what the loader
skips, and falls back to polling when the system's watch fails. Should even that
stop, live reload is off, and says so until the app is started again.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from textual.content import Content

from mhbrief import watching
from mhbrief.sanitize import sanitize_line
from mhbrief.tui.messages import FilesChanged
from mhbrief.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen


class Reload(Enum):
    """How edits to the folder reach the app."""

    #: Not asked for (``live_reload = false``): ctrl+r only, as chosen; nothing to say.
    UNWATCHED = "unwatched"
    STARTING = "starting"
    WATCHING = "watching"
    #: The system's watch failed: the folder is looked at every few seconds.
    POLLING = "polling"
    #: Watching and polling both failed: ctrl+r only.
    OFF = "off"


MARKS = {
    Reload.POLLING: "live reload slow: ctrl+r reloads",
    Reload.OFF: "live reload off: ctrl+r reloads",
}


class LiveReload:
    """The main screen's live reload: started once, its state shown while it lasts."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.state = Reload.UNWATCHED
        #: Why it is slow or off (the watcher's error), for F8.
        self.reason = ""

    def start(self) -> None:
        if not self.screen.mhbrief.settings.live_reload:
            return
        self.state = Reload.STARTING
        self.screen.run_worker(self._watch(), group="watch", exclusive=True, exit_on_error=False)

    async def _watch(self) -> None:
        root = self.screen.mhbrief.library.briefings
        async for event in watching.events(root):
            if isinstance(event, watching.Changed):
                self.screen.post_message(FilesChanged())
            elif isinstance(event, watching.Watching):
                self._recovered()
            else:
                self._degrade(Reload.POLLING, event.reason)

    def _recovered(self) -> None:
        """Watching (again): after polling, the mark and F8's note go."""
        degraded = self.state is Reload.POLLING
        self.state, self.reason = Reload.WATCHING, ""
        if not degraded:
            return
        self.show()
        self.screen.notify("Live reload watches the folder again", timeout=4, markup=False)
        self._tell_f8()

    @property
    def watching(self) -> bool:
        """True once changes are seen as they happen (tests wait for it)."""
        return self.state is Reload.WATCHING

    def failed(self, error: BaseException | None) -> None:
        """The worker stopped with ``error``: live reload is off for this session."""
        self._degrade(Reload.OFF, f"{type(error).__name__}: {error}")

    def _degrade(self, state: Reload, reason: str) -> None:
        self.state, self.reason = state, sanitize_line(reason)[:300]
        self.show()
        told = "is slower" if state is Reload.POLLING else "is off"
        self.screen.notify(
            f"Live reload {told}: F8 says why; ctrl+r reloads now",
            severity="warning",
            timeout=6,
            markup=False,
        )
        self._tell_f8()

    def _tell_f8(self) -> None:
        """F8, when open, says the new state at once."""
        from mhbrief.tui.screens.problems import ProblemsScreen

        for shown in self.screen.app.screen_stack:
            if isinstance(shown, ProblemsScreen):
                shown.show_reload(self.note())

    def show(self) -> None:
        """The lasting mark in the status line (none while all is well)."""
        mark = MARKS.get(self.state)
        text = Content.styled(mark, "bold $text-warning") if mark else None
        self.screen.query_one(StatusBar).set_reload(text)

    def note(self) -> str:
        """What F8 says about live reload: why it is slow or off, and what to do ("" when
        all is well)."""
        if self.state is Reload.POLLING:
            seconds = f"{watching.POLL_SECONDS:g}"
            return (
                f"Live reload is slower: watching the briefings folder failed ({self.reason}). "
                f"mhbrief looks for changed files every {seconds} seconds instead; ctrl+r "
                "reloads at once."
            )
        if self.state is Reload.OFF:
            return (
                f"Live reload is off: watching the briefings folder failed ({self.reason}). "
                "Edits show up when you press ctrl+r (in the browser), or when mhbrief "
                "starts again."
            )
        return ""
