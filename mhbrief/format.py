"""Briefing format v1: read one TOML file into a model document, or say why not.

:func:`parse_file` never raises. It returns a :class:`~mhbrief.model.SourceFile`
whose ``document`` is ``None`` when the file has an error of its own (syntax,
a missing or wrong-typed key, an unknown key, a bad value). References to other
files (themes, plan sections, other ids) are checked by :mod:`mhbrief.loader`.
The format itself is documented in ``docs/briefing-format.md``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from mhbrief import FORMAT_VERSION
from mhbrief.model import (
    LANGUAGES,
    Briefing,
    Document,
    Places,
    Plan,
    Point,
    Quote,
    Section,
    SectionTexts,
    SourceFile,
    SourceType,
    Stance,
    Status,
    Theme,
    ThemesFile,
    file_keys,
)
from mhbrief.problems import Problem
from mhbrief.sanitize import invisible_in, sanitize_line, sanitize_text, shown_id
from mhbrief.suggest import closest, did_you_mean, few_listed, id_hint
from mhbrief.toml_entries import ArrayEntries
from mhbrief.toml_hints import date_advice, explain, looks_like_a_date
from mhbrief.toml_positions import KeyPath, KeyPositions, ScanLimit, scan

#: Files larger than this are refused: no briefing comes near it.
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Problems listed per file; more are counted in one line (a person fixes the first ones).
MAX_PROBLEMS = 200

KINDS = ("briefing", "plan", "themes")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SECTION_SLUG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
PLACEHOLDER = "TODO"

# The keys a file may use are the model's fields (less where an object stands: its path
# and lines), so a new field is a new key in one place.
_TOP_KEYS = ("format", "kind")
_THEMES_KEYS = (*_TOP_KEYS, "themes")
_THEME_KEYS = tuple(key for key in file_keys(Theme) if key != "id")  # [themes.<id>]
_PLAN_KEYS = (*_TOP_KEYS, *file_keys(Plan))
_SECTION_KEYS = file_keys(Section)
_BRIEFING_KEYS = (*_TOP_KEYS, *file_keys(Briefing))
_QUOTE_KEYS = file_keys(Quote)
_POINT_KEYS = file_keys(Point)

_AT_END = "(at end of document)"
_TOML_ERROR = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def describe(value: object) -> str:
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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(path: Path, data: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 (BOM allowed), refusing binary, empty and huge files."""
    if len(data) > MAX_FILE_BYTES:
        size = len(data) / (1024 * 1024)
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return None, [
            Problem.error(
                path,
                f"file is {size:.1f} MiB, over the {limit} MiB limit for a briefing file; "
                "split it into several briefings",
            )
        ]
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return None, [
                Problem.error(
                    path,
                    f"this file is saved as {encoding}; save it as UTF-8 "
                    "(in Notepad: Save As, Encoding: UTF-8)",
                    1,
                )
            ]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [
            Problem.error(
                path,
                "this looks like a binary file, not TOML text; "
                "move it out of the briefings folder or save it as UTF-8 text",
                line,
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem.error(
                path,
                f"invalid UTF-8 byte 0x{data[exc.start]:02x}; save the file as UTF-8",
                line,
                column,
            )
        ]
    # Old Mac line endings: tomllib knows only LF and CRLF; a lone CR is a line end.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [
            Problem.error(
                path,
                "empty file; a briefing file starts with 'format = 1' and "
                '\'kind = "briefing"\' (or "plan" or "themes"); see docs/briefing-format.md',
            )
        ]
    return text, []


