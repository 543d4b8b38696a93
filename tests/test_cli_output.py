"""Every command's output in any locale and on a faulty stdout: one line, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from mhbrief.cli.streams import look_alike

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "browse"
QUOTE = "centrum-2018/gemeente"
CLI = "import sys; from mhbrief.cli import main; sys.exit(main())"
#: Every command that prints, as a user runs it.
PRINTING = (
    ("validate",),
    ("index",),
    ("search", "gemeente"),
    ("search", "--json", "gemeente"),
    ("show", QUOTE, "--cite"),
    ("speakers",),
    ("related", QUOTE),
    ("sheet", "show", "Interview"),
    ("sheet", "export", "Interview"),
    ("new",),
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The browse fixture with a prep sheet holding a note in typographic quotes."""
    briefings = tmp_path / "briefings"
    shutil.copytree(FIXTURE, briefings)
    added = mhbrief(tmp_path, "sheet", "add", "Interview", QUOTE, "--note", "zeg “dit” … – ok")
    assert added.returncode == 0, added.stderr
    return briefings


def mhbrief(
    tmp_path: Path,
    *argv: str,
    stdout: object = subprocess.PIPE,
    command: Sequence[str] = (sys.executable,),
    **env: str,
) -> subprocess.CompletedProcess[bytes]:
    environment = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "MHBRIEF_BRIEFINGS": str(tmp_path / "briefings"),
        **env,
    }
    return subprocess.run(
        [*command, "-c", CLI, *argv],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        env=environment,
        timeout=120,
        check=False,
    )


def failed(argv: Sequence[str]) -> int:
    """A command's exit code for an error: 1, but 2 for ``search``, whose 1 means nothing found."""
    return 2 if argv[0] == "search" else 1


def errors(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return [line for line in done.stderr.decode().splitlines() if line.startswith("mhbrief: error")]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("argv", PRINTING, ids=" ".join)
def test_a_full_disk_under_stdout_ends_with_one_line_and_an_error_code(
    folder: Path, tmp_path: Path, argv: Sequence[str]
) -> None:
    with open("/dev/full", "wb") as full:
        done = mhbrief(tmp_path, *argv, stdout=full)
    assert done.returncode == failed(argv)
    assert b"Traceback" not in done.stderr
    assert b"Exception ignored" not in done.stderr
    assert errors(done) == ["mhbrief: error: cannot write the output (No space left on device)"]


@pytest.mark.parametrize("argv", [("search", "--json", "gemeente"), ("show", QUOTE, "--cite")])
def test_a_closed_stdout_ends_with_one_line_and_an_error_code(
    folder: Path, tmp_path: Path, argv: Sequence[str]
) -> None:
    assert mhbrief(tmp_path, *argv).returncode == 0  # with a stdout, the command works
    # "exec ... >&-": started with descriptor 1 closed, as a shell does it.
    closed = ("sh", "-c", 'exec "$@" >&-', "sh", sys.executable)
    done = mhbrief(tmp_path, *argv, stdout=subprocess.DEVNULL, command=closed)
    assert done.returncode == failed(argv)
    assert b"Traceback" not in done.stderr
    assert errors(done) == ["mhbrief: error: cannot write the output (standard output is closed)"]


@pytest.mark.parametrize(
    "argv",
    [
        ("show", QUOTE, "--cite"),
        ("show", QUOTE, "--source"),
        ("sheet", "export", "Interview"),
        ("sheet", "show", "Interview"),
        ("search", "gemeente"),
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_a_locale_without_typographic_quotes_gets_ascii_look_alikes(
    folder: Path, tmp_path: Path, argv: Sequence[str], encoding: str
) -> None:
    done = mhbrief(tmp_path, *argv, PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode(encoding)
    assert "gemeente" in out
    if argv[0] != "search":  # the quote in plain quotes, not “ or \\u201c
        assert ('"*Elke gemeente' if "--source" in argv else '"Elke gemeente') in out
    if argv[0] == "sheet":
        assert 'zeg "dit" ... - ok' in out
    assert "\\u20" not in out


def test_look_alikes_keep_the_text_readable() -> None:
    assert "".join(map(look_alike, "“a” ‘b’ c… d–e—f")) == "\"a\" 'b' c... d-e-f"
    assert look_alike("ë") == "e"
    assert look_alike("─") == "-"
    assert look_alike("│") == "|"
    assert look_alike("┌") == "+"
    assert look_alike("▔") == "-"
    assert look_alike("中") == "?"


def test_a_file_that_fails_is_named_short_and_not_called_the_output(tmp_path: Path) -> None:
    long_name = "a" * 100_000
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from mhbrief.cli import main; sys.exit(main())",
            "validate",
            long_name,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "cannot write" not in done.stderr
    assert max(len(line) for line in done.stderr.splitlines()) < 400
