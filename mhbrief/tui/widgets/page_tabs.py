"""The narrow layout's row of page tabs (Results, Detail, Themes, Plan)."""

from __future__ import annotations

from textual.widgets import Tabs


class PageTabs(Tabs):
    """The narrow layout's tab row; keys (F2-F5) switch pages, so it needs no focus."""

    can_focus = False
