"""Reading the screen as a user sees it."""

from __future__ import annotations

from textual.app import App


def screen_lines(app: App[None]) -> list[str]:
    """The rows on screen as plain text, top to bottom."""
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]
