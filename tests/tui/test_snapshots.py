"""Snapshots of the main layouts at 80x24 and 160x48, in a dark and a light theme.

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after checking
the report that a failing run writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import NARROW, WIDE, MakeApp, settle

THEMES = pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x48"])


def prepare(keys: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        await settle(pilot)
        app.main.sub_title = "briefings"  # the tmp path changes every run
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        app.main.query_one(SearchBox).cursor_blink = False
        await pilot.pause()

    return run_before


@THEMES
@SIZES
def test_results_and_detail(
    snap_compare, briefings: Path, make_app: MakeApp, size: tuple[int, int], theme: str
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings, theme=theme)
    keys = (*"klant", "down", "enter")
    assert snap_compare(app, terminal_size=size, run_before=prepare(keys))


@SIZES
def test_start_screen(
    snap_compare, briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings)
    assert snap_compare(app, terminal_size=size, run_before=prepare())


@SIZES
def test_section_with_backlinks_and_copied_bar(
    snap_compare, briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings, theme="textual-light")
    keys = (*"elke gemeente", "down", "enter", "enter", "c")
    assert snap_compare(app, terminal_size=size, run_before=prepare(keys))


def test_themes_pane_narrow(snap_compare, briefings: Path, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings)
    assert snap_compare(app, terminal_size=NARROW, run_before=prepare(("f4",)))


def test_plan_pane_narrow(snap_compare, briefings: Path, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings)
    assert snap_compare(app, terminal_size=NARROW, run_before=prepare(("f5",)))


def test_help_narrow(snap_compare, briefings: Path, make_app: MakeApp) -> None:  # type: ignore[no-untyped-def]
    app = make_app(briefings)
    assert snap_compare(app, terminal_size=NARROW, run_before=prepare(("f1",)))


def test_a_long_copy_on_its_own_screen_narrow(
    snap_compare, briefings: Path, make_app: MakeApp
) -> None:  # type: ignore[no-untyped-def]
    plan = briefings / "plan-veilig.toml"
    long_text = " ".join(f"Zin {n} over de vaste aanpak van gemeenten." for n in range(30))
    text = plan.read_text(encoding="utf-8")
    old = 'text = "Alle gemeenten krijgen een vaste aanpak en betere zorgcoördinatie voor '
    old += 'slachtoffers."'
    assert old in text
    plan.write_text(text.replace(old, f'text = "{long_text}"'), encoding="utf-8")
    app = make_app(briefings)
    keys = (*"kind:section zin", "down", "enter", "shift+tab", "c")
    assert snap_compare(app, terminal_size=NARROW, run_before=prepare(keys))
