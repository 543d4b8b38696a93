"""``mhbrief`` with no command: resolve the folders, load the settings, run the app."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from mhbrief.config import editor_problem, load_settings
from mhbrief.library import Library
from mhbrief.locations import Location, config_path
from mhbrief.tui.app import create_app


def run_app(location: Location, index_dir: Path | None = None) -> int:
    """Open the app on a resolved briefings folder; returns the exit code."""
    settings, notices = load_settings(config_path())
    if not settings.editor and os.environ.get("EDITOR"):
        problem = editor_problem(os.environ["EDITOR"])
        if problem:
            notices.append(f"$EDITOR {problem}; fix it in your shell settings")
        else:
            settings = replace(settings, editor=os.environ["EDITOR"])
    if location.is_examples:
        notices.insert(
            0,
            "No ./briefings folder here: showing the example briefings shipped with mhbrief. "
            "Use --briefings DIR or $MHBRIEF_BRIEFINGS for your own.",
        )
    library = Library(location.path, index_dir)
    app = create_app(
        library,
        settings=settings,
        notice="\n".join(notices) or None,
        writable=not location.is_examples,
    )
    try:
        app.run()
    finally:
        library.close()
    return app.return_code or 0
