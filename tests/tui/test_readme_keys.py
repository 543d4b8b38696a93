"""The README's key table stays in step with the help screen."""

from __future__ import annotations

import re
from pathlib import Path

from mhbrief.tui.screens.help import KEYS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_key_on_the_help_screen_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    table = {cell for row in re.findall(r"^\| (.+?) \|", readme, re.M) for cell in row.split()}
    keys = [
        key.strip(",").lower()
        for section, rows in KEYS
        if section == "Anywhere"
        for spec, _what in rows
        for key in spec.split()
    ]
    shown = {cell.strip("`,").lower() for cell in table}
    missing = [key for key in keys if key not in shown]
    assert not missing, f"keys on the help screen but not in the README: {missing}"
