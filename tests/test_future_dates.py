"""A published date after today: a warning at its line, never an error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from shared import BRIEFING, WriteFile

from mhbrief import future_dates
from mhbrief.cli import main
from mhbrief.loader import load_collection


def test_a_date_in_the_future_is_a_warning_at_its_line(
    good_folder: Path,
    write: WriteFile,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(future_dates, "today", lambda: date(2025, 3, 3))
    write("briefing.toml", BRIEFING.replace("published = 2018-11-13", "published = 2052-03-03"))
    monkeypatch.chdir(good_folder)
    assert main(["validate", "--briefings", "."]) == 0  # a warning: the exit code stays
    assert capsys.readouterr().out.splitlines() == [
        "briefing.toml:5:1: warning: published 2052-03-03 is in the future (today is "
        "2025-03-03), so newest first shows it above everything; check the year",
        "3 files checked: 0 errors, 1 warning",
    ]


def test_today_and_the_past_are_not_warned(
    good_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(future_dates, "today", lambda: date(2018, 11, 13))
    assert load_collection(good_folder).problems == ()
