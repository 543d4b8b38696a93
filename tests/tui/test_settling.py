"""While typing, a count that is an estimate says so and uncounted themes show no count;
once the keys stop (a pause, or Enter), the exact figures replace them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from mhbrief.engine import search
from mhbrief.library import Library
from mhbrief.results import SearchResponse
from mhbrief.tui.screens import settling

from .helpers import WIDE, MakeApp, settle, type_text


class Estimating(Library):
    """While typing, its totals are estimates, as a large collection's may be."""

    def search(self, query: str, **options: Any) -> SearchResponse:
        found = super().search(query, **options)
        if options.get("exact", True) or not found.hits:
            return found
        return dataclasses.replace(found, total=12_345, total_exact=False)


class Watched(Library):
    """Notes whether each search it is asked is the exact one."""

    def __init__(self, briefings: Path, index: Path, asked: list[bool]) -> None:
        super().__init__(briefings, index)
        self.asked = asked

    def search(self, query: str, **options: Any) -> SearchResponse:
        self.asked.append(options.get("exact", True))
        return super().search(query, **options)


def shown(app: Any) -> tuple[str, str, list[str]]:
    """The status line, the results' title and the themes' rows, as the user reads them."""
    status = str(app.main.query_one("#status-text").render())
    title = str(app.main.query_one("#results").border_title)
    themes = app.main.query_one("#themes", OptionList)
    rows = [str(themes.get_option_at_index(i).prompt) for i in range(themes.option_count)]
    return status, title, rows


@pytest.fixture
def uncounted_while_typing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facets left for later however few the matches (at 100k items: most typed keys)."""
    monkeypatch.setattr(search, "FACETS_WHILE_TYPING", 0)


@pytest.mark.usefixtures("uncounted_while_typing")
async def test_an_estimate_is_labelled_and_enter_replaces_it_with_the_exact_count(
    briefings: Path, make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settling, "SETTLE_WAIT", 3600.0)  # the keys have not stopped
    exact = Library(briefings, tmp_path / "exact-index")
    exact.sync()
    expected = exact.search("klant", as_you_type=True)
    assert expected.total and expected.facets["theme"]
    app = make_app(briefings, library=Estimating(briefings, tmp_path / "index"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await type_text(pilot, "klant")
        status, title, rows = shown(app)
        assert "about 12,000 results" in status and title == "Results about 12,000"
        assert rows and all("…" in row and not any(c.isdigit() for c in row) for row in rows)
        assert app.main.settling.pending
        await pilot.press("enter")  # into the results: the query is typed
        await settle(pilot)
        status, title, rows = shown(app)
        assert "about" not in status and "about" not in title
        assert f"{expected.total:,} result" in status and title == f"Results {expected.total:,}"
        counted = dict(expected.facets["theme"])
        assert all("…" not in row for row in rows)
        assert sum(int(row.split()[0]) for row in rows if row.split()[0].isdigit()) == sum(
            counted.values()
        )
        assert app.main.response is not None and app.main.response.settled
    exact.close()


@pytest.mark.usefixtures("uncounted_while_typing")
async def test_once_the_keys_stop_the_exact_figures_come_by_themselves(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settling, "SETTLE_WAIT", 0.05)
    asked: list[bool] = []
    app = make_app(briefings, library=Watched(briefings, briefings.parent / "index", asked))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        asked.clear()
        await pilot.press(*"klant")
        for _ in range(400):  # until the pause has been noticed and its search answered
            await settle(pilot)
            response = app.main.response
            if response is not None and response.query == "klant" and response.settled:
                break
            await pilot.pause(0.01)
        assert app.main.response is not None and app.main.response.settled
        assert asked[-1] is True and False in asked  # typed approximately, then once exactly
        _, _, rows = shown(app)
        assert all("…" not in row for row in rows)


async def test_a_small_collection_asks_once_a_key(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to bound, facets cheap to count: the answer while typing is exact already,
    and no second search follows."""
    monkeypatch.setattr(settling, "SETTLE_WAIT", 0.0)
    asked: list[bool] = []
    app = make_app(briefings, library=Watched(briefings, briefings.parent / "index", asked))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        asked.clear()
        await type_text(pilot, "klant")
        await pilot.pause(0.05)
        await settle(pilot)
        assert asked and not any(asked)  # each key once, none asked again
        assert app.main.response is not None and app.main.response.settled
