"""What the main screen does when a sync ends: its note, a retry while another process
indexes, the plan tree and problem counts, an open problems screen, the results again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mhbrief.library import SyncReport
from mhbrief.model import Collection
from mhbrief.plural import counted
from mhbrief.tui.widgets.plan_tree import PlanTree
from mhbrief.tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen

#: Seconds the status line says what a reload changed, if no key comes first.
SYNCED_NOTE_SECONDS = 8.0

#: Seconds the sync at start waits for the first answer to be drawn, at most.
FIRST_SYNC_WAIT = 2.0

#: Seconds between sync attempts while another process holds the index lock (each
#: attempt also waits up to two seconds for it).
LOCK_RETRY_SECONDS = 1.0


def after_sync(screen: MainScreen, report: SyncReport) -> None:
    """Show what ``report`` says on ``screen``, and search again over what is loaded now."""
    collection = screen.mhbrief.library.collection
    changed = report.added + report.updated + report.removed
    # The files changed, as the user changed them (one edit re-reads its file's items).
    files = counted(report.files, "changed file") if report.files else counted(changed, "change")
    screen.sync_note = f"synced {files}" if screen.synced and changed else ""
    if screen.sync_note:
        screen.set_timer(SYNCED_NOTE_SECONDS, screen.clear_synced_note)
    screen.synced = True
    if report.message and report.message != screen.last_sync_message:
        screen.notify(report.message, severity="warning", markup=False)
    screen.last_sync_message = report.message
    if report.locked:
        # Another mhbrief (a CLI rebuild) holds the lock: try again by ourselves,
        # quietly, so "out of date" clears within seconds of it finishing.
        screen.sync_note = "waiting for another mhbrief to finish indexing…"
        screen.set_timer(LOCK_RETRY_SECONDS, screen.run_sync)
    screen.query_one(PlanTree).show(collection)
    screen.query_one(StatusBar).set_problems(collection.error_count, collection.warning_count)
    follow_problems(screen, collection)
    follow_sheets(screen)
    follow_speaker_pages(screen)
    # Refresh the results; the highlighted row and detail stay, unless items were
    # added: then the list starts at its top, where new items are seen.
    screen.to_top = screen.to_top or report.added > 0
    screen.reading.note_collection()
    screen.mhbrief.collector.synced()
    screen.start_search()


def follow_sheets(screen: MainScreen) -> None:
    """An open prep sheet is read again against what is loaded now: what it shows (and
    copies, and marks CHANGED or MISSING) is the collection after the reload."""
    from mhbrief.tui.screens.sheet import SheetScreen

    for shown in screen.app.screen_stack:
        if isinstance(shown, SheetScreen):
            entry = shown.highlighted
            shown.reload(entry.id if entry is not None else None)


def follow_speaker_pages(screen: MainScreen) -> None:
    """An open speaker page is drawn again from what is loaded now, as the detail pane is:
    its roles and quotes (and what ``c`` copies) are the collection after the reload."""
    from mhbrief.tui.screens.speaker import SpeakerScreen

    for shown in screen.app.screen_stack:
        if isinstance(shown, SpeakerScreen):
            shown.reload()


def follow_problems(screen: MainScreen, collection: Collection) -> None:
    """An open problems screen (F8) shows the problems as they are now."""
    from mhbrief.tui.screens.problems import ProblemsScreen, problem_files

    searched = screen.response.left_out if screen.response is not None else None
    for shown in screen.app.screen_stack:
        if isinstance(shown, ProblemsScreen):
            shown.show(collection.problems, problem_files(collection, searched))
            shown.show_reload(screen.live_reload.note())
