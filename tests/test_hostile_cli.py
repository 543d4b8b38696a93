"""The commands on hostile input: exit codes, clear messages, nothing raw on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief.cli import main
from mhbrief.sanitize import SHOWN_CHARS


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


LONG = "x" * 100_000  # an id pasted by mistake: a whole page


@pytest.mark.parametrize(
    "argv",
    [
        ["show", LONG],
        ["related", LONG],
        ["sheet", "add", "s", LONG],
        ["sheet", "show", LONG],
        ["search", "--saved", LONG],
        ["search", "added:" + LONG],
    ],
    ids=["show", "related", "sheet add", "sheet show", "saved search", "added:"],
)
def test_a_100kb_id_is_echoed_cut_with_an_ellipsis(
    good_folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(["--briefings", str(good_folder), *argv]) in (1, 2)
    err = capsys.readouterr().err
    assert err.startswith("mhbrief: error: ")
    assert "x" * SHOWN_CHARS not in err  # cut, and said to be
    assert "x" * (SHOWN_CHARS // 2) + "…" in err
    assert len(err) < 2 * SHOWN_CHARS + 200


@pytest.mark.parametrize(
    "argv", [["sheet", "export", "s", "-o", ""], ["new", "-o", ""], ["new", "-o", " "]]
)
def test_an_empty_output_path_is_said_to_be_empty(
    good_folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--briefings", str(good_folder), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "the output path is empty; give a file name" in err
    assert "already exists" not in err
