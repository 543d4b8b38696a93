"""Interview prep in the app: marks, sheets, query history, Back with its query, saved searches."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from mhbrief.problems import display_path
from mhbrief.sheets import Sheets
from mhbrief.state import StateStore
from mhbrief.tui.screens.prompt import PromptScreen
from mhbrief.tui.screens.sheet import SheetPicker, SheetScreen
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    NARROW,
    SIZES,
    WIDE,
    MakeApp,
    answer,
    press,
    result_ids,
    settle,
    settled,
    type_text,
)

GEMEENTE = "centrum-2018/gemeente"
ZORG = "centrum-2021/zorg"
PLATFORMEN = "centrum-2021/platformen"

EXPECTED_MD = """\
# Prep

Voorbereiding, 28 november 2026

## 1. Samenvatting · Centrum tegen Uitbuiting · Drie jaar Veilig en samen \\[oud\\]

**Notitie:** if asked about money

> Betere zorgcoördinatie voor slachtoffers is een goede stap.

Bronvermelding: Samenvatting door de redactie, geen citaat: Betere zorgcoördinatie voor \
slachtoffers is een goede stap. — Centrum tegen Uitbuiting, {zorg_date} (Drie jaar Veilig en samen)

Standpunt: positief

Planonderdelen:

- 1 Samenwerking met gemeenten (Veilig en samen)

## 2. Citaat · Anna de Vries (woordvoerder) · Reactie op Veilig en samen \\[oud\\]

**Notitie:** opening line

**VERVANGEN door centrum-2021**

> Elke gemeente moet weten wie slachtoffers opvangt.

Bronvermelding: “Elke gemeente moet weten wie slachtoffers opvangt.” — Anna de Vries, \
woordvoerder, Centrum tegen Uitbuiting, 13 november 2018 (Reactie op Veilig en samen) \
\\[LET OP: vervangen door centrum-2021\\]

Planonderdelen:

