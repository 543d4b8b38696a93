"""The checker's tools: where problems go, which keys a table may have, typed values.

A :class:`Checker` collects the problems of one file, each at the line and column
of its key, up to :data:`MAX_PROBLEMS`. Its value methods (``string``, ``slug``,
``date``, ``enum``, ...) read one key of a table, say what is wrong with it, and
give back the clean value or ``None``. What each kind of file must hold is checked
by :mod:`~mhbrief.format.briefings`, :mod:`~mhbrief.format.items`,
:mod:`~mhbrief.format.plans` and :mod:`~mhbrief.format.themes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from mhbrief.format.messages import describe_value, in_table, slug_message
from mhbrief.model import LANGUAGES, Places, Point, Quote
from mhbrief.problems import Problem
from mhbrief.sanitize import controls_in, invisible_in, sanitize_line, sanitize_text, shown_id
from mhbrief.suggest import closest, did_you_mean
from mhbrief.toml_entries import ArrayEntries
from mhbrief.toml_hints import date_advice, looks_like_a_date
from mhbrief.toml_positions import KeyPath, KeyPositions

#: Problems listed per file; more are counted in one line (a person fixes the first ones).
MAX_PROBLEMS = 200

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SECTION_SLUG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
PLACEHOLDER = "TODO"
#: The keys every file starts with.
TOP_KEYS = ("format", "kind")

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


@dataclass
class Checker:
    """One file's problems, each at its key, and its values read with their checks."""

    path: Path
    where: KeyPositions
    problems: list[Problem] = field(default_factory=list)
    #: (table, key name) pairs an unknown key was already said to be a misspelling of.
    misspelt: set[tuple[KeyPath, str]] = field(default_factory=set)
    #: Problems beyond :data:`MAX_PROBLEMS`: counted, not built (each costs a lookup).
    dropped: int = 0
    #: Finds where each entry of a list stands, for problems about one entry.
    entries: ArrayEntries | None = None
    #: A briefing's quotes and points that passed their own checks: a file that does not
    #: load still has their themes and sections checked (every problem at once).
    items: tuple[Quote | Point, ...] = ()

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

    # -- values --------------------------------------------------------------------

    def get(
        self,
        table: Mapping[str, Any],
        key: KeyPath,
        name: str,
        required: bool,
        check: Callable[[Any], T | None],
        example: str | None = None,
    ) -> T | None:
        if name not in table:
            # 'speakr' already got "did you mean 'speaker'?": one error for one typo.
            if required and (key, name) not in self.misspelt:
                self._missing(key, name, example)
            return None
        return check(table[name])

    def _missing(self, key: KeyPath, name: str, example: str | None) -> None:
        """A required key left out: where (a top-level key at line 1, where such keys
        stand; an entry's at its header) and, for a key of fixed values, what to write."""
        message = f"missing required key '{name}'{in_table(key)}"
        if example:
            message += f"; add {example}"
        if key:
            self.error(key, message)
        elif not self.full():  # counted once when the list is full, as error() counts
            self.problems.append(Problem.error(self.path, message, 1, 1))

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
                self.error(path, f"'{name}' must be text, not {describe_value(value)}{hint}")
                return None
            clean = sanitize_text(value).strip() if multiline else sanitize_line(value)
            self.invisible(path, name, value)
            self.controls(path, name, value)
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

    def controls(self, path: KeyPath, name: str, value: str) -> None:
        """Warn where terminal control sequences are (``\\u001b[31m`` written as a TOML
        escape): they are removed, with what an ``ESC ]`` sequence holds, so the text
        shown and copied misses them."""
        found = controls_in(value)
        if found:
            self.warning(
                path,
                f"'{name}' contains terminal control sequences ({', '.join(found[:3])}"
                f"{', …' if len(found) > 3 else ''}); they are not shown, searched or copied "
                "(nor is the text inside an ESC ] sequence); delete them from the file",
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
                self.error(path, f"'{name}' must be text, not {describe_value(value)}")
                return None
            if value.startswith(PLACEHOLDER):
                self.error(path, f"placeholder left in '{name}': replace it with the real value")
                return None
            if not pattern.fullmatch(value):
                self.error(path, slug_message(f"'{name}'", value, pattern is SECTION_SLUG))
                return None
            return value

        return self.get(table, key, name, required, check)

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
                    self.error(
                        path, f"entries of '{name}' must be text, not {describe_value(entry)}"
                    )
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
                path,
                f"'{name}' must be a date like {name} = 2018-11-13, not {describe_value(value)}",
            )
            return None

        return self.get(table, key, name, required, check)

    def boolean(self, table: Mapping[str, Any], key: KeyPath, name: str) -> bool:
        def check(value: Any) -> bool | None:
            if isinstance(value, bool):
                return value
            shown = describe_value(value)
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
                (*key, name),
                f"'{name}' must be one of {options}, not {describe_value(value)}{hint}",
            )
            return None

        example = f'{name} = "{choices[0]}" (one of {", ".join(choices)})'
        return self.get(table, key, name, required, check, example)

    def language(self, table: Mapping[str, Any], key: KeyPath) -> str:
        def check(value: Any) -> str | None:
            if isinstance(value, str) and value in LANGUAGES:
                return value
            self.error(
                (*key, "language"),
                f'\'language\' must be "nl" or "en", not {describe_value(value)}',
            )
            return None

        return self.get(table, key, "language", False, check) or "nl"
