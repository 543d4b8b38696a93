"""``mhbrief validate``: one line per problem, a summary, and an honest exit code."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from shared import REPO, WriteFile

from mhbrief.cli import main


def test_clean_folder_exits_0(good_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--briefings", str(good_folder)]) == 0
    assert capsys.readouterr().out == "3 files checked: 0 errors, 0 warnings\n"


def test_errors_print_as_path_line_col_and_exit_1(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write("bad.toml", 'format = 1\nkind = "themes"\n[themes.x]\nlabel = "X"\nlabl = "y"\n')
    monkeypatch.chdir(good_folder.parent)
    assert main(["validate", "--briefings", "briefings"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "briefings/bad.toml:5:1: error: unknown key 'labl' (did you mean 'label'?); "
        "fix the name or remove it (unknown keys are not ignored)",
        "4 files checked: 1 error, 0 warnings",
    ]


def test_paths_limit_the_report_and_the_exit_code(
    good_folder: Path, write: WriteFile, capsys: pytest.CaptureFixture[str]
) -> None:
    write("bad.toml", "format = 3\n")
    good = str(good_folder / "briefing.toml")
    assert main(["validate", "--briefings", str(good_folder), good]) == 0
    assert capsys.readouterr().out.endswith("1 file checked: 0 errors, 0 warnings\n")
    assert main(["validate", "--briefings", str(good_folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 1
    assert report["problems"][0]["line"] == 1
    assert report["problems"][0]["message"] == "unsupported format 3, this mhbrief reads format 1"


def test_missing_folder_is_an_error_not_a_fallback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["validate", "--briefings", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err
    monkeypatch.setenv("MHBRIEF_BRIEFINGS", str(tmp_path / "gone"))
    assert main(["validate"]) == 2
    assert "MHBRIEF_BRIEFINGS" in capsys.readouterr().err


def test_environment_and_example_fallback(
    good_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MHBRIEF_BRIEFINGS", str(good_folder))
    assert main(["validate", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["briefings"] == str(good_folder)

    monkeypatch.delenv("MHBRIEF_BRIEFINGS")
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    monkeypatch.chdir(empty)
    main(["validate"])
    err = capsys.readouterr().err
    assert "using the example briefings shipped with mhbrief" in err
    assert str(REPO / "briefings") in err or "mhbrief/examples" in err


def test_global_options_work_before_the_command(
    good_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--briefings", str(good_folder), "validate"]) == 0
    assert "3 files checked" in capsys.readouterr().out


def test_a_file_named_twice_is_not_its_own_duplicate(
    good_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "elsewhere" / "new.toml"
    outside.parent.mkdir()
    outside.write_text(
        (good_folder / "briefing.toml")
        .read_text(encoding="utf-8")
        .replace('id = "org-2018-stelling"', 'id = "outside-one"', 1),
        encoding="utf-8",
    )
    again = outside.parent / ".." / "elsewhere" / "new.toml"
    assert main(["validate", "--briefings", str(good_folder), str(outside), str(again)]) == 0
    assert capsys.readouterr().out.endswith("1 file checked: 0 errors, 0 warnings\n")


def test_a_fifo_in_the_folder_is_reported_not_waited_on(
    good_folder: Path, fifo: Callable[[Path], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    fifo(good_folder / "pipe.toml")
    assert main(["validate", "--briefings", str(good_folder)]) == 1
    out = capsys.readouterr().out
    assert "pipe.toml: error: cannot read file: not a regular file" in out
    assert "0 errors" not in out


def test_a_draft_is_a_note_counted_in_neither_total_and_the_exit_code_stays(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = good_folder / "briefing.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'))
    monkeypatch.chdir(good_folder.parent)
    assert main(["validate", "--briefings", "briefings"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("briefings/briefing.toml:3:1: note: draft: not reviewed yet")
    assert out[1] == "3 files checked: 0 errors, 0 warnings, 1 note"
    assert main(["validate", "--briefings", "briefings", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["errors"], data["warnings"], data["notes"]) == (0, 0, 1)
    assert data["problems"][0]["severity"] == "note"
    write("bad.toml", "format = 3\n")
    assert main(["validate", "--briefings", "briefings"]) == 1
    assert "4 files checked: 1 error, 0 warnings, 1 note" in capsys.readouterr().out


class _Terminal(io.StringIO):
    """Standard output as a terminal."""

    def isatty(self) -> bool:
        return True


LONG_NAME = "2026-10-14-ckm-meer-meldingen-van-criminele-uitbuiting-van-kinderen.toml"


def test_on_a_terminal_problems_wrap_at_spaces_and_keep_line_and_column_whole(
    good_folder: Path, write: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(f"ckm/{LONG_NAME}", 'format = 1\nkind = "briefing"\n' + "\n" * 49 + "id = [\n")
    write("date.toml", 'format = 1\nkind = "themes"\npublished = 12-03-2024\n')
    monkeypatch.chdir(good_folder)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((80, 24)))
    outputs = []
    for out in (io.StringIO(), _Terminal()):
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["validate", "--briefings", "."]) == 1
        outputs.append(out.getvalue())
    piped, terminal = outputs
    rows = terminal.splitlines()
    assert max(len(row) for row in rows) <= 80
    assert max(len(row) for row in piped.splitlines()) > 80  # piped: one line each, whole
    # Read as line 52, never cut as ":5" / "2:1:"; a path too long is broken inside it.
    assert rows[0] == "ckm/2026-10-14-ckm-meer-meldingen-van-criminele-uitbuiting-van-"
    assert rows[1].startswith("  kinderen.toml:52:6: error: this list is not closed:")
    # Words are never cut: the message reads the same, only its spaces differ.
    assert " ".join(terminal.split()).replace("- ", "-") == " ".join(piped.split())
    assert "date.toml:3:13: error: dates are written YYYY-MM-DD" in terminal
    assert rows[-1] == "5 files checked: 2 errors, 0 warnings"


def test_a_typo_in_the_themes_file_is_the_first_line_not_the_last_of_many(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One unclosed string in themes.toml made every theme reference an error of its own,
    and the cause was buried under them (finding 1 of the CLI walk-through)."""
    themes = good_folder / "themes.toml"
    themes.write_text(themes.read_text().replace('label = "Digitaal"', 'label = "Digitaal'))
    monkeypatch.chdir(good_folder.parent)
    assert main(["validate", "--briefings", "briefings"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        'briefings/themes.toml:5:9: error: this text is not closed: the " opened here has no '
        'closing " on the same line; add it at the end of the value (for text over several '
        'lines use """ ... """)',
        "briefings/themes.toml:5:9: error: 3 references to themes in 2 other files not "
        "checked: this themes file did not load, so each would be reported as unknown; fix "
        "its error first (they are checked once it loads)",
        "3 files checked: 2 errors, 0 warnings",
    ]
    # Only the briefing named: the themes file that held it back is still shown, and fails it.
    assert main(["validate", "--briefings", "briefings", "briefings/briefing.toml"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in out] == [
        "briefings/themes.toml:5:9",
        "briefings/themes.toml:5:9",
        "1 file checked",
    ]


def test_a_duplicate_item_id_points_at_both_id_lines(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not at the [[quotes]] headers: the docs say errors point at the key to edit."""
    head = 'format = 1\nkind = "briefing"\nid = "n"\ntitle = "T"\npublished = 2018-11-13\n'
    head += 'organisation = "O"\nsource_type = "report"\n'
    quote = '\n[[quotes]]\nspeaker = "A"\ntext = "t"\nid = "quote-1"\n'
    write("nieuw.toml", head + quote + quote)
    monkeypatch.chdir(good_folder)
    assert main(["validate", "--briefings", ".", "nieuw.toml"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "nieuw.toml:17:1: error: duplicate item id 'quote-1' (first used at line 12); "
        "give each one its own id"
    )


def test_an_unknown_theme_is_offered_a_typo_fix_never_another_theme(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write(
        "themes.toml",
        'format = 1\nkind = "themes"\n[themes.criminele-uitbuiting]\nlabel = "C"\n'
        '[themes.digitaal]\nlabel = "D"\n[themes.financiering]\nlabel = "F"\n',
    )
    briefing = good_folder / "briefing.toml"
    text = briefing.read_text().replace('themes = ["digitaal"]', 'themes = ["digitale"]')
    briefing.write_text(text.replace('["financiering"]', '["digitale-uitbuiting"]'))
    monkeypatch.chdir(good_folder)
    assert main(["validate", "--briefings", "."]) == 1
    out = capsys.readouterr().out.splitlines()
    listed = " (criminele-uitbuiting, digitaal, financiering)"
    assert out[:2] == [
        "briefing.toml:17:11: error: unknown theme 'digitale' (did you mean 'digitaal'?); use a "
        f"theme id from the themes file{listed} or add the theme there",
        "briefing.toml:24:11: error: unknown theme 'digitale-uitbuiting'; use a theme id from "
        f"the themes file{listed} or add the theme there",
    ]


def test_errors_come_before_warnings_and_notes_whatever_the_path_order(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = good_folder / "briefing.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'))
    write("zz.toml", "format = 3\n")
    monkeypatch.chdir(good_folder)
    assert main(["validate", "--briefings", "."]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[:2] for line in out[:2]] == [
        ["zz.toml:1:1", "error"],
        ["briefing.toml:3:1", "note"],
    ]


def test_an_empty_folder_says_it_holds_no_briefing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "briefingz"
    empty.mkdir()
    assert main(["validate", "--briefings", str(empty)]) == 0
    out, err = capsys.readouterr()
    assert "0 files checked" in out
    assert f"no briefing files (*.toml) in {empty}" in err
    assert "--briefings DIR" in err
