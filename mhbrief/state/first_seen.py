"""The day each item was first seen: a few documents a day, and the old single file moved over.

The ids first seen on a day are kept as ``first-seen/<day>-<n>``, at most
:data:`FIRST_SEEN_CHUNK` a document, so a write costs what the day added, never the
whole collection. The single ``first-seen`` file older versions wrote is read until
the next save moves its dates into documents of their own.
"""

from __future__ import annotations

import heapq
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path

from mhbrief.problems import Problem
from mhbrief.state.documents import Document, DocumentStore, NotPrivate, open_regular, os_reason
from mhbrief.state.seen_days import SeenDays
from mhbrief.toml_positions import KeyPath
from mhbrief.trust import IndexUnsafe

#: The group of first-seen documents, and (as a document) the single file older
#: versions kept every date in: read until the next save moves its dates over.
FIRST_SEEN = "first-seen"
#: Ids in one first-seen document: some 1.4 MB at the longest ids, well below the cap.
FIRST_SEEN_CHUNK = 10_000
#: The old single first-seen file is read up to this size (it outgrew the cap at some
#: 30,000 items, and was never read again): 64 MB is about a million ids.
LEGACY_FIRST_SEEN_BYTES = 64 * 1024 * 1024


class FirstSeenDates(DocumentStore):
    """The first-seen dates kept in a state folder: when each item id was first seen."""

    def _kept(self, name: str) -> bool:
        # The first-seen documents are read at start and when new ids come: kept, their
        # id lists held some 7 MB of a 100k app for the whole session (issue 25).
        return name != FIRST_SEEN and not name.startswith(f"{FIRST_SEEN}/")

    def first_seen(self) -> dict[str, date]:
        """The day each item id was first seen by this user, every id as a string
        (for a few ids, or a one-off answer: :meth:`seen_days` is the compact form)."""
        with self._lock:
            return self._first_seen()

    def seen_days(self) -> SeenDays:
        """The same dates as :meth:`first_seen`, in some 10 bytes an id (see
        :mod:`.seen_days`): what a session keeps."""
        with self._lock:
            return self._seen_days(self._legacy_first_seen())

    def note_first_seen(self, ids: Iterable[str], today: date) -> int:
        """Record ``today`` for every id not seen before; how many that were.

        The ids are read once, a batch at a time, and only today's last document is
        rewritten (or new ones added): the cost follows what is new, not how many ids
        were seen before, and no list of every id is held.
        """
        with self._lock, self._between_processes():
            legacy = self._legacy_first_seen()
            if legacy:
                self._move_legacy_first_seen(legacy, self._first_seen(legacy))
                legacy = {}  # its dates are in documents now
            added = 0
            for new in self._seen_days(legacy).unseen_batches(ids):
                self._add_first_seen(new, today)
                added += len(new)
            return added

    def _groups(self, legacy: Mapping[str, date]) -> Iterator[tuple[date, list[str]]]:
        """Each document's day and ids, earliest day first, read one at a time; the old
        file's dates (grouped by day) in their place among them."""
        by_day: dict[date, list[str]] = {}
        for item_id, day in legacy.items():
            by_day.setdefault(day, []).append(item_id)
        # The names hold their days (``first-seen/2026-11-01-0001``): in order as named.
        names = iter(sorted(self.names(FIRST_SEEN)))
        documents = (self._checked(name, _check_first_seen) for name in names)
        written = ((d["day"], d["ids"].split()) for d in documents if d)
        yield from heapq.merge(written, sorted(by_day.items()), key=lambda pair: pair[0])

    def _seen_days(self, legacy: Mapping[str, date]) -> SeenDays:
        found = SeenDays.empty()
        for day, ids in self._groups(legacy):
            found = found.with_day(ids, day)
        return found

    def _first_seen(self, legacy: Mapping[str, date] | None = None) -> dict[str, date]:
        """Every document's dates (the earliest day an id is in), the old file's among them."""
        if legacy is None:
            legacy = self._legacy_first_seen()
        seen: dict[str, date] = {}
        for day, ids in self._groups(legacy):
            for item_id in ids:
                seen.setdefault(item_id, day)
        return seen

    def _add_first_seen(self, new: list[str], today: date) -> None:
        """``new`` into today's last document while it has room, the rest into new ones."""
        prefix = f"{FIRST_SEEN}/{today.isoformat()}-"
        numbers = [int(n[len(prefix) :]) for n in self.names(FIRST_SEEN) if n.startswith(prefix)]
        number = max(numbers, default=0)
        ids: list[str] = []
        if number:
            last = self._checked(f"{prefix}{number:04d}", _check_first_seen)
            if f"{prefix}{number:04d}" in self._problems:
                number += 1  # damaged: left as it is, and a new document started
            else:
                ids = last["ids"].split()
        else:
            number = 1
        while new:
            room = FIRST_SEEN_CHUNK - len(ids)
            if room <= 0:
                number, ids = number + 1, []
                continue
            ids, new = [*ids, *new[:room]], new[room:]
            # One id a line in one string: read back 10 times faster than a TOML list.
            document = {"day": today, "ids": "".join(f"{i}\n" for i in ids)}
            self._write(f"{prefix}{number:04d}", document, _check_first_seen)

    def _legacy_first_seen_path(self) -> Path:
        return self.path(FIRST_SEEN)

    def _legacy_first_seen(self) -> dict[str, date]:
        """The dates in the single file older versions wrote, read without the usual cap
        (it grew past it), but within :data:`LEGACY_FIRST_SEEN_BYTES`."""
        path = self._legacy_first_seen_path()
        try:
            with self._checked_folder(path.parent) as folder, open_regular(path, folder) as handle:
                raw = handle.read(LEGACY_FIRST_SEEN_BYTES + 1)
        except FileNotFoundError:
            self._problems.pop(FIRST_SEEN, None)
            return {}
        except NotPrivate as exc:
            self._problems[FIRST_SEEN] = Problem.error(path, f"not read: {exc}")
            return {}
        except (OSError, IndexUnsafe) as exc:
            self._problems[FIRST_SEEN] = Problem.error(path, f"cannot read ({os_reason(exc)})")
            return {}
        problem = None
        if len(raw) > LEGACY_FIRST_SEEN_BYTES:
            limit = LEGACY_FIRST_SEEN_BYTES // (1024 * 1024)
            problem = Problem.error(path, f"larger than {limit} MB; not a file mhbrief wrote")
        else:
            try:
                table = tomllib.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                problem = Problem.error(path, f"not a first-seen file mhbrief wrote ({exc})")
            else:
                if not _check_legacy_first_seen(table):
                    self._problems.pop(FIRST_SEEN, None)
                    return dict(table.get("items", {}))
                problem = Problem.error(path, "'items' should be a table of dates")
        self._problems[FIRST_SEEN] = problem
        return {}

    def _move_legacy_first_seen(self, legacy: Mapping[str, date], seen: Mapping[str, date]) -> None:
        """The old file's dates into documents of their own, then the old file removed
        (a damaged one reads as empty and stays: its problem says so)."""
        by_day: dict[date, list[str]] = {}
        for item_id, day in legacy.items():
            if seen.get(item_id) == day:
                by_day.setdefault(day, []).append(item_id)
        for day in sorted(by_day):
            self._add_first_seen(by_day[day], day)
        self.delete(FIRST_SEEN)


def _check_first_seen(data: Document) -> list[tuple[KeyPath, str]]:
    if type(data.get("day")) is not date:
        return [(("day",), "a first-seen document should have day = 2026-12-01")]
    if not isinstance(data.get("ids"), str):
        return [(("ids",), "'ids' should be a text of item ids, one a line")]
    return []


def _check_legacy_first_seen(data: Document) -> list[tuple[KeyPath, str]]:
    items = data.get("items", {})
    if not isinstance(items, dict):
        return [(("items",), "'items' should be a table of dates")]
    for key, value in items.items():
        if type(value) is not date:
            return [(("items", key), "a first-seen value should be a date such as 2026-12-01")]
    return []
