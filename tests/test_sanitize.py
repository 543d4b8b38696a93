"""The security boundary: nothing that drives a terminal survives loading."""

from __future__ import annotations

import pytest

from mhbrief.sanitize import (
    SHOWN_CHARS,
    has_controls,
    sanitize_line,
    sanitize_text,
    shown_id,
    shown_message,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain [bold]markup[/] stays", "plain [bold]markup[/] stays"),
        ("red \x1b[31mtext\x1b[0m", "red text"),
        ("title \x1b]0;pwned\x07 set", "title  set"),
        ("clip \x1b]52;c;ZXZpbA==\x1b\\ board", "clip  board"),
        ("link \x1b]8;;http://evil\x1b\\here\x1b]8;;\x1b\\", "link here"),
        ("dcs \x1bP1$r0m\x1b\\ end", "dcs  end"),
        ("c1 csi \x9b2J gone", "c1 csi  gone"),
        ("c1 osc \x9d0;x\x9c gone", "c1 osc  gone"),
        ("reset \x1bc done", "reset  done"),
        ("bell\x07 nul\x00 bs\x08 del\x7f", "bell nul bs del"),
        ("bidi \u202eevil\u202c and \u2066iso\u2069", "bidi evil and iso"),
        ("windows\r\nlines\rold mac", "windows\nlines\nold mac"),
        ("tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay"),
        ("unterminated \x1b]52;c;AAAA", "unterminated "),
        ("Dutch ë ï é and “quotes” stay", "Dutch ë ï é and “quotes” stay"),
    ],
)
def test_sanitize_text(raw: str, clean: str) -> None:
    assert sanitize_text(raw) == clean
    assert has_controls(raw) == (
        sanitize_text(raw) != raw.replace("\r\n", "\n").replace("\r", "\n")
    )


def test_sanitize_line_folds_whitespace() -> None:
    assert sanitize_line("  Shamir\n\tCeuleers \x1b[2J ") == "Shamir Ceuleers"


def test_an_echoed_value_is_cut_in_one_place_and_a_message_is_not() -> None:
    assert shown_id("q1") == "q1"
    assert shown_id("x" * SHOWN_CHARS) == "x" * SHOWN_CHARS
    cut = shown_id("x" * 100_000)
    assert cut == "x" * (SHOWN_CHARS - 1) + "…"
    assert shown_id("\u202eab" + "x" * 1000).startswith("\\u202eab")  # still nothing hidden
    message = "a message quoting a value: " + "y" * 500
    assert shown_message(message) == message
