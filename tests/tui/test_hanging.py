"""Wrapped rows of help, the problems list and the themes pane continue under their text."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content

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
