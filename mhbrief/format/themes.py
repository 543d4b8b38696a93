"""A themes file: its [themes.<id>] tables, each with a label and a description."""

from __future__ import annotations

from typing import Any

from mhbrief.format.checker import SLUG, TOP_KEYS, Checker
from mhbrief.format.messages import slug_message
from mhbrief.model import Theme, ThemesFile, file_keys

_THEMES_KEYS = (*TOP_KEYS, "themes")
_THEME_KEYS = tuple(key for key in file_keys(Theme) if key != "id")  # [themes.<id>]


def check_themes_file(checker: Checker, table: dict[str, Any]) -> ThemesFile:
    checker.unknown_keys(table, (), _THEMES_KEYS)
    themes_table = table.get("themes")
    themes: list[Theme] = []
    if themes_table is None:
        checker.error((), "a themes file needs [themes.<id>] tables with a 'label'")
    elif not isinstance(themes_table, dict):
        checker.error(("themes",), "'themes' must be tables: [themes.<id>] with label = \"...\"")
    else:
        for theme_id, entry in themes_table.items():
            key = ("themes", theme_id)
            if not SLUG.fullmatch(theme_id):
                checker.error(key, slug_message("theme id", theme_id))
                continue
            if not isinstance(entry, dict):
                checker.error(key, f"theme '{theme_id}' must be a table with label = \"...\"")
                continue
            checker.unknown_keys(entry, key, _THEME_KEYS)
            label = checker.string(entry, key, "label", required=True)
            description = checker.string(entry, key, "description", multiline=True)
            themes.append(
                Theme(
                    id=theme_id,
                    label=label or theme_id,
                    description=description or "",
                    path=checker.path,
                    line=checker.line_of(key),
                )
            )
    return ThemesFile(checker.path, tuple(themes))
