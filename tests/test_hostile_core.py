"""Loading hostile and odd briefing files: every problem has a place and a clear message."""

from __future__ import annotations

from pathlib import Path

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
