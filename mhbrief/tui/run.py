"""``mhbrief`` with no command: resolve the folders, load the settings, run the app."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from mhbrief.config import editor_problem, load_settings
from mhbrief.library import Library
from mhbrief.locations import Location, config_path
from mhbrief.malloc_arenas import limit_arenas, map_large_blocks
from mhbrief.tui.app import MHBriefApp, create_app

#: Signals that end the app as ctrl+q does, so Textual gives the terminal back (the
#: normal screen, no mouse reporting): kill's default, and the hang-up of an SSH session.
ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)

#: Editors looked for on PATH when neither $VISUAL nor $EDITOR names one, as git does
#: (``editor``: Debian's choice of the system's editor).
FALLBACK_EDITORS = ("editor", "nano", "vi")


def choose_editor(
    environ: Mapping[str, str], which: Callable[[str], str | None] = shutil.which
) -> tuple[str | None, list[str]]:
    """The editor for ``e`` in F8 when the settings name none: $VISUAL, $EDITOR, then the
    first of :data:`FALLBACK_EDITORS` found on PATH; and notices of a variable that
    cannot be read as a command (it is passed over)."""
    notices: list[str] = []
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "")
        if not value.strip():
            continue
        problem = editor_problem(value)
        if problem is None:
            return value, notices
        notices.append(f"${name} {problem}; fix it in your shell settings")
    found = next((program for program in FALLBACK_EDITORS if which(program)), None)
    return found, notices


def run_app(location: Location, index_dir: Path | None = None) -> int:
    """Open the app on a resolved briefings folder; returns the exit code."""
    settings, notices = load_settings(config_path())
    if not settings.editor:
        editor, said = choose_editor(os.environ)
        notices += said
        if editor:
            settings = replace(settings, editor=editor)
    if location.is_examples:
        notices.insert(
            0,
            "No ./briefings folder here: showing the example briefings shipped with mhbrief. "
            "Use --briefings DIR or $MHBRIEF_BRIEFINGS for your own.",
        )
    limit_arenas()  # before any worker thread
    map_large_blocks()
    library = Library(location.path, index_dir)
    app = create_app(
        library,
        settings=settings,
        notice="\n".join(notices) or None,
        writable=not location.is_examples,
    )
    try:
        asyncio.run(_run(app))
    finally:
        library.close()
    return app.return_code or 0


async def _run(app: MHBriefApp) -> None:
    """``app.run()``, ended cleanly by SIGTERM or SIGHUP with exit code 128 + the signal."""
    loop = asyncio.get_running_loop()
    for ending in ENDING_SIGNALS:
        loop.add_signal_handler(ending, app.exit, None, 128 + ending)
    try:
        await app.run_async()
    finally:
        for ending in ENDING_SIGNALS:
            loop.remove_signal_handler(ending)
