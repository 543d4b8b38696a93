"""An index record (the JSON stored with each document) read back as a :class:`Hit`.

Shared by :mod:`mhbrief.engine.search` (a query's hits), :mod:`mhbrief.engine.related`
and the Whoosh engine's last-indexed hit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from mhbrief.engine.highlight import record_highlights
from mhbrief.engine.index import is_failing
from mhbrief.model import Kind, Stance, Status
from mhbrief.results import Hit


def hit_from_record(data: Mapping[str, Any], problem_sources: frozenset[str]) -> Hit:
    """The hit for a stored index record read back by id (no query: no score, no marks)."""
    return hit(data, 0.0, (), problem_sources)


def hit(
    data: Mapping[str, Any], score: float, terms: Sequence[str], problems: frozenset[str]
) -> Hit:
    language = str(data.get("language") or "nl")
    text = str(data.get("text") or "")
    context = data.get("context")
    highlights = record_highlights(data, terms, language)
    stance = data.get("stance")
    day = data.get("date")
    return Hit(
        id=str(data["id"]),
        kind=Kind(data["kind"]),
        score=float(score),
        briefing=str(data.get("briefing") or ""),
        title=str(data.get("title") or ""),
        speaker=data.get("speaker"),
        role=data.get("role"),
        organisation=data.get("organisation"),
        date=datetime.date.fromisoformat(day) if isinstance(day, str) else None,
        language=language,
        stance=Stance(stance) if stance else None,
        status=Status(data.get("status") or "current"),
        context=context,
        text=text,
        themes=tuple(data.get("themes") or ()),
        sections=tuple(data.get("sections") or ()),
        highlights=highlights,
        from_problem_file=is_failing(str(data.get("source")), problems),
        organisation_short=data.get("organisation_short"),
        draft=data.get("draft") is True,
        own_words=data.get("own_words") is True,
        url=data.get("url") if isinstance(data.get("url"), str) else None,
        superseded_by=_text_or_none(data.get("superseded_by")),
        unverified=data.get("unverified") is True,
        outlet=_text_or_none(data.get("outlet")),
    )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
