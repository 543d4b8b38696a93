"""A plan file: its own fields and its [[sections]], numbered and nested."""

from __future__ import annotations

from typing import Any

from mhbrief.format.checker import SECTION_SLUG, TOP_KEYS, Checker
from mhbrief.format.ids import check_parents, check_unique_ids
from mhbrief.model import Plan, Section, SectionTexts, file_keys
from mhbrief.toml_positions import KeyPath

_PLAN_KEYS = (*TOP_KEYS, *file_keys(Plan))
_SECTION_KEYS = file_keys(Section)


def check_plan(checker: Checker, table: dict[str, Any]) -> Plan | None:
    checker.unknown_keys(table, (), _PLAN_KEYS)
    plan_id = checker.slug(table, (), "id", required=True)
    title = checker.string(table, (), "title", required=True)
    published = checker.date(table, (), "published", required=True)
    language = checker.language(table, ())
    publisher = checker.string(table, (), "publisher")
    url = checker.string(table, (), "url")
    summary = checker.string(table, (), "summary", multiline=True)
    section_texts = checker.enum(table, (), "section_texts", SectionTexts) or SectionTexts.SUMMARY
    sections: list[Section] = []
    for index, entry in checker.tables(table, "sections"):
        key: KeyPath = ("sections", index)
        checker.unknown_keys(entry, key, _SECTION_KEYS)
        section_id = checker.slug(entry, key, "id", required=True, pattern=SECTION_SLUG)
        section_title = checker.string(entry, key, "title", required=True)
        text = checker.string(entry, key, "text", required=True, multiline=True)
        number = checker.string(entry, key, "number", number_hint=True)
        themes = checker.slugs(entry, key, "themes")
        parent = checker.slug(entry, key, "parent", pattern=SECTION_SLUG)
        if section_id and section_title is not None and text is not None:
            sections.append(
                Section(
                    id=section_id,
                    plan_id=plan_id or "",
                    title=section_title,
                    text=text,
                    number=number,
                    themes=themes,
                    parent=parent,
                    line=checker.line_of(key),
                    places=checker.places(key, ("themes",)) if themes else (),
                )
            )
    check_unique_ids(checker, sections, "section")
    check_parents(checker, sections)
    if plan_id is None or title is None or published is None:
        return None
    return Plan(
        id=plan_id,
        title=title,
        published=published,
        path=checker.path,
        language=language,
        publisher=publisher,
        url=url,
        summary=summary,
        sections=tuple(sections),
        id_line=checker.line_of(("id",)),
        section_texts=section_texts,
    )
