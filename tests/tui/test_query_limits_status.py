"""A query that was bounded (:mod:`mhbrief.engine.query_limits`) says what was left out."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from .helpers import NARROW, WIDE, MakeApp, settle


async def test_a_bounded_query_says_so_in_the_status(briefings: Path, make_app: MakeApp) -> None:
    for size in (NARROW, WIDE):
        app = make_app(briefings)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            app.screen.query_one(Input).value = "opvang " * 40  # pasted
            await settle(pilot)
            status = str(app.query_one("#status-text").render())
            assert "39 repeats searched once" in status
            app.screen.query_one(Input).value = "?*"
            await settle(pilot)
            status = str(app.query_one("#status-text").render())
            assert "left out ?*: a wildcard needs 2 letters or more" in status
            app.screen.query_one(Input).value = "opvang"
            await settle(pilot)
            status = str(app.query_one("#status-text").render())
            assert "left out" not in status and "repeats" not in status
