"""The mhbrief app: a keyboard-first briefing browser.

Built by :func:`create_app` from an explicit :class:`~mhbrief.library.Library`
and :class:`~mhbrief.config.Settings`; the app never reads ``sys.argv`` or the
environment itself, so the CLI and the tests build it the same way.
"""

from __future__ import annotations

import datetime
import os
import shlex
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App, SuspendNotSupported, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.screen import Screen

from mhbrief.config import Settings
from mhbrief.library import Library
from mhbrief.sanitize import sanitize_line
from mhbrief.state import StateStore
from mhbrief.tui import merged_keys
from mhbrief.tui.commands import BriefingJump, SectionJump, SpeakerJump, ThemeJump
from mhbrief.tui.memory import TICK_SECONDS, IdleCollector
from mhbrief.tui.prep_commands import SavedSearches, SheetCommands
from mhbrief.tui.screens.copying import hide_bar_after
from mhbrief.tui.screens.help import HelpScreen
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.state_jobs import StateDone, StateJobs


class MHBriefApp(App[None]):
    """Search, read and copy what the organisation said."""

    CSS_PATH = "app.tcss"
    TITLE = "mhbrief"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, id="quit", priority=True),
        Binding("f1", "help", "Help", id="help"),
    ]
    COMMANDS = App.COMMANDS | {ThemeJump, SectionJump, BriefingJump, SpeakerJump}
    COMMANDS |= {SheetCommands, SavedSearches}

    def __init__(
        self,
        library: Library,
        *,
        settings: Settings,
        notice: str | None = None,
        writable: bool = True,
        today: datetime.date | None = None,
        state: StateStore | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        #: Per-user state for this folder: sheets, query history, saved searches.
        self.state = state if state is not None else StateStore(library.briefings)
        #: Its reads and writes, off the UI thread and in order (see tui/state_jobs.py).
        self.state_jobs = StateJobs(self)
        self.settings = settings
        self.notice = notice
        self.writable = writable
        self.today = today or datetime.date.today()
        #: Full garbage collections at pauses, not between a key and its screen.
        self.collector = IdleCollector()
        self.replay = merged_keys.Replay(self)

    @property
    def old_after_days(self) -> int:
        return self.settings.old_after_days

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on Linux and macOS, one whose Esc answers
        without Textual's tenth of a second (see tui/driver.py)."""
        found = super().get_driver_class()
        if found.__name__ == "LinuxDriver" and found.__module__ == "textual.drivers.linux_driver":
            from mhbrief.tui.driver import QuickEscapeDriver

            return QuickEscapeDriver
        return found

    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.collector.input()
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self.replay.holding(event):
                return  # after an Esc read apart: once it has acted
            keys = merged_keys.apart(event)  # Esc and a key read together as alt+key
            if keys is not None:
                escape, key = keys
                await self.on_event(escape)
                self.replay.after_escape(key)
                return
            screen = self.screen_stack[-1] if self.screen_stack else None
            if isinstance(screen, MainScreen):
                screen.key_pressed(event.key)  # before the key acts: it may copy again
            elif screen is not None:
                hide_bar_after(screen, event.key)  # the speaker page's copied bar
        await super().on_event(event)

    def on_mount(self) -> None:
        self.collector.start()
        self.set_interval(TICK_SECONDS, self.collector.tick)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.notify(
                f"Unknown theme {self.settings.theme!r} in the settings; "
                f"try one of: {', '.join(sorted(self.available_themes))}",
                severity="warning",
                markup=False,
            )
        if self.notice:
            self.notify(self.notice, markup=False, timeout=8)

    @on(StateDone)
    def state_done(self, message: StateDone) -> None:
        message.finish()

    def on_unmount(self) -> None:
        self.collector.stop()
        self.state_jobs.close()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Import a source text…",
            "Draft a briefing from a statement's plain text, review it, save it",
            self.action_import_source,
        )
        yield SystemCommand("Help", "Show every key", self.action_help)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_import_source(self) -> None:
        from mhbrief.tui.screens.import_source import ImportSourceScreen

        self.push_screen(ImportSourceScreen())

    def open_in_editor(self, path: Path, line: int | None) -> None:
        """Open ``path`` at ``line`` in the user's editor, suspending the app meanwhile."""
        if not self.settings.editor:
            self.notify(
                "No editor found ($VISUAL, $EDITOR, or editor, nano or vi on PATH): set "
                "$EDITOR (or editor in the settings file) to open files from here",
                severity="warning",
            )
            return
        try:
            command = editor_command(self.settings.editor, path, line)
        except ValueError as exc:  # settings are checked at start; a last guard
            self.notify(f"Settings problem: editor: {exc}", severity="error", markup=False)
            return
        problem = editor_missing(command[0])
        if problem:
            self.notify(problem, severity="error", markup=False, timeout=10)
            return
        failure: OSError | None = None
        try:
            with self.suspend():
                # An error must not leave the block: the terminal is handed back only
                # when it ends normally (App.suspend resumes after the yield, not in a
                # finally), so an editor that fails to start would leave the app asleep.
                try:
                    subprocess.run(command, check=False)
                except OSError as exc:
                    failure = exc
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor", severity="error")
        if failure is not None:
            why = failure.strerror or str(failure)
            self.notify(
                f"Cannot start the editor {sanitize_line(command[0])!r}: {why}. "
                "Check $EDITOR or editor in the settings file.",
                severity="error",
                markup=False,
                timeout=10,
            )


def editor_missing(program: str) -> str | None:
    """Why ``program`` cannot be started, found before the terminal is handed over."""
    if shutil.which(program) is not None:
        return None
    where = "is not an executable file" if os.sep in program else "is not installed (not on PATH)"
    return (
        f"Cannot start the editor {sanitize_line(program)!r}: it {where}. "
        "Check $EDITOR or editor in the settings file."
    )


def editor_command(editor: str, path: Path, line: int | None) -> list[str]:
    """``$EDITOR +LINE PATH`` (the form vi, vim, nano, emacs and micro all accept)."""
    command = shlex.split(editor)
    if line is not None:
        command.append(f"+{line}")
    command.append(str(path))
    return command


def create_app(
    library: Library,
    *,
    settings: Settings,
    notice: str | None = None,
    writable: bool = True,
    today: datetime.date | None = None,
    state: StateStore | None = None,
) -> MHBriefApp:
    """The app over ``library``; ``notice`` is shown once at start (e.g. a fallback).

    ``state`` defaults to the user's state folder for ``library``'s briefings folder.
    """
    return MHBriefApp(
        library, settings=settings, notice=notice, writable=writable, today=today, state=state
    )
