"""The items of a briefing: its [[quotes]] and [[points]], each with its own id."""

from __future__ import annotations

from typing import Any

from mhbrief.format.checker import Checker
from mhbrief.model import Point, Quote, Stance, file_keys
from mhbrief.toml_positions import KeyPath

_QUOTE_KEYS = file_keys(Quote)
_POINT_KEYS = file_keys(Point)


def check_quotes(checker: Checker, table: dict[str, Any], bid: str) -> list[Quote]:
    quotes: list[Quote] = []
    for index, entry in checker.tables(table, "quotes"):
        key: KeyPath = ("quotes", index)
        checker.unknown_keys(entry, key, _QUOTE_KEYS)
        quote_id = checker.slug(entry, key, "id", required=True)
        speaker = checker.string(entry, key, "speaker", required=True)
        text = checker.string(entry, key, "text", required=True, multiline=True)
        role = checker.string(entry, key, "role")
        organisation = checker.string(entry, key, "organisation")
        context = checker.string(entry, key, "context", multiline=True)
        themes = checker.slugs(entry, key, "themes")
        refs = checker.refs(entry, key, "sections")
        if quote_id and speaker is not None and text is not None:
            quotes.append(
                Quote(
                    id=quote_id,
                    briefing_id=bid,
                    speaker=speaker,
                    text=text,
                    role=role,
                    organisation=organisation,
                    context=context,
                    themes=themes,
                    sections=refs,
                    line=checker.line_of(key),
                    places=checker.places(key) if themes or refs else (),
                )
            )
    return quotes


def check_points(checker: Checker, table: dict[str, Any], bid: str) -> list[Point]:
    points: list[Point] = []
    for index, entry in checker.tables(table, "points"):
        key: KeyPath = ("points", index)
        checker.unknown_keys(entry, key, _POINT_KEYS)
        point_id = checker.slug(entry, key, "id", required=True)
        stance = checker.enum(entry, key, "stance", Stance, required=True)
        text = checker.string(entry, key, "text", required=True, multiline=True)
        themes = checker.slugs(entry, key, "themes")
        refs = checker.refs(entry, key, "sections")
        if point_id and stance is not None and text is not None:
            point = Point(
                id=point_id,
                briefing_id=bid,
                stance=stance,
                text=text,
                themes=themes,
                sections=refs,
                line=checker.line_of(key),
                places=checker.places(key) if themes or refs else (),
            )
            points.append(point)
    return points