- 1 Samenwerking met gemeenten (Veilig en samen)
"""


def sheet_rows(app: App[None]) -> list[str]:
    items = app.screen.query_one("#sheet-items", OptionList)
    return [str(option.prompt) for option in items.options]


def row_text(app: App[None], option_id: str) -> str:
    results = app.screen.query_one("#results", OptionList)
    return str(results.get_option(option_id).prompt)


def status_text(app: App[None]) -> str:
    return str(app.screen.query_one("#status-text").render())


async def test_mark_build_reorder_note_and_export_a_sheet_at_80x24(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        await type_text(pilot, "slachtoffers")
        assert result_ids(app.main)[:2] == [GEMEENTE, ZORG]
        await press(pilot, "down", "space", "down", "space")
        await pilot.pause()
        assert row_text(app, GEMEENTE).startswith("✓ quote")
        assert row_text(app, ZORG).startswith("✓ point")
        assert "2 marked (m copies, U clears)" in status_text(app)
        await press(pilot, "a")
        await pilot.pause()
        assert any("Added 2 to the sheet 'Prep'" in str(n.message) for n in app._notifications)

        await press(pilot, "w")
        await pilot.pause()
        assert isinstance(app.screen, SheetScreen)
        rows = sheet_rows(app)
        assert rows[0].startswith(" 1. quote  Anna de Vries (woordvoerder) [SUPERSEDED]")
        assert rows[1].startswith(" 2. point  Centrum tegen Uitbuiting · positive")
        await press(pilot, "J")  # the quote down
        await pilot.pause()
        assert [r[:9] for r in sheet_rows(app)] == [" 1. point", " 2. quote"]
        await press(pilot, "n")
        await answer(pilot, "opening line")
        await press(pilot, "up", "n")
        await answer(pilot, "if asked about money")
        assert "note: if asked about money" in sheet_rows(app)[0]
        assert "note: opening line" in sheet_rows(app)[1]

        target = tmp_path / "rtl.md"
        await press(pilot, "e")
        await answer(pilot, str(target))
        expected = EXPECTED_MD.format(zorg_date=_zorg_date(app))
        assert target.read_text(encoding="utf-8") == expected
        await press(pilot, "c")
        await pilot.pause()
        assert app.clipboard == expected
        assert "Copied the sheet as Markdown" in str(
            app.screen.query_one("#sheet-preview").render()
        )
        await press(pilot, "e")
        await answer(pilot, str(target))  # exists: refused, untouched, asked again
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == str(target)
        assert "already exists" in str(app.screen.query_one("#prompt-hint").render())
        assert target.read_text(encoding="utf-8") == expected
        await press(pilot, "escape")
        await press(pilot, "e", "r", "t", "l")  # the proposed name gives way to the typed one
        assert app.screen.query_one(Input).value == "rtl"
        await press(pilot, "escape")

        await press(pilot, "enter")  # the highlighted item, opened in the browser
        assert app.screen is app.main
        assert app.main.detail_id == ZORG


def _zorg_date(app: App[None]) -> str:
    from mhbrief.citation import format_date

    briefing = app.library.collection.briefings["centrum-2021"]  # type: ignore[attr-defined]
    return format_date(briefing.published, briefing.language)


def footer_keys(app: App[None]) -> list[str]:
    from textual.widgets._footer import FooterKey

    return [f"{key.key_display} {key.description}" for key in app.screen.query(FooterKey)]


@SIZES
async def test_marks_survive_a_new_query_copy_in_order_and_clear(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        await type_text(pilot, "slachtoffers")
        await press(pilot, "down", "down", "space", "down", "space")  # the point; the section
        await pilot.pause()
        assert any("Only quotes and points" in str(n.message) for n in app._notifications)
        await press(pilot, "slash", "ctrl+u")
        await type_text(pilot, "platformen")
        await press(pilot, "down", "space")
        await pilot.pause()
        # The point marked under "slachtoffers" is not in these results: the status says so.
        assert "2 marked, 1 not in these results" in status_text(app)
        assert "m Copy 2 marked" in footer_keys(app)
        await press(pilot, "c")  # the highlighted item, never the marks
        await pilot.pause()
        assert app.clipboard.startswith("“Digitale platformen moeten zelf")
        assert "\n\n" not in app.clipboard
        await press(pilot, "m")  # the marks, in the order shown
        await pilot.pause()
        copied = app.clipboard.split("\n\n")
        assert copied[0].startswith("“Digitale platformen moeten zelf")  # shown first
        assert copied[1].startswith(
            "Samenvatting door de redactie, geen citaat: Betere zorgcoördinatie voor slachtoffers"
        )
        assert app.main.query_one(CopiedBar).display
        await press(pilot, "a")  # onto the sheet in the order m copied them
        sheet = Sheets(app.state).get("Prep")  # type: ignore[attr-defined]
        assert sheet is not None and [p.id for p in sheet.pins] == [PLATFORMEN, ZORG]
        await press(pilot, "space")  # unmark the highlighted one
        await pilot.pause()
        assert "1 marked, 1 not in these results" in status_text(app)
        assert "m Copy 1 marked" in footer_keys(app)
        await press(pilot, "U")
        await pilot.pause()
        assert "marked" not in status_text(app)
        assert not [key for key in footer_keys(app) if "marked" in key]
        await press(pilot, "enter", "c")  # the open item
        await pilot.pause()
        assert app.clipboard.startswith("“Digitale platformen moeten zelf")
        assert "\n\n" not in app.clipboard


@SIZES
async def test_c_on_a_section_page_copies_the_highlighted_backlink(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        app.main.open("plan-veilig/actielijn-1")
        await pilot.pause()
        links = app.main.query_one("#links", OptionList)
        assert links.has_focus
        links.highlighted = [o.id for o in links.options].index(ZORG)
        await press(pilot, "c")
        await pilot.pause()
        assert app.clipboard.startswith(
            "Samenvatting door de redactie, geen citaat: Betere zorgcoördinatie"
        )
        assert "editors' summary (not a quote)" in str(app.main.query_one(CopiedBar).render())
        links.highlighted = [o.id for o in links.options].index(GEMEENTE)
        await press(pilot, "C")  # the bare text follows the same rule
        await pilot.pause()
        assert app.clipboard == "Elke gemeente moet weten wie slachtoffers opvangt."
        links.highlighted = [o.id for o in links.options].index(ZORG)
        await press(pilot, "C")  # a point's bare text still says it is the editors' words
        await pilot.pause()
        assert app.clipboard.startswith(
            "Samenvatting door de redactie, geen citaat: Betere zorgcoördinatie"
        )


async def test_space_marks_backlinks_of_a_section(briefings: Path, make_app: MakeApp) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        app.main.open("plan-veilig/actielijn-1")
        await pilot.pause()
        links = app.main.query_one("#links", OptionList)
        links.focus()
        links.highlighted = [o.id for o in links.options].index(ZORG)
        await press(pilot, "space")
        await pilot.pause()
        assert str(links.get_option(ZORG).prompt).startswith("✓ ")
        await press(pilot, "a")
        await pilot.pause()
        sheet = Sheets(app.state).get("Prep")  # type: ignore[attr-defined]
        assert sheet is not None and [p.id for p in sheet.pins] == [ZORG]


async def test_a_changed_and_a_removed_briefing_stay_on_the_sheet_marked(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        for item_id in (GEMEENTE, PLATFORMEN):
            app.main.open(item_id)
            await press(pilot, "a")
        path = briefings / "centrum-2018.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("wie slachtoffers opvangt", "wie hulp biedt"), "utf-8")
        (briefings / "centrum-2021.toml").unlink()
        app.main.start_sync()
        await settled(pilot)
        await press(pilot, "w")
        await pilot.pause()
        rows = sheet_rows(app)
        assert "[CHANGED]" in rows[0] and "Elke gemeente moet weten wie hulp biedt." in rows[0]
        assert "[MISSING]" in rows[1] and "Digitale platformen moeten zelf" in rows[1]
        preview = str(app.screen.query_one("#sheet-preview").render())
        assert "Elke gemeente moet weten wie hulp biedt." in preview
        assert "Text when pinned" in preview
        assert "Elke gemeente moet weten wie slachtoffers opvangt." in preview
        await press(pilot, "P")  # pin the new text
        await pilot.pause()
        assert "[CHANGED]" not in sheet_rows(app)[0]
        assert len(sheet_rows(app)) == 2
        await press(pilot, "escape")
        assert app.screen is app.main


async def test_sheets_are_created_switched_and_renamed_and_a_damaged_one_is_skipped(
    briefings: Path, make_app: MakeApp
) -> None:
    store = StateStore(briefings)
    store.folder.joinpath("sheets").mkdir(parents=True)
    damaged = store.path("sheets/kapot")
    damaged.write_text('version = 1\nname = "Kapot"\ncreated = nope\n', encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        app.main.open(GEMEENTE)
        await press(pilot, "a", "w")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        where = f"{display_path(damaged)}:3:"
        assert any(m.startswith(where) and "left as it is" in m for m in said)
        await press(pilot, "N")
        await pilot.pause()
        await answer(pilot, "Interview RTL")
        assert isinstance(app.screen, SheetScreen)
        assert str(app.screen.query_one("#sheet-items").border_title).startswith(
            "Sheet: Interview RTL · 0 items"
        )
        await press(pilot, "r")
        await answer(pilot, "NOS")
        await press(pilot, "s")
        await pilot.pause()
        assert isinstance(app.screen, SheetPicker)
        picker = app.screen.query_one(OptionList)
        assert [o.id for o in picker.options] == ["NOS", "Prep", "__new__"]
        await press(pilot, "down", "enter")
        await pilot.pause()
        assert app.screen.sheet_name == "Prep"  # type: ignore[attr-defined]
        assert len(sheet_rows(app)) == 1
        await press(pilot, "ctrl+p")
        await pilot.pause()
        await press(pilot, *"switch to nos")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await pilot.pause()
        assert app.screen.sheet_name == "NOS"  # type: ignore[attr-defined]
        assert Sheets(app.state).current() == "NOS"  # type: ignore[attr-defined]
        assert damaged.read_text(encoding="utf-8").endswith("created = nope\n")


async def test_history_and_saved_searches_survive_a_restart(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        await type_text(pilot, "gemeente")
        await press(pilot, "enter", "slash", "ctrl+u")
        await type_text(pilot, "platformen")
        await press(pilot, "enter")
        await pilot.pause()
        await press(pilot, "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "platformen"
        await answer(pilot, "Digitaal")

    again = make_app(briefings)
    async with again.run_test(size=NARROW) as pilot:
        await settled(pilot)
        box = again.main.query_one(SearchBox)
        await type_text(pilot, "klant")
        await press(pilot, "up")
        assert box.value == "platformen"
        await press(pilot, "up")
        assert box.value == "gemeente"
        await press(pilot, "up")  # the oldest: stays
        assert box.value == "gemeente"
        await press(pilot, "down")
        assert box.value == "platformen"
        await press(pilot, "down")  # past the newest: what was typed
        assert box.value == "klant"
        await press(pilot, "down")  # not recalling: into the results
        await settled(pilot)
        assert again.focused is again.main.query_one("#results")

        await press(pilot, "ctrl+p")
        await pilot.pause()
        await press(pilot, *"saved digitaal")
        await pilot.pause(0.3)
        await press(pilot, "enter")
        await settled(pilot)
        assert box.value == "platformen"
        assert PLATFORMEN in result_ids(again.main)


async def test_back_brings_back_the_query_and_its_results(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        await type_text(pilot, "gemeente")
        await press(pilot, "down", "enter")
        await pilot.pause()
        assert app.main.detail_id == GEMEENTE
        await press(pilot, "slash", "ctrl+u")
        await type_text(pilot, "platformen")
        await press(pilot, "down", "enter")
        await pilot.pause()
        assert app.main.detail_id == PLATFORMEN
        await press(pilot, "b")
        await settled(pilot)
        box = app.main.query_one(SearchBox)
        assert box.value == "gemeente"
        assert app.main.detail_id == GEMEENTE
        assert GEMEENTE in result_ids(app.main)
        assert app.main.query_one("#results", OptionList).highlighted_option.id == GEMEENTE  # type: ignore[union-attr]
        await press(pilot, "f")
        await settled(pilot)
        assert box.value == "platformen"
        assert app.main.detail_id == PLATFORMEN


@pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x48"])
def test_sheet_screen_layout(snap_compare, briefings: Path, make_app: MakeApp, size) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from mhbrief.loader import load_collection
    from mhbrief.sheets import pin

    collection = load_collection(briefings)
    day = date(2026, 11, 28)
    sheets = Sheets(StateStore(briefings))
    sheets.add("Interview RTL", [pin(collection, i, day) for i in (GEMEENTE, ZORG)], day)
    sheets.set_note("Interview RTL", ZORG, "if asked about money")
    sheets.set_current("Interview RTL")

    async def run_before(pilot: Pilot[None]) -> None:
        await settled(pilot)
        await press(pilot, "down", "w")  # out of the search box, where w is a letter
        await pilot.pause()
        assert isinstance(pilot.app.screen, SheetScreen)

    assert snap_compare(make_app(briefings), terminal_size=size, run_before=run_before)


async def test_saved_searches_others_may_write_are_said_in_the_palette(
    briefings: Path, make_app: MakeApp
) -> None:
    store = StateStore(briefings)
    store.save_search("Digitaal", "platformen")
    searches = store.path("searches")
    searches.chmod(0o666)
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await settled(pilot)
        await press(pilot, "ctrl+p")
        await pilot.pause()
        await press(pilot, *"saved")
        await pilot.pause(0.3)
        said = [str(n.message) for n in app._notifications]
        assert any(
            m.startswith(display_path(searches)) and "can be written by other users" in m
            for m in said
        ), said


async def _a_sheet_of_two(pilot: Pilot[None], app: App[None]) -> None:
    """GEMEENTE (noted "opening line") then ZORG on the sheet 'Prep', the sheet screen open."""
    await settled(pilot)
    for item_id in (GEMEENTE, ZORG):
        app.main.open(item_id)  # type: ignore[attr-defined]
        await press(pilot, "a")
    await press(pilot, "w")
    await press(pilot, "n")
    await answer(pilot, "opening line")
    assert isinstance(app.screen, SheetScreen)


@SIZES
async def test_u_undoes_remove_move_note_and_rename_several_steps_back(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await _a_sheet_of_two(pilot, app)
        await press(pilot, "J")  # GEMEENTE below ZORG
        await press(pilot, "n")
        await answer(pilot, "changed my mind")
        await press(pilot, "x")  # GEMEENTE, with its note, off the sheet
        assert [e.id for e in app.screen.entries] == [ZORG]  # type: ignore[attr-defined]
        await press(pilot, "r")
        await answer(pilot, "Interview RTL")
        assert app.screen.sheet_name == "Interview RTL"  # type: ignore[attr-defined]

        await press(pilot, "u")  # the rename
        assert app.screen.sheet_name == "Prep"  # type: ignore[attr-defined]
        await press(pilot, "ctrl+z")  # the removal: back in its place, with its note
        entries = app.screen.entries  # type: ignore[attr-defined]
        assert [e.id for e in entries] == [ZORG, GEMEENTE]
        assert entries[1].pin.note == "changed my mind"
        await press(pilot, "u")  # the note
        assert "note: opening line" in sheet_rows(app)[1]
        await press(pilot, "u")  # the move
        assert [e.id for e in app.screen.entries] == [GEMEENTE, ZORG]  # type: ignore[attr-defined]
        await press(pilot, "u")  # the first note
        assert "note:" not in sheet_rows(app)[0]
        await press(pilot, "u")
        assert any("Nothing to undo" in str(n.message) for n in app._notifications)
        sheet = Sheets(app.state).get("Prep")  # type: ignore[attr-defined]
        assert sheet is not None and [p.id for p in sheet.pins] == [GEMEENTE, ZORG]
        assert Sheets(app.state).get("Interview RTL") is None  # type: ignore[attr-defined]


@SIZES
async def test_an_item_whose_file_has_problems_shows_its_pinned_text_and_speaker(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await _a_sheet_of_two(pilot, app)
        await press(pilot, "escape")
        path = briefings / "centrum-2018.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("published = 2018-11-13", "published = 2018-13-13"), "utf-8")
        app.main.start_sync()  # type: ignore[attr-defined]
        await settled(pilot)
        await press(pilot, "w")
        first = sheet_rows(app)[0]
        assert "Anna de Vries (woordvoerder)" in first
        assert "[file has problems (F8)]" in first and "MISSING" not in first
        assert GEMEENTE not in first.splitlines()[0]
        assert "Elke gemeente moet weten wie slachtoffers opvangt." in first
        preview = str(app.screen.query_one("#sheet-preview").render())
        assert "file has problems (F8)" in preview


async def test_an_open_sheet_follows_a_reload_so_screen_and_copy_agree(
    briefings: Path, make_app: MakeApp
) -> None:
    """A quote edited while its sheet is open: the sheet shows it CHANGED at once, and the
    Markdown c copies says the same as the screen (it once showed the old words)."""
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "advertisements")
        assert app.main.open("network-2026/platforms")
        await settle(pilot)
        await press(pilot, "a", "w")
        await pilot.pause()
        assert isinstance(app.screen, SheetScreen)
        assert "CHANGED" not in sheet_rows(app)[0]
        path = briefings / "network-2026.toml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("within a day", "within an hour"), encoding="utf-8")
        app.main.start_sync()
        await settled(pilot)
        assert isinstance(app.screen, SheetScreen)
        assert "CHANGED" in sheet_rows(app)[0]
        await press(pilot, "c")
        await pilot.pause()
        assert "within an hour" in app.clipboard and "CHANGED" in app.clipboard
