"""Snapshots of the speaker page and the source view at 80x24 and 160x48.

Update with ``pytest tests/tui/test_snapshots_browse.py --snapshot-update`` after checking
the report that a failing run writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from .helpers import SIZES, MakeApp, settle

BROWSE = Path(__file__).parents[1] / "fixtures" / "browse"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(BROWSE, tmp_path / "briefings")
    return tmp_path / "briefings"


def opened(item_id: str, key: str):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        await settle(pilot)
        app.main.sub_title = "briefings"  # the tmp path changes every run
        app.main.open(item_id)
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        await pilot.pause()

    return run_before


@SIZES
def test_speaker_page(snap_compare, folder: Path, make_app: MakeApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder)
    assert snap_compare(app, terminal_size=size, run_before=opened("centrum-2018/klant", "S"))


@SIZES
def test_source_view(snap_compare, folder: Path, make_app: MakeApp, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder)
    assert snap_compare(app, terminal_size=size, run_before=opened("centrum-2018/klant", "o"))
