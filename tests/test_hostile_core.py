"""Loading hostile and odd briefing files: every problem has a place and a clear message."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from mhbrief.format import parse_file


def parse(tmp_path: Path, text: str, name: str = "x.toml") -> list[tuple[int | None, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(p.line, p.message) for p in parse_file(path).problems]


def test_a_quoted_key_with_unicode_escapes_is_located(tmp_path: Path) -> None:
    problems = parse(
        tmp_path,
        'format = 1\nkind = "themes"\n[themes."k\\u001b[2Jey"]\nlabel = "x"\n',
    )
    assert len(problems) == 1
    line, message = problems[0]
    assert line == 3
    assert "\x1b" not in message


def test_an_unknown_key_written_with_escapes_is_located(tmp_path: Path) -> None:
    problems = parse(
        tmp_path,
        'format = 1\nkind = "themes"\n[themes.a]\nlabel = "x"\n"note\\tx" = 1\n',
    )
    assert [line for line, _ in problems] == [5]


THEMES = 'format = 1\nkind = "themes"\n\n[themes.digitaal]\nlabel = "Digitaal"\n'


def test_a_utf16_file_is_named_as_utf16_not_as_binary(tmp_path: Path) -> None:
    # Windows Notepad's "Unicode" is UTF-16 with a byte order mark.
    path = tmp_path / "themes.toml"
    path.write_bytes(THEMES.replace("\n", "\r\n").encode("utf-16"))
    source = parse_file(path)
    assert source.document is None
    [problem] = source.problems
    assert "UTF-16" in problem.message
    assert "UTF-8" in problem.message
    assert "binary" not in problem.message


def test_old_mac_line_endings_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "themes.toml"
    path.write_bytes(THEMES.replace("\n", "\r").encode("utf-8"))
    source = parse_file(path)
    assert source.problems == ()
    assert source.document is not None


def test_old_mac_line_endings_keep_problem_lines(tmp_path: Path) -> None:
    path = tmp_path / "themes.toml"
    path.write_bytes((THEMES + "labl = 1\n").replace("\n", "\r").encode("utf-8"))
    assert [p.line for p in parse_file(path).problems] == [6]


def test_a_syntax_error_at_the_end_of_the_file_has_a_line(tmp_path: Path) -> None:
    # tomllib says "(at end of document)" instead of a line and column.
    [(line, message)] = parse(tmp_path, THEMES + "broken =")
    assert line == 6
    assert message.startswith("TOML syntax:")
    assert "end of the file" in message
    # A list left open there is told where it opened (tests/test_toml_hints.py).
    [(line, message)] = parse(tmp_path, THEMES + "broken = [")
    assert line == 6
    assert "this list is not closed" in message


def test_a_file_name_that_is_not_utf8_prints_as_utf8(tmp_path: Path) -> None:
    # On Linux such a name arrives as lone surrogates, which a UTF-8 terminal
    # (Python's strict stdout) cannot print: every problem line would crash.
    import json
    import os

    from mhbrief.loader import load_collection

    folder = tmp_path / "briefings"
    folder.mkdir()
    name = os.fsdecode(b"bad\xfename.toml")
    (folder / name).write_text(THEMES + "labl = 1\n", encoding="utf-8")
    [problem] = load_collection(folder).problems
    line = problem.format(tmp_path)
    assert line.encode("utf-8").startswith(b"briefings/bad\xef\xbf\xbdname.toml:6:1: error:")
    json.dumps(problem.to_json(tmp_path), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    "ending",
    ["broken =", "broken = ", "a.", "a.b.", '"a', "a = '", "x = [", "[a.", "[[quotes", "x = {"],
)
def test_a_file_cut_off_anywhere_gives_a_problem_and_never_hangs(
    tmp_path: Path, ending: str
) -> None:
    """A file saved mid-edit ("key =" at its very end) hung the position scanner: the
    end of the text was read as a quote mark. A guard turns a hang into a failure."""

    def hung(*_: object) -> None:
        raise AssertionError(f"parsing a file ending in {ending!r} did not finish")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        problems = parse(tmp_path, THEMES + ending)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert problems and all(line == 6 for line, _ in problems), problems
