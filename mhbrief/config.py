"""User settings: a small TOML file in the user config folder.

A missing file means defaults. A bad file never stops the app: each problem
becomes a notice and the affected values keep their defaults.
"""

from __future__ import annotations

import errno
import shlex
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mhbrief.format import read_capped
from mhbrief.sanitize import sanitize_line
from mhbrief.suggest import did_you_mean

DEFAULT_OLD_AFTER_DAYS = 730
DEFAULT_THEME = "textual-dark"


@dataclass(frozen=True)
class Settings:
    """What a user can change in ``config.toml``."""

    #: Items from briefings published longer ago than this are marked "old".
    old_after_days: int = DEFAULT_OLD_AFTER_DAYS
    #: A Textual theme name, e.g. "textual-dark", "textual-light", "nord".
    theme: str = DEFAULT_THEME
    #: The editor command for opening a problem at its line (default: $EDITOR).
    editor: str | None = None
    #: Re-sync when files in the briefings folder change.
    live_reload: bool = True


EXAMPLE = f"""\
# mhbrief settings
old_after_days = {DEFAULT_OLD_AFTER_DAYS}   # mark items older than this many days
theme = "{DEFAULT_THEME}"      # any Textual theme, e.g. "textual-light", "nord"
# editor = "nano"              # default: $EDITOR
live_reload = true
"""

_EXPECTED = {
    "old_after_days": (int, "a whole number of days, e.g. 730"),
    "theme": (str, 'a theme name in quotes, e.g. "textual-light"'),
    "editor": (str, 'a command in quotes, e.g. "nano"'),
    "live_reload": (bool, "true or false"),
}


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in ``path`` and a notice for each problem (defaults used there)."""
    try:
        # Regular files only, size-capped: a FIFO here would hang the app at start.
        raw = read_capped(path)
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            return Settings(), [f"{_shown(path)}: not a regular file; using default settings"]
        return Settings(), [
            f"{_shown(path)}: cannot read settings ({exc.strerror}); using defaults"
        ]
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Settings(), [f"{_shown(path)}: not UTF-8 text; using default settings"]
    except tomllib.TOMLDecodeError as exc:
        return Settings(), [f"{_shown(path)}: {sanitize_line(str(exc))}; using default settings"]
    return parse_settings(data, where=_shown(path))


def parse_settings(data: dict[str, object], *, where: str = "config") -> tuple[Settings, list[str]]:
    """Settings from parsed TOML; unknown keys and wrong types become notices."""
    values: dict[str, Any] = {}
    notices: list[str] = []
    for key, value in data.items():
        shown_key = sanitize_line(key)
        if key not in _EXPECTED:
            hint = did_you_mean(key, _EXPECTED)
            notices.append(f"{where}: unknown setting '{shown_key}'{hint}; ignored")
            continue
        kind, expected = _EXPECTED[key]
        valid = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if isinstance(value, int) and value < 0:
            valid = False
        if not valid:
            notices.append(f"{where}: '{shown_key}' should be {expected}; using the default")
            continue
        if key == "editor" and isinstance(value, str):
            problem = editor_problem(value)
            if problem:
                notices.append(f"{where}: 'editor' {problem}; using $EDITOR instead")
                continue
        values[key] = value
    return Settings(**values), notices


def editor_problem(command: str) -> str | None:
    """Why ``command`` cannot be split into an editor command line, or None."""
    try:
        words = shlex.split(command)
    except ValueError as exc:  # e.g. "No closing quotation"
        return f"cannot be read as a command ({str(exc).lower()}): {sanitize_line(command)!r}"
    if not words:
        return "is empty"
    return None


def _shown(path: Path) -> str:
    return sanitize_line(str(path))
