"""The screens of their own an open quote leads to: its speaker's page and its source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mhbrief.model import Quote

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen


def open_quote(screen: MainScreen) -> Quote | None:
    """The quote open in the detail pane; None (and a note saying why) when none is."""
    found = screen.mhbrief.library.collection.get(screen.detail_id or "")
    if isinstance(found, Quote):
        return found
    hit = screen.hits.get(screen.detail_id or "")
    if hit is not None and hit.from_problem_file:
        screen.notify(
            "Its file has problems (F8 says what to fix): the speaker page and the "
            "source open again once it loads",
            severity="warning",
            timeout=5,
            markup=False,
        )
    else:
        screen.notify("Open a quote first", severity="warning", timeout=3)
    return None


def open_speaker(screen: MainScreen, name: str) -> None:
    """The speaker's page: everything they said, newest first."""
    from mhbrief.speakers import speaker
    from mhbrief.tui.screens.speaker import SpeakerScreen

    found = speaker(screen.mhbrief.library.collection, name)
    if found is not None:
        screen.app.push_screen(SpeakerScreen(found))


def open_source(screen: MainScreen, quote: Quote) -> None:
    """The quote in its archived source, marked."""
    from mhbrief.tui.screens.source import SourceScreen

    screen.app.push_screen(SourceScreen(quote))
