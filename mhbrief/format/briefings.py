"""A briefing file: its own fields, its status and draft flag, then its items."""

from __future__ import annotations

from typing import Any

from mhbrief.format.checker import TOP_KEYS, Checker
from mhbrief.format.ids import check_unique_ids
from mhbrief.format.items import check_points, check_quotes
from mhbrief.model import Briefing, SourceType, Status, file_keys
from mhbrief.problems import Problem

_BRIEFING_KEYS = (*TOP_KEYS, *file_keys(Briefing))


def check_briefing(checker: Checker, table: dict[str, Any]) -> Briefing | None:
    checker.unknown_keys(table, (), _BRIEFING_KEYS)
    briefing_id = checker.slug(table, (), "id", required=True)
    title = checker.string(table, (), "title", required=True)
    published = checker.date(table, (), "published", required=True)
    organisation = checker.string(table, (), "organisation", required=True)
    source_type = checker.enum(table, (), "source_type", SourceType, required=True)
    language = checker.language(table, ())
    short = checker.string(table, (), "organisation_short")
    outlet = checker.string(table, (), "outlet")
    url = checker.string(table, (), "url")
    summary = checker.string(table, (), "summary", multiline=True)
    responds_to = checker.slugs(table, (), "responds_to")
    status = checker.enum(table, (), "status", Status) or Status.CURRENT
    superseded_by = checker.slug(table, (), "superseded_by")
    source_text = checker.string(table, (), "source_text")
    draft = check_draft(checker, table)
    _check_status(checker, status, superseded_by)
    bid = briefing_id or ""
    quotes = check_quotes(checker, table, bid)
    points = check_points(checker, table, bid)
    check_unique_ids(checker, [*quotes, *points], "item")
    checker.items = (*quotes, *points)
    if None in (briefing_id, title, published, organisation, source_type):
        return None
    assert briefing_id and title and published and organisation and source_type
    return Briefing(
        id=briefing_id,
        title=title,
        published=published,
        organisation=organisation,
        source_type=source_type,
        path=checker.path,
        language=language,
        organisation_short=short,
        url=url,
        summary=summary,
        responds_to=responds_to,
        status=status,
        superseded_by=superseded_by,
        source_text=source_text,
        quotes=tuple(quotes),
        points=tuple(points),
        id_line=checker.line_of(("id",)),
        key_lines=tuple(
            (name, line)
            for name in ("published", "responds_to", "superseded_by", "source_text")
            if name in table and (line := checker.line_of((name,))) is not None
        ),
        outlet=outlet,
        draft=draft,
    )


def check_draft(checker: Checker, table: dict[str, Any]) -> bool:
    """``draft = true``: valid, but say so, so validate users see which are drafts."""
    draft = checker.boolean(table, (), "draft")
    if draft:
        line, column = checker.where.locate(("draft",)) or (None, None)
        checker.problems.append(
            Problem.note(
                checker.path,
                "draft: not reviewed yet, so its quotes and points are marked [draft] and "
                "their citations say so; once checked against the source, delete this "
                "line (or write draft = false) to publish it",
                line,
                column,
            )
        )
    return draft


def _check_status(checker: Checker, status: Status, superseded_by: str | None) -> None:
    """A superseded briefing names its successor, and only a superseded one does."""
    if status is Status.SUPERSEDED and not superseded_by:
        checker.error(
            ("status",),
            'a superseded briefing needs superseded_by = "<id of the briefing that replaces it>"',
        )
    if superseded_by and status is not Status.SUPERSEDED:
        checker.error(
            ("superseded_by",),
            'superseded_by is set but status is not "superseded"; '
            'add status = "superseded" or remove superseded_by',
        )