def parse_toml(path: Path, text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_ERROR.match(message)
        at = (int(match["line"]), int(match["col"])) if match else (None, None)
        hint = explain(text, *at) if match or message.endswith(_AT_END) else None
        if hint is not None:
            return None, [Problem.error(path, hint.message, hint.line, hint.column)]
        if match:
            msg = match["msg"]
            line, column = int(match["line"]), int(match["col"])
            return None, [Problem.error(path, f"TOML syntax: {msg}", line, column)]
        if message.endswith(_AT_END):
            # A bracket or string left open: point at the last line that has text.
            body = text.rstrip()
            line = body.count("\n") + 1
            column = len(body) - (body.rfind("\n") + 1) + 1
            msg = message.removesuffix(_AT_END).strip()
            return None, [
                Problem.error(
                    path,
                    f"TOML syntax: {msg} at the end of the file; "
                    "a bracket or quote is left open, or a value is missing",
                    line,
                    column,
                )
            ]
        return None, [Problem.error(path, f"TOML syntax: {message}")]
    except RecursionError:
        return None, [
            Problem.error(path, "values are nested too deeply to read; flatten the arrays/tables")
        ]


def parse_file(path: Path, data: bytes | None = None) -> SourceFile:
    """Read and check one briefing file. Never raises."""
    if data is None:
        try:
            data = read_capped(path)
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            return SourceFile(path, "", None, (Problem.error(path, f"cannot read file: {reason}"),))
    digest = sha256(data)
    try:
        document, problems = _parse(path, data)
    except Exception as exc:  # a bug of ours must not stop the rest of the folder
        problems = [Problem.error(path, f"internal error while reading this file: {exc!r}")]
        document = None
    if any(p.is_error for p in problems):
        document = None
    return SourceFile(path, digest, document, tuple(sorted(problems, key=_problem_order)))


def read_capped(path: Path) -> bytes:
    """The file's bytes, at most one byte past the size cap.

    A pipe or device is refused instead of read: opening a FIFO for reading
    would block until somebody writes to it, hanging validate and the app.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file; remove it from the briefings folder")
        return handle.read(MAX_FILE_BYTES + 1)


def _problem_order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


def _parse(path: Path, data: bytes) -> tuple[Document | None, list[Problem]]:
    text, problems = decode(path, data)
    if text is None:
        return None, problems
    try:
        # Before tomllib, which grows with the square of a dotted key's length.
        where = scan(text)
    except ScanLimit as limit:
        return None, [Problem.error(path, limit.message, limit.line, 1)]
    table, problems = parse_toml(path, text)
    if table is None:
        return None, problems
    checker = Checker(path, where, entries=ArrayEntries(text))
    document = checker.document(table)
    if checker.dropped:
        checker.problems.append(
            Problem.error(
                path,
                f"{checker.dropped:,} more problems not listed (only the first "
                f"{MAX_PROBLEMS} are); fix these first",
            )
        )
    return document, checker.problems


@dataclass
class Checker:
    """Validates one parsed TOML table against format v1, collecting problems."""

    path: Path
    where: KeyPositions
    problems: list[Problem] = field(default_factory=list)
    #: (table, key name) pairs an unknown key was already said to be a misspelling of.
    misspelt: set[tuple[KeyPath, str]] = field(default_factory=set)
    #: Problems beyond :data:`MAX_PROBLEMS`: counted, not built (each costs a lookup).
    dropped: int = 0
    #: Finds where each entry of a list stands, for problems about one entry.
    entries: ArrayEntries | None = None

    def full(self) -> bool:
        """True once :data:`MAX_PROBLEMS` are listed: a further one is only counted."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return True
        return False

    # -- reporting -----------------------------------------------------------------

    def error(self, key: KeyPath, message: str) -> None:
        if self.full():
            return
        line, column = self.where.locate(key) or (None, None)
        self.problems.append(Problem.error(self.path, message, line, column))

    def warning(self, key: KeyPath, message: str) -> None:
        if self.full():
            return
        line, column = self.where.locate(key) or (None, None)
        self.problems.append(Problem.warning(self.path, message, line, column))

    def places(self, key: KeyPath, names: tuple[str, ...] = ("themes", "sections")) -> Places:
        """Where each entry of the lists ``names`` of the table at ``key`` stands."""
        if self.entries is None:
            return ()
        found: list[str | int] = []
        for name in names:
            at = self.where.locate((*key, name))
            if at is None or self.where.locate(key) == at:
                continue  # the key is not written in this table
            for value, (line, column) in self.entries.entries(at).items():
                found.extend((name, value, line, column))
        return tuple(found)

    def line_of(self, key: KeyPath) -> int | None:
        found = self.where.locate(key)
        return found[0] if found else None

    # -- documents -----------------------------------------------------------------

    def document(self, table: dict[str, Any]) -> Document | None:
        version = table.get("format")
        if "format" not in table:
            self.error((), f"missing 'format = {FORMAT_VERSION}' at the top of the file")
            return None
        if isinstance(version, bool) or not isinstance(version, int):
            self.error(("format",), f"'format' must be the number {FORMAT_VERSION}")
            return None
        if version != FORMAT_VERSION:
            self.error(
                ("format",),
                f"unsupported format {version}, this mhbrief reads format {FORMAT_VERSION}",
            )
            return None
        kind = table.get("kind")
        if kind not in KINDS:
            if "kind" not in table:
                self.error((), 'missing \'kind\': add kind = "briefing", "plan" or "themes"')
            else:
                hint = did_you_mean(kind, KINDS) if isinstance(kind, str) else ""
                self.error(
                    ("kind",),
                    f'\'kind\' must be "briefing", "plan" or "themes", not {describe(kind)}{hint}',
                )
            return None
        if kind == "themes":
            return self.themes_file(table)
        if kind == "plan":
            return self.plan(table)
        return self.briefing(table)

    def themes_file(self, table: dict[str, Any]) -> ThemesFile:
        self.unknown_keys(table, (), _THEMES_KEYS)
        themes_table = table.get("themes")
        themes: list[Theme] = []
        if themes_table is None:
            self.error((), "a themes file needs [themes.<id>] tables with a 'label'")
        elif not isinstance(themes_table, dict):
            self.error(("themes",), "'themes' must be tables: [themes.<id>] with label = \"...\"")
        else:
            for theme_id, entry in themes_table.items():
                key = ("themes", theme_id)
                if not SLUG.fullmatch(theme_id):
                    self.error(key, self.slug_message("theme id", theme_id))
                    continue
                if not isinstance(entry, dict):
                    self.error(key, f"theme '{theme_id}' must be a table with label = \"...\"")
                    continue
                self.unknown_keys(entry, key, _THEME_KEYS)
                label = self.string(entry, key, "label", required=True)
                description = self.string(entry, key, "description", multiline=True)
                themes.append(
                    Theme(
                        id=theme_id,
                        label=label or theme_id,
                        description=description or "",
                        path=self.path,
                        line=self.line_of(key),
                    )
                )
        return ThemesFile(self.path, tuple(themes))

    def plan(self, table: dict[str, Any]) -> Plan | None:
        self.unknown_keys(table, (), _PLAN_KEYS)
        plan_id = self.slug(table, (), "id", required=True)
        title = self.string(table, (), "title", required=True)
        published = self.date(table, (), "published", required=True)
        language = self.language(table, ())
        publisher = self.string(table, (), "publisher")
        url = self.string(table, (), "url")
        summary = self.string(table, (), "summary", multiline=True)
        section_texts = self.enum(table, (), "section_texts", SectionTexts) or SectionTexts.SUMMARY
        sections: list[Section] = []
        for index, entry in self.tables(table, "sections"):
            key: KeyPath = ("sections", index)
            self.unknown_keys(entry, key, _SECTION_KEYS)
            section_id = self.slug(entry, key, "id", required=True, pattern=SECTION_SLUG)
            section_title = self.string(entry, key, "title", required=True)
            text = self.string(entry, key, "text", required=True, multiline=True)
            number = self.string(entry, key, "number", number_hint=True)
            themes = self.slugs(entry, key, "themes")
            parent = self.slug(entry, key, "parent", pattern=SECTION_SLUG)
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
                        line=self.line_of(key),
                        places=self.places(key, ("themes",)) if themes else (),
                    )
                )
        self.unique_ids(sections, "sections", "section")
        self.check_parents(sections)
        if plan_id is None or title is None or published is None:
            return None
        return Plan(
            id=plan_id,
            title=title,
            published=published,
            path=self.path,
            language=language,
            publisher=publisher,
            url=url,
            summary=summary,
            sections=tuple(sections),
            id_line=self.line_of(("id",)),
            section_texts=section_texts,
        )

    def briefing(self, table: dict[str, Any]) -> Briefing | None:
        self.unknown_keys(table, (), _BRIEFING_KEYS)
        briefing_id = self.slug(table, (), "id", required=True)
        title = self.string(table, (), "title", required=True)
        published = self.date(table, (), "published", required=True)
        organisation = self.string(table, (), "organisation", required=True)
        source_type = self.enum(table, (), "source_type", SourceType, required=True)
        language = self.language(table, ())
        short = self.string(table, (), "organisation_short")
        outlet = self.string(table, (), "outlet")
        url = self.string(table, (), "url")
        summary = self.string(table, (), "summary", multiline=True)
        responds_to = self.slugs(table, (), "responds_to")
        status = self.enum(table, (), "status", Status) or Status.CURRENT
        superseded_by = self.slug(table, (), "superseded_by")
        source_text = self.string(table, (), "source_text")
        draft = self.draft(table)
        if status is Status.SUPERSEDED and not superseded_by:
            self.error(
                ("status",),
                "a superseded briefing needs superseded_by = "
                '"<id of the briefing that replaces it>"',
            )
        if superseded_by and status is not Status.SUPERSEDED:
            self.error(
                ("superseded_by",),
                'superseded_by is set but status is not "superseded"; '
                'add status = "superseded" or remove superseded_by',
            )
        bid = briefing_id or ""
        quotes = self.quotes(table, bid)
        points = self.points(table, bid)
        self.unique_ids([*quotes, *points], None, "item")
        if None in (briefing_id, title, published, organisation, source_type):
            return None
        assert briefing_id and title and published and organisation and source_type
        return Briefing(
            id=briefing_id,
            title=title,
            published=published,
            organisation=organisation,
            source_type=source_type,
            path=self.path,
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
            id_line=self.line_of(("id",)),
            key_lines=tuple(
                (name, line)
                for name in ("responds_to", "superseded_by", "source_text")
                if name in table and (line := self.line_of((name,))) is not None
            ),
            outlet=outlet,
            draft=draft,
        )

    def draft(self, table: dict[str, Any]) -> bool:
        """``draft = true``: valid, but say so, so validate users see which are drafts."""
        draft = self.boolean(table, (), "draft")
        if draft:
            line, column = self.where.locate(("draft",)) or (None, None)
            self.problems.append(
                Problem.note(
                    self.path,
                    "draft: not reviewed yet, so its quotes and points are marked [draft] and "
                    "their citations say so; once checked against the source, delete this "
                    "line (or write draft = false) to publish it",
                    line,
                    column,
                )
            )
        return draft

    def quotes(self, table: dict[str, Any], bid: str) -> list[Quote]:
        quotes: list[Quote] = []
        for index, entry in self.tables(table, "quotes"):
            key: KeyPath = ("quotes", index)
            self.unknown_keys(entry, key, _QUOTE_KEYS)
            quote_id = self.slug(entry, key, "id", required=True)
            speaker = self.string(entry, key, "speaker", required=True)
            text = self.string(entry, key, "text", required=True, multiline=True)
            role = self.string(entry, key, "role")
            context = self.string(entry, key, "context", multiline=True)
            themes = self.slugs(entry, key, "themes")
            refs = self.refs(entry, key, "sections")
            if quote_id and speaker is not None and text is not None:
                quotes.append(
                    Quote(
                        id=quote_id,
                        briefing_id=bid,
                        speaker=speaker,
                        text=text,
                        role=role,
                        context=context,
                        themes=themes,
                        sections=refs,
                        line=self.line_of(key),
                        places=self.places(key) if themes or refs else (),
                    )
                )
        return quotes

    def points(self, table: dict[str, Any], bid: str) -> list[Point]:
        points: list[Point] = []
        for index, entry in self.tables(table, "points"):
            key: KeyPath = ("points", index)
            self.unknown_keys(entry, key, _POINT_KEYS)
            point_id = self.slug(entry, key, "id", required=True)
            stance = self.enum(entry, key, "stance", Stance, required=True)
            text = self.string(entry, key, "text", required=True, multiline=True)
            themes = self.slugs(entry, key, "themes")
            refs = self.refs(entry, key, "sections")
            if point_id and stance is not None and text is not None:
                point = Point(
                    id=point_id,
                    briefing_id=bid,
                    stance=stance,
                    text=text,
                    themes=themes,
                    sections=refs,
                    line=self.line_of(key),
                    places=self.places(key) if themes or refs else (),
                )
                points.append(point)
        return points

    # -- structure -----------------------------------------------------------------

    def unknown_keys(
        self, table: Mapping[str, Any], key: KeyPath, allowed: tuple[str, ...]
    ) -> None:
        for name in table:
            if name not in allowed:
                if self.full():
                    continue
                shown = shown_id(name)
                close = closest(name, allowed)
                if close and close not in table:
                    self.misspelt.add((key, close))
                self.error(
                    (*key, name),
                    f"unknown key '{shown}'{did_you_mean(name, allowed)}; "
                    "fix the name or remove it (unknown keys are not ignored)",
                )

    def tables(self, table: dict[str, Any], name: str) -> list[tuple[int, dict[str, Any]]]:
        value = table.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error((name,), f"'{name}' must be a list of [[{name}]] tables")
            return []
        result = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                result.append((index, entry))
            else:
                self.error((name, index), f"each entry of '{name}' must be a [[{name}]] table")
        return result

    def unique_ids(
        self, items: Iterable[Section | Quote | Point], array: str | None, what: str
    ) -> None:
        seen: dict[str, int | None] = {}
        for item in items:
            if item.id in seen:
                if self.full():
                    continue
                first = seen[item.id]
                at = f" at line {first}" if first else ""
                line = item.line
                self.problems.append(
                    Problem.error(
                        self.path,
                        f"duplicate {what} id '{item.id}' (first used{at}); "
                        "give each one its own id",
                        line,
                        1 if line else None,
                    )
                )
            else:
                seen[item.id] = item.line

    def check_parents(self, sections: list[Section]) -> None:
        ids = {s.id: s for s in sections}
        looping = _reaches_a_cycle({s.id: s.parent for s in sections})
        hints = 0
        for index, section in enumerate(sections):
            if section.parent is None:
                continue
            key: KeyPath = ("sections", index, "parent")
            if section.parent not in ids:
                hints += 1  # each compares with every section id: the first few only
                hint = id_hint(section.parent, ids) if hints <= 20 else ""
                listed = few_listed(ids)
                hint += f"; its sections are: {listed}" if listed else ""
                self.error(key, f"parent '{section.parent}' is not a section of this plan{hint}")
                continue
            if section.id in looping:
                self.error(key, f"section '{section.id}' is its own ancestor; break the cycle")

    # -- values --------------------------------------------------------------------

    def get(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        required: bool,
        check: Callable[[Any], T | None],
    ) -> T | None:
        if name not in table:
            # 'speakr' already got "did you mean 'speaker'?": one error for one typo.
            if required and (key, name) not in self.misspelt:
                where = _describe_table(key)
                self.error(key, f"missing required key '{name}'{where}")
            return None
        return check(table[name])

    def string(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        *,
        required: bool = False,
        multiline: bool = False,
        number_hint: bool = False,
    ) -> str | None:
        def check(value: Any) -> str | None:
            path = (*key, name)
            if not isinstance(value, str):
                hint = ""
                if number_hint and isinstance(value, int | float):
                    hint = f'; write it in quotes: {name} = "{value}"'
                self.error(path, f"'{name}' must be text, not {describe(value)}{hint}")
                return None
            clean = sanitize_text(value).strip() if multiline else sanitize_line(value)
            self.invisible(path, name, value)
            if not clean:
                if required:
                    self.error(path, f"'{name}' is empty; fill it in")
                return None
            if clean.startswith(PLACEHOLDER):
                self.error(path, f"placeholder left in '{name}': replace it with the real value")
            return clean

        return self.get(table, key, name, required, check)

    def invisible(self, path: KeyPath, name: str, value: str) -> None:
        """Warn where invisible format characters are: they are folded away from
        search, display and citations, but the file keeps them."""
        found = invisible_in(value)
        if found:
            self.warning(
                path,
                f"'{name}' contains invisible characters ({', '.join(found)}); they are "
                "ignored in search and citations; delete them from the file",
            )

    def slug(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] = SLUG,
    ) -> str | None:
        def check(value: Any) -> str | None:
            path = (*key, name)
            if not isinstance(value, str):
                self.error(path, f"'{name}' must be text, not {describe(value)}")
                return None
            if value.startswith(PLACEHOLDER):
                self.error(path, f"placeholder left in '{name}': replace it with the real value")
                return None
            if not pattern.fullmatch(value):
                self.error(path, self.slug_message(f"'{name}'", value, pattern is SECTION_SLUG))
                return None
            return value

        return self.get(table, key, name, required, check)

    @staticmethod
    def slug_message(what: str, value: str, dots: bool = False) -> str:
        allowed = "lowercase letters, digits, dashes" + (" and dots" if dots else "")
        suggestion = re.sub(r"[^a-z0-9.]+" if dots else r"[^a-z0-9]+", "-", value.lower()).strip(
            "-."
        )
        hint = f" (for example '{suggestion}')" if suggestion else ""
        return f"{what} '{shown_id(value)}' must use only {allowed}{hint}"

    def slugs(self, table: Mapping[str, Any], key: KeyPath, name: str) -> tuple[str, ...]:
        return self.string_list(table, key, name, lambda v: SLUG.fullmatch(v) is not None)

    def refs(self, table: Mapping[str, Any], key: KeyPath, name: str) -> tuple[str, ...]:
        def valid(value: str) -> bool:
            plan, _, section = value.partition("/")
            return bool(SLUG.fullmatch(plan) and SECTION_SLUG.fullmatch(section))

        return self.string_list(
            table, key, name, valid, "must be references like 'plan-id/section-id'"
        )

    def string_list(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        valid: Callable[[str], bool],
        rule: str = "must be ids of lowercase letters, digits and dashes",
    ) -> tuple[str, ...]:
        def check(value: Any) -> tuple[str, ...] | None:
            path = (*key, name)
            if not isinstance(value, list):
                self.error(path, f"'{name}' must be a list, like {name} = [\"...\"]")
                return None
            result: dict[str, None] = {}  # ordered and unique, in linear time
            for entry in value:
                if not isinstance(entry, str):
                    self.error(path, f"entries of '{name}' must be text, not {describe(entry)}")
                elif not valid(entry):
                    self.error(path, f"'{shown_id(entry)}' in '{name}': entries {rule}")
                else:
                    result.setdefault(entry)
            return tuple(result)

        return self.get(table, key, name, False, check) or ()

    def date(
        self, table: Mapping[str, Any], key: KeyPath, name: str, *, required: bool = False
    ) -> date | None:
        def check(value: Any) -> date | None:
            path = (*key, name)
            if isinstance(value, datetime):
                self.error(
                    path,
                    f"'{name}' must be a date without a time: write "
                    f"{name} = {value.date().isoformat()}",
                )
                return None
            if isinstance(value, date):
                return value
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
                self.error(
                    path,
                    f"'{name}' must be a TOML date, not text: remove the quotes "
                    f"({name} = {value.strip()})",
                )
                return None
            if isinstance(value, str) and looks_like_a_date(value.strip()):
                self.error(path, date_advice(name, value.strip()))
                return None
            if isinstance(value, str) and value.strip().startswith(PLACEHOLDER):
                self.error(path, f"placeholder left in '{name}': write the date as YYYY-MM-DD")
                return None
            self.error(
                path, f"'{name}' must be a date like {name} = 2018-11-13, not {describe(value)}"
            )
            return None

        return self.get(table, key, name, required, check)

    def boolean(self, table: Mapping[str, Any], key: KeyPath, name: str) -> bool:
        def check(value: Any) -> bool | None:
            if isinstance(value, bool):
                return value
            shown = describe(value)
            hint = ""
            if isinstance(value, str) and value.strip().lower() in ("true", "false"):
                hint = f" (write {name} = {value.strip().lower()}, without quotes)"
            self.error((*key, name), f"'{name}' must be true or false, not {shown}{hint}")
            return None

        return self.get(table, key, name, False, check) or False

    def enum(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        kind: type[E],
        *,
        required: bool = False,
    ) -> E | None:
        choices = [m.value for m in kind]

        def check(value: Any) -> E | None:
            if isinstance(value, str) and value in choices:
                return kind(value)
            options = ", ".join(f'"{c}"' for c in choices)
            hint = did_you_mean(value, choices) if isinstance(value, str) else ""
            self.error(
                (*key, name), f"'{name}' must be one of {options}, not {describe(value)}{hint}"
            )
            return None

        return self.get(table, key, name, required, check)

    def language(self, table: Mapping[str, Any], key: KeyPath) -> str:
        def check(value: Any) -> str | None:
            if isinstance(value, str) and value in LANGUAGES:
                return value
            self.error(
                (*key, "language"),
                f'\'language\' must be "nl" or "en", not {describe(value)}',
            )
            return None

        return self.get(table, key, "language", False, check) or "nl"


def _reaches_a_cycle(parents: Mapping[str, str | None]) -> set[str]:
    """Ids whose chain of parents runs into a cycle; each id is walked once."""
    known: dict[str, bool] = {}
    for start in parents:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in parents and node not in known:
            if node in on_path:
                result = True
                break
            path.append(node)
            on_path.add(node)
            node = parents[node]
        else:
            result = known.get(node, False) if node is not None else False
        for seen in path:
            known[seen] = result
    return {ident for ident, looping in known.items() if looping}


def _describe_table(key: KeyPath) -> str:
    if len(key) >= 2 and isinstance(key[1], int):
        return f" in this [[{key[0]}]] entry"
    if len(key) == 2 and key[0] == "themes":
        return f" in [themes.{sanitize_line(str(key[1]))}]"
    return ""
