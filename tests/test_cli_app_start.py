"""What ``mhbrief`` with no command sets up before Textual loads."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = (
    "from mhbrief.cli.main import quick_escape; quick_escape(); "
    "from textual import constants; print(constants.ESCAPE_DELAY)"
)


@pytest.mark.parametrize(("preset", "delay"), [(None, "0.02"), ("300", "0.3")])
def test_esc_answers_without_textuals_tenth_of_a_second_unless_the_user_says(
    preset: str | None, delay: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ESCDELAY"}
    if preset is not None:
        env["ESCDELAY"] = preset
    shown = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == delay
