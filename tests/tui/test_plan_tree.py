"""The plan page: its section tree with answer counts, and the briefings responding."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Tree

from .helpers import (
    SIZES,
    MakeApp,
    footer_line,
    option_ids,
    result_ids,
    screen_rows,
    screen_text,
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


@SIZES
async def test_c_on_the_plan_tree_copies_the_highlighted_section_not_the_open_item(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        quote_id = result_ids(app.main)[0]
        assert app.main.open(quote_id)
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        tree = app.main.query_one("#plan", Tree)
        plan = app.library.collection.plans["plan-veilig"]
        section = next(s for s in plan.sections if s.title == "Middelen")
        assert tree.select_id(section.ref)  # type: ignore[attr-defined]
        await pilot.pause()
        assert "c Cite section" in footer_line(app)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("Samenvatting door de redactie, niet de tekst van het plan")
        assert "Middelen" in app.clipboard
        assert app.main.detail_id == quote_id  # the open item stays open
        assert "Middelen" in screen_text(app)  # what was copied is on the screen
