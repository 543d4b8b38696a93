"""While typing, a long prefix that searched only its commonest words says so."""

from __future__ import annotations

from pathlib import Path

from shared import many_words

from mhbrief.results import MAX_EXPANSIONS

from .helpers import NARROW, MakeApp, settle, type_text


async def test_a_capped_prefix_is_said_in_the_status(briefings: Path, make_app: MakeApp) -> None:
    many_words(briefings)
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_text(pilot, "woord120")
        status = str(app.query_one("#status-text").render())
        assert f"prefix capped at {MAX_EXPANSIONS} words" in status
        await type_text(pilot, "000 ")
        status = str(app.query_one("#status-text").render())
        assert "capped" not in status
