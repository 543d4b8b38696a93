"""The status line and the empty list say when files with errors are left out of every search."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from .helpers import NARROW, WIDE, MakeApp, settle, type_text


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
