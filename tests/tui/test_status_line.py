"""The status line and the empty list say when files with errors are left out of every search."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from mhbrief.tui.widgets.status import Part, fit_status, problems_part

from .helpers import NARROW, WIDE, MakeApp, screen_lines, settle, type_text


async def test_a_file_no_search_can_find_is_counted_and_named(
    briefings: Path, make_app: MakeApp
) -> None:
    broken = briefings / "centrum-2021.toml"
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("published = 2021-03-02", "published = 2021-02-30"), "utf-8")
    for size in (NARROW, WIDE):
        app = make_app(briefings)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            status = str(app.query_one("#status-text").render())
            assert "1 file left out" in status
            await type_text(pilot, "zzzqqq")
            results = app.main.query_one("#results", OptionList)
            note = str(results.get_option_at_index(0).prompt)
            assert "Nothing found" in note
            assert "1 file with errors left out: centrum-2021.toml" in note
            assert "F8 lists what to fix" in note


async def test_nothing_is_said_when_every_file_loads(briefings: Path, make_app: MakeApp) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "zzzqqq")
        assert "left out" not in str(app.query_one("#status-text").render())
        note = str(app.main.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "left out" not in note


async def test_a_query_read_as_plain_words_says_what_could_not_be_read(
    briefings: Path, make_app: MakeApp
) -> None:
    from .helpers import screen_text

    for size in (NARROW, WIDE):
        app = make_app(briefings)
        async with app.run_test(size=size) as pilot:
            await type_text(pilot, "date:2018-13 klant")
            status = str(app.main.query_one("#status-text").render())
            assert "date:2018-13 is not a date: read as plain words" in status
            assert "date:2018-13 is not a date" in screen_text(app)


async def test_what_a_reload_changed_is_said_until_the_next_key(
    briefings: Path, make_app: MakeApp
) -> None:
    path = briefings / "network-2026.toml"
    for size, before, after in ((NARROW, "within a day", "at once"), (WIDE, "at once", "now")):
        app = make_app(briefings)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            path.write_text(path.read_text(encoding="utf-8").replace(before, after))
            app.main.start_sync()
            await settle(pilot)
            status = app.main.query_one("#status-text")
            said = str(status.render()).partition("synced ")[2]
            assert said.startswith("1 changed file"), said  # one file edited, not its items
            await pilot.press("f2")
            await pilot.pause()
            assert "synced" not in str(status.render())


def test_the_parts_give_way_least_important_first() -> None:
    parts = [
        Part.of("", "11 results"),
        Part.of("", ("relevance", 20), ""),
        Part.of("", ("10 files left out", 32), "10 left out"),
    ]
    right = problems_part(19, 1)
    wide = fit_status(parts, right, 120).plain
    assert wide.startswith("11 results · relevance · 10 files left out   ")
    assert wide.endswith("   ⚠ 19 errors, 1 warning · F8 lists them") and len(wide) == 120
    at_80 = fit_status(parts, right, 78).plain
    assert at_80.startswith("11 results · relevance · 10 files left out   ")
    assert at_80.endswith("   ⚠ 19 errors, 1 warning · F8")
    at_60 = fit_status(parts, right, 58).plain
    assert at_60.startswith("11 results · 10 left out   ") and at_60.endswith(
        "   ⚠ 19 errors, 1 warning · F8"
    )
    tiny = fit_status(parts, right, 30).plain
    assert len(tiny) <= 30 and tiny.endswith("   ⚠ 19 errors · F8")


def test_without_problems_the_parts_are_cut_with_an_ellipsis_at_the_last() -> None:
    line = fit_status([Part.of("", "a" * 40)], None, 20).plain
    assert line == "a" * 19 + "…"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
async def test_the_status_line_and_footer_never_run_together(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    for number in range(10):
        (briefings / f"kapot-{number}.toml").write_text("format = 1\nkind = ][\n", "utf-8")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_text(pilot, "klant")
        *_, status, footer = screen_lines(app)
        width = size[0]
        assert len(status) <= width
        left, _, right = status.strip().partition("   ")
        assert left.startswith(("1 result · ", "2 results · ", "3 results · ")), status
        assert "left out" in left and " · " in left
        assert right.strip().startswith("⚠ 10 errors · F8"), status
        assert "out⚠" not in status and "F8" in status
        assert footer.rstrip().endswith("f1 Help") or "palette" in footer, footer
        assert "f1 Help" in footer, footer


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_nothing_found_hints_only_at_what_the_query_holds(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "zzzqqq")
        note = str(app.main.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "Nothing found" in note
        assert "theme:" not in note  # no theme filter was typed: none to take off
        assert "prefix" not in note  # zzzq* finds nothing either: never offered
        await pilot.press("escape")  # clears the box
        await type_text(pilot, "platformenzzz")
        note = str(app.main.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "Try a prefix such as platformen*." in note  # of the word typed, and it finds
