"""Wrapped rows of help, the problems list and the themes pane continue under their text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.style import Style
from textual.visual import RenderOptions

from mhbrief.tui.hanging import Hanging
from mhbrief.tui.screens.help import KEY_COLUMNS, help_content

from .helpers import MakeApp, screen_lines, settle


def test_a_wrapped_row_continues_at_the_indent() -> None:
    text = Content(
        "  ctrl+p          command palette: jump to a theme, section, briefing or speaker"
    )
    rows = Hanging(text, 18).laid_out(50).plain.split("\n")
    assert rows[0] == "  ctrl+p          command palette: jump to a"
    assert all(row.startswith(" " * 18) and row[18] != " " for row in rows[1:])
    assert " ".join(" ".join(rows).split()) == " ".join(text.plain.split())  # nothing lost


def test_every_help_row_wraps_under_its_description() -> None:
    rows = Hanging(help_content(), KEY_COLUMNS).laid_out(60).plain.split("\n")
    assert any(row.startswith(" " * KEY_COLUMNS) for row in rows)  # some rows do wrap
    keyed = [row for row in rows if row.startswith("  ") and row.strip()]
    assert all(row[KEY_COLUMNS - 1] == " " for row in keyed)  # nothing under the keys' column end


async def test_a_long_problem_wraps_under_its_path_shown_in_the_folder(
    briefings: Path, make_app: MakeApp
) -> None:
    (briefings / "kapot").mkdir()
    (briefings / "kapot" / "lang.toml").write_text(
        'format = 1\nkind = "briefing"\nid = [\n', "utf-8"
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        lines = screen_lines(app)
        first = next(i for i, line in enumerate(lines) if line.startswith(" kapot/lang.toml:3"))
        assert str(briefings) not in "\n".join(lines[first : first + 3])  # the short form
        assert lines[first + 1].startswith("   ") and lines[first + 1][3] != " "


LONG_NAME = "2026-10-14-ckm-meer-meldingen-van-criminele-uitbuiting-van-kinderen.toml"


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_a_long_path_keeps_its_line_and_column_whole(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    (briefings / "ckm").mkdir()
    (briefings / "ckm" / LONG_NAME).write_text(
        'format = 1\nkind = "briefing"\n' + "\n" * 49 + "id = [\n", "utf-8"
    )
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        # Read as line 52, never as line 5: the location stands whole on one row.
        assert "kinderen.toml:52:" in text.replace("\n", "")
        rows = [line for line in screen_lines(app) if ".toml:5" in line]
        assert rows and all(".toml:52:" in row for row in rows)
        assert "ckm/" in text


def test_a_location_too_long_for_a_row_is_broken_inside_the_path_only() -> None:
    where = f"ckm/{LONG_NAME}:52:1:"
    text = Content(f"{where} error: placeholder left in 'speaker': replace it")
    rows = Hanging(text, 2, head=(len(where), len(where) - 6)).laid_out(60).plain.split("\n")
    assert rows[0] == "ckm/2026-10-14-ckm-meer-meldingen-van-criminele-uitbuiting-"
    assert rows[1].startswith("  van-kinderen.toml:52:1: error:")
    assert all(len(row) <= 60 for row in rows)
    assert "".join(row.strip() for row in rows[:2]).startswith(where)


def test_a_pane_measured_at_no_width_lays_out_without_failing() -> None:
    # Switching from the wide layout to tabs, Textual measured the themes pane at width 0:
    # the wrap's ``range(0, n, 0)`` raised and the app quit mid-resize.
    hanging = Hanging(Content("  3 Klanten van minderjarigen"), 4)
    assert "".join(hanging.laid_out(0).plain.split()) == "3Klantenvanminderjarigen"
    assert hanging.get_height({}, 0) >= 1
    assert hanging.render_strips(0, None, Style(), RenderOptions(lambda _: Style(), {})) == []
