"""Every command's output in any locale and on a faulty stdout: one line, never a traceback."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from mhbrief import cli
from mhbrief.cli.output import cells, wrap
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


# --- long lines on a terminal ----------------------------------------------------------

REPO_BRIEFINGS = Path(__file__).resolve().parents[1] / "briefings"
CKM_QUOTE = "ckm-2018-11-13-mensenhandel-ambitie/citaat-1-geen-extra-middelen"
_STYLE = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    """Standard output as a terminal."""

    def isatty(self) -> bool:
        return True


def printed(
    monkeypatch: pytest.MonkeyPatch, argv: Sequence[str], *, colour: bool = True
) -> tuple[str, str]:
    """What ``mhbrief argv`` prints piped, and on a terminal 80 columns wide."""
    if colour:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:  # marks as when piped (show --source: *quote*), so the words compare
        monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((80, 24)))
    outputs = []
    for out in (io.StringIO(), Terminal()):
        monkeypatch.setattr(sys, "stdout", out)
        assert cli.main(list(argv)) == 0
        outputs.append(out.getvalue())
    return outputs[0], outputs[1]


def assert_wrapped(piped: str, terminal: str, *, long: bool = True) -> None:
    """The terminal's lines fit 80 columns, with every word of the piped text whole
    (``long``: and the piped text has longer lines, written whole)."""
    shown = _STYLE.sub("", terminal)
    assert max(cells(line) for line in shown.splitlines()) <= 80, shown
    assert shown.split() == piped.split()  # no word cut in two, none lost
    assert max(cells(line) for line in piped.splitlines()) > 80 or not long  # piped: whole


def test_search_on_a_terminal_wraps_at_its_width_and_keeps_dates_and_ids_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = ["search", "--briefings", str(REPO_BRIEFINGS), "extra", "middelen"]
    piped, terminal = printed(monkeypatch, argv)
    assert_wrapped(piped, terminal)
    lines = _STYLE.sub("", terminal).splitlines()
    assert lines[0].startswith(f"{CKM_QUOTE}  quote · Shamir")
    assert "  2018-11-13" in lines  # the byline's end, continued two in: never "2018 / -11-13"
    # A fragment continues under itself, four in; a field's text under the text, past its label.
    fragment = lines.index(next(line for line in lines if line.startswith("    …over de brug")))
    assert lines[fragment + 1].startswith("    ") and not lines[fragment + 1].startswith("     ")
    assert f"\n{CKM_QUOTE}  quote · Shamir Ceuleers (woordvoerder CKM) · " in "\n" + piped


def test_show_on_a_terminal_wraps_each_value_under_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    piped, terminal = printed(monkeypatch, ["show", "--briefings", str(REPO_BRIEFINGS), CKM_QUOTE])
    assert_wrapped(piped, terminal)
    lines = _STYLE.sub("", terminal).splitlines()
    cite = lines.index(next(line for line in lines if line.startswith("cite: “Ook komt")))
    assert all(line.startswith("      ") for line in lines[cite + 1 :] if line)
    assert any("13 november 2018" in line for line in lines[cite:])  # a date never split
    context = next(i for i, line in enumerate(lines) if line.startswith("context: "))
    assert lines[context + 1].startswith(" " * len("context: "))


def test_show_cite_is_printed_whole_on_a_terminal_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """What staff copy: a terminal copies its own soft-wrapped line whole, where line
    breaks of ours would end up in the pasted citation."""
    argv = ["show", "--briefings", str(REPO_BRIEFINGS), CKM_QUOTE, "--cite"]
    piped, terminal = printed(monkeypatch, argv)
    assert terminal == piped and piped.count("\n") == 1 and len(piped) > 200


def test_sheet_show_source_and_speakers_wrap_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    where = ["--briefings", str(REPO_BRIEFINGS)]
    note = (
        "eerst dit zeggen, dan pas de cijfers noemen als de interviewer erom vraagt en niet eerder"
    )
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert cli.main(["sheet", "add", "Interview", CKM_QUOTE, "--note", note, *where]) == 0
    for argv in (
        ["sheet", "show", "Interview", *where],
        ["show", CKM_QUOTE, "--source", *where],
        ["speakers", *where],
    ):
        piped, terminal = printed(monkeypatch, argv, colour=False)
        assert_wrapped(piped, terminal, long=argv[0] != "speakers")
    piped, terminal = printed(monkeypatch, ["sheet", "show", "Interview", *where])
    lines = terminal.splitlines()
    noted = lines.index(next(line for line in lines if line.startswith("   note: eerst")))
    assert lines[noted + 1].startswith(" " * len("   note: "))


def test_wrapped_output_shows_hostile_text_literally_with_only_our_styles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURE, folder)
    path = folder / "centrum-2018.toml"
    hostile = (
        "Elke gemeente \\u001b]52;c;aGFjaw==\\u0007moet weten [bold]wie[/bold] "
        "slachtoffers \\u001b[2Jopvangt, \\u009b31mook als het een heel lange zin wordt die "
        "over de rand van het scherm loopt en verder."
    )
    text = path.read_text(encoding="utf-8")
    old = "Elke gemeente moet weten wie slachtoffers opvangt."
    path.write_text(text.replace(old, hostile), encoding="utf-8")
    piped, terminal = printed(monkeypatch, ["search", "--briefings", str(folder), "slachtoffers"])
    assert_wrapped(piped, terminal)
    assert "[bold]wie[/bold]" in terminal  # shown as typed, never as markup
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", _STYLE.sub("", terminal))


def test_wrap_breaks_at_spaces_only_and_indents_what_follows() -> None:
    line = "    " + "woord " * 30 + "2018-11-13"
    wrapped = wrap(line, 40)
    assert all(cells(part) <= 40 for part in wrapped)
    assert all(part.startswith("    woord") or part == "    2018-11-13" for part in wrapped)
    assert " ".join(wrapped).split() == line.split()
    assert wrap("label: " + "x" * 50 + " en meer", 30, hang=7) == [
        "label:",
        "       " + "x" * 50,  # a word wider than the line has one of its own, uncut
        "       en meer",
    ]
    assert wrap("kort", 40) == ["kort"]


def test_wrap_keeps_dates_no_break_spaces_and_separators_with_their_words() -> None:
    assert wrap("Shamir Ceuleers, 13 november 2018 (Titel)", 25) == [
        "Shamir Ceuleers,",
        "13 november 2018 (Titel)",
    ]
    assert wrap("aaaa bbbb\u00a0cccc", 10) == ["aaaa", "bbbb\u00a0cccc"]
    assert wrap("a quote · Anna de Vries", 9) == ["a quote ·", "Anna de", "Vries"]


def test_wrap_counts_columns_not_characters_and_reopens_a_style_after_a_break() -> None:
    assert cells("\x1b[1mvet\x1b[0m") == 3 and cells("日本") == 4 and cells("e\u0301") == 1
    on, off = "\x1b[1;4m", "\x1b[0m"
    wrapped = wrap(f"  {on}een gemarkeerd stuk{off} tekst", 16)
    assert wrapped == [f"  {on}een gemarkeerd{off}", f"  {on}stuk{off} tekst"]
