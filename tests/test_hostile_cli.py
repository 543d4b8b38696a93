"""The commands on hostile input: exit codes, clear messages, nothing raw on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief.cli import main


def test_show_never_echoes_escape_sequences_from_an_unknown_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    assert main(["show", "--briefings", str(folder), "x\x1b]0;pwned\x07y\x1b[31m"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "no item with id 'xy'" in err


def test_validate_says_a_folder_is_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefings"
    (folder / "sub").mkdir(parents=True)
    assert main(["validate", "--briefings", str(folder), str(folder / "sub")]) == 1
    out = capsys.readouterr().out
    assert "not found" not in out
    assert "is a folder" in out
