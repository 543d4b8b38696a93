"""Widget lines: a video player's controls and a lead-in to a video the copy lost."""

from __future__ import annotations

import pytest

from mhbrief.importer.widget_lines import is_widget_line


@pytest.mark.parametrize(
    "line",
    [
        "close video ad",
        "Mutetoggle ad audio on off",
        "Play video Fullscreen",
        "Watch a video of the mayor opening the shelter here:",
        "Bekijk hieronder de beelden van de inval:",
    ],
)
def test_player_controls_and_watch_lead_ins_are_widget_lines(line: str) -> None:
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "on off",
        "Close the door on the ad.",
        "See the video of the raid, which neighbours filmed, and judge for yourself.",
        "Watch this space.",
    ],
)
def test_prose_and_bare_small_words_stay(line: str) -> None:
    assert not is_widget_line(line)
