"""The help screen lists every key the app binds: derived from BINDINGS, it cannot drift."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import OptionList

from mhbrief.tui.app import MHBriefApp
from mhbrief.tui.screens.help import KEYS
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.screens.sheet import SheetScreen
from mhbrief.tui.screens.source import SourceScreen
from mhbrief.tui.screens.speaker import SpeakerScreen
from mhbrief.tui.widgets.detail import DetailPane
from mhbrief.tui.widgets.plan_tree import PlanTree
from mhbrief.tui.widgets.related import RelatedList
from mhbrief.tui.widgets.results import ResultsList
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.themes import ThemesList

from .helpers import (
    MakeApp,
    footer_line,
    screen_lines,
    settle,
    type_text,
)

#: Where a user browses; the dialogs (import, prompts, the copy screen) show their own keys.
BROWSING: tuple[type[DOMNode], ...] = (
    MHBriefApp,
    MainScreen,
    SheetScreen,
    SourceScreen,
    SpeakerScreen,
    DetailPane,
    PlanTree,
    RelatedList,
    ResultsList,
    SearchBox,
    ThemesList,
)
#: How a key is written on the help screen.
SHOWN = {
    "question_mark": "?",
    "exclamation_mark": "!",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "escape": "esc",
    "enter": "enter",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pageup": "pgup",
    "pagedown": "pgdn",
}
#: Keys Textual's own widgets bind (moving in a list), listed on the help screen as a group.
GENERIC = {"home", "end", "pageup", "pagedown", "up", "down", "enter", "left", "right"}


def shown(key: str) -> str:
    parts = key.split("+")
    return "+".join(SHOWN.get(part, part) for part in parts).lower()


def help_keys() -> set[str]:
    """Every key token the help screen names, lower-cased."""
    tokens: set[str] = set()
    for _section, rows in KEYS:
        for spec, _what in rows:
            tokens.update(t.strip(",").lower() for t in re.split(r"\s+", spec) if t)
    return tokens


def bound_keys() -> dict[str, list[str]]:
    """Each action a browsing class binds, with the keys bound to it (but for a list's own
    movement keys, which the help screen lists as a group)."""
    keys: dict[str, list[str]] = defaultdict(list)
    for cls in BROWSING:
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            keys[f"{cls.__name__}.{binding.action}"].append(binding.key)
    return {
        action: bound
        for action, bound in keys.items()
        if not all(key.split("+")[-1] in GENERIC for key in bound)
    }


@pytest.mark.parametrize("action", sorted(bound_keys()))
def test_every_bound_action_has_a_key_on_the_help_screen(action: str) -> None:
    keys = bound_keys()[action]
    listed = help_keys()
    assert any(shown(key) in listed for key in keys), (
        f"{action} is bound to {keys}, but the help screen names none of them"
    )


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_the_help_box_has_one_bottom_border_right_above_its_footer(
    briefings: object, make_app: object, size: tuple[int, int]
) -> None:
    from .helpers import settle

    app = make_app(briefings)  # type: ignore[operator]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        lines = screen_lines(app)
        assert "esc Close" in lines[-1]
        box = lines[-2].strip()
        assert box.startswith("╰") or "╰──" in box  # the help's border, nothing below it
        bottoms = [i for i, line in enumerate(lines) if line.lstrip().startswith("╰")]
        assert not any(b - a == 1 for a, b in itertools.pairwise(bottoms))


async def test_each_panes_footer_fits_80_columns_and_help_shows_its_own(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "klant")
        await pilot.press("down")
        await pilot.pause()
        footer = footer_line(app)
        for shown in ("⏎ Open", "c Copy cite", "b Back", "f1 Help", "^p palette"):
            assert shown in footer, footer
        await pilot.press("enter")
        await settle(pilot)
        footer = footer_line(app)
        for shown in ("⏎ Follow link", "pgdn Scroll text", "c Copy cite", "b Back", "f1 Help"):
            assert shown in footer, footer
        await pilot.press("f4")
        await pilot.pause()
        assert "⏎ Filter by theme" in footer_line(app)
        assert "f1 Help" in footer_line(app)
        await pilot.press("f1")
        await pilot.pause()
        footer = footer_line(app)
        assert "esc Close" in footer
        assert "Copy cite" not in footer


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_on_a_plan_sections_page_the_footer_says_c_cites_the_highlighted_link(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.main.open("plan-veilig/actielijn-1")
        await settle(pilot)
        links = app.main.query_one("#links", OptionList)
        links.focus()
        await pilot.pause()
        assert app.focused is links and links.highlighted_option is not None
        footer = footer_line(app)
        assert "c Cite link" in footer, footer
        assert footer.rstrip().endswith("palette") and "f1 Help" in footer  # it fits
        assert "Copy cite" not in footer
        await pilot.press("c")
        await settle(pilot)
        highlighted = str(links.highlighted_option.id)
        assert app.clipboard == app.main.detail_of(highlighted).citation  # what it said
        # Off the backlinks, c copies the section itself, and the footer says so again.
        await pilot.press("shift+tab")
        await pilot.pause()
        assert "c Copy cite" in footer_line(app)
