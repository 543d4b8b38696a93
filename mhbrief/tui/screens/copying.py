"""What ``c`` copies, and how a copy is shown: the bar, or a screen of its own.

On the main screen: the highlighted backlink or related item, when one is focused,
else the open item; on the speaker page, the highlighted quote. The citation is the
one :func:`~mhbrief.tui.rendering.build_detail` makes for the item (via
``MainScreen.detail_of``), wherever ``c`` is pressed. The copied text goes to the
clipboard and into the screen's copied bar, and a text too long for the bar gets
:class:`~mhbrief.tui.screens.copied.CopiedScreen` instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.widgets import OptionList

from mhbrief.model import Point, Quote
from mhbrief.tui.rendering import Detail
from mhbrief.tui.widgets.plan_tree import PlanTree
from mhbrief.tui.widgets.status import CopiedBar

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen


#: Keys that copy text selected on screen (Textual's own selection): they leave the
#: copied bar standing, as the user may be selecting from it.
SELECTION_COPY_KEYS = frozenset({"ctrl+c", "super+c"})


def highlighted_link(screen: MainScreen) -> Detail | None:
    """The quote or point highlighted in the focused links (a section's or a
    briefing's backlinks) or related list, or the section or plan highlighted in the
    focused plan tree: what ``c`` copies there."""
    focused = screen.focused
    if isinstance(focused, PlanTree):
        node = focused.cursor_node
        return screen.detail_of(node.data) if node is not None and node.data else None
    if not isinstance(focused, OptionList) or focused.id not in ("links", "related"):
        return None
    option = focused.highlighted_option
    if option is None or option.id is None:
        return None
    if not isinstance(screen.mhbrief.library.collection.get(option.id), Quote | Point):
        return None
    return screen.detail_of(option.id)


def copy_detail(screen: Screen[None], detail: Detail, *, citation: bool) -> None:
    """``c`` (``citation``) or ``C``: copy an item's citation or bare text, and show it.
    The bare text of a draft says so, as its citation does: what is copied is labelled
    for what it is, on the clipboard and in the bar."""
    if citation:
        copy_shown(screen, detail.citation_label, detail.citation)
        return
    flags = "".join(f" [{flag}]" for flag in detail.bare_flags)
    copy_shown(screen, "draft text" if detail.bare_flags else "text", detail.bare + flags)


def copy_shown(screen: Screen[None], what: str, text: str) -> None:
    """Copy ``text`` and show it in ``screen``'s copied bar (or a screen of its own)."""
    screen.app.copy_to_clipboard(text)
    screen.query_one(CopiedBar).show_copied(what, text)
    screen.call_after_refresh(show_whole_copy, screen, what, text)


def show_whole_copy(screen: Screen[None], what: str, text: str) -> None:
    """The bar has half the screen at most: a longer text gets a screen of its own
    (and the bar goes, so no cut-off copy stays behind to be selected)."""
    bar = screen.query_one(CopiedBar)
    if bar.fits():
        return
    from mhbrief.tui.screens.copied import CopiedScreen

    bar.hide()
    screen.app.push_screen(CopiedScreen(what, text))


def hide_bar_after(screen: Screen[Any], key: str) -> None:
    """The copied bar stands until the next key, but for a copy of the selection
    (on any screen that has one)."""
    if key not in SELECTION_COPY_KEYS:
        for bar in screen.query(CopiedBar):
            bar.hide()
