"""Words for problems: how a value, a table and a badly written id are described.

Everything here is safe to show: values from the file pass through
:func:`~mhbrief.sanitize.shown_id` or :func:`~mhbrief.sanitize.sanitize_line`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from mhbrief.sanitize import sanitize_line, shown_id
from mhbrief.toml_positions import KeyPath


def describe_value(value: object) -> str:
    """A short, safe description of a TOML value for messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        shown = shown_id(value)
        return f"the text '{shown[:40]}{'…' if len(shown) > 40 else ''}'"
    if isinstance(value, datetime):
        return "a date with a time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a value"


def in_table(key: KeyPath) -> str:
    """Where a key is missing from, for "missing required key" ("" at the top)."""
    if len(key) >= 2 and isinstance(key[1], int):
        return f" in this [[{key[0]}]] entry"
    if len(key) == 2 and key[0] == "themes":
        return f" in [themes.{sanitize_line(str(key[1]))}]"
    return ""


def slug_message(what: str, value: str, dots: bool = False) -> str:
    """An id with characters ids may not have, with the id it could be instead."""
    allowed = "lowercase letters, digits, dashes" + (" and dots" if dots else "")
    suggestion = re.sub(r"[^a-z0-9.]+" if dots else r"[^a-z0-9]+", "-", value.lower()).strip("-.")
    hint = f" (for example '{suggestion}')" if suggestion else ""
    return f"{what} '{shown_id(value)}' must use only {allowed}{hint}"
