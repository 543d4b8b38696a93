"""The plan page: its section tree with answer counts, and the briefings responding."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Tree

from .helpers import (
    SIZES,
    MakeApp,
    option_ids,
    screen_rows,
    settle,
    tree_labels,
)


@SIZES
async def test_the_plan_tree_counts_answers_and_marks_unanswered_sections(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        labels = tree_labels(app.main.query_one("#plan", Tree))
        assert labels == [
            "Veilig en samen  3/4 answered",
            "1 Samenwerking met gemeenten  3",
            "2 Digitale opsporing  2",
            "○ 2.1 Meldpunt online  0",
            "Middelen  2",
        ]
        assert "○ 2.1 Meldpunt online" in screen_rows(app)


@SIZES
async def test_the_plan_page_lists_responding_briefings_newest_first(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert app.main.query_one("#plan", Tree).select_id("plan-veilig")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.detail_id == "plan-veilig"
        links = option_ids(app.main.query_one("#links", OptionList))
        assert links[:2] == ["centrum-2023", "centrum-2018"]
        assert "3 of 4 sections answered; 2 briefings respond to it" in screen_rows(app)
