"""``mhbrief`` with no command: resolve the folders, load the settings, run the app."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from mhbrief.config import load_settings
from mhbrief.library import Library
from mhbrief.locations import config_path


def run_app(args: argparse.Namespace) -> int:
    """Open the app on ``--briefings`` (or the default folder); returns the exit code."""
    from mhbrief.cli import resolve_location
    from mhbrief.tui.app import create_app

    location = resolve_location(args, quiet=True)
    index = getattr(args, "index", None)
    settings, notices = load_settings(config_path())
    if not settings.editor and os.environ.get("EDITOR"):
        from dataclasses import replace

        settings = replace(settings, editor=os.environ["EDITOR"])
    if location.is_examples:
        notices.insert(
            0,
            "No ./briefings folder here: showing the example briefings shipped with mhbrief. "
            "Use --briefings DIR or $MHBRIEF_BRIEFINGS for your own.",
        )
    library = Library(location.path, Path(index) if index else None)
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
