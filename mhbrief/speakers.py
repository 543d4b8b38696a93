"""Speakers: everyone quoted in a collection, with what they said and in which role.

A speaker is the exact ``speaker`` string of a quote; the same person can
appear over the years with different roles and for different organisations,
and this module gathers them: every role with the first and last date it was
used, counts per theme, and all their quotes newest first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from mhbrief.model import Briefing, Collection, Quote, speaks_for


@dataclass(frozen=True)
class RoleUse:
    """One role a speaker was quoted in, and the first and last date it was used."""

    role: str
    first: date
    last: date

    def to_json(self) -> dict[str, object]:
        return {"role": self.role, "first": self.first.isoformat(), "last": self.last.isoformat()}


@dataclass(frozen=True)
class Speaker:
    """Everything a collection holds about one speaker."""

    name: str
    organisations: tuple[str, ...]
    roles: tuple[RoleUse, ...]
    themes: Mapping[str, int]
    #: ``(quote, its briefing)``, newest first.
    quotes: tuple[tuple[Quote, Briefing], ...]

    @property
    def count(self) -> int:
        return len(self.quotes)

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "organisations": list(self.organisations),
            "roles": [role.to_json() for role in self.roles],
            "count": self.count,
            "themes": dict(self.themes),
        }


def _newest_first(pair: tuple[Quote, Briefing]) -> tuple[int, str]:
    _quote, briefing = pair
    # Within one briefing its quotes keep the order of its file (the sort is stable):
    # the statement's order, not the ids' alphabet.
    return (-briefing.published.toordinal(), briefing.id)


def _speaker(name: str, quotes: list[tuple[Quote, Briefing]]) -> Speaker:
    quotes.sort(key=_newest_first)
    # Organisations and roles, most recently used first.
    organisations = tuple(dict.fromkeys(speaks_for(q, briefing)[0] for q, briefing in quotes))
    spans: dict[str, tuple[date, date]] = {}
    for quote, briefing in quotes:
        if not quote.role:
            continue
        day = briefing.published
        first, last = spans.get(quote.role, (day, day))
        spans[quote.role] = (min(first, day), max(last, day))
    roles = tuple(
        RoleUse(role, first, last)
        for role, (first, last) in sorted(
            spans.items(), key=lambda kv: (-kv[1][1].toordinal(), kv[0])
        )
    )
    counts = Counter(theme for quote, _ in quotes for theme in quote.themes)
    themes = MappingProxyType(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    return Speaker(name, organisations, roles, themes, tuple(quotes))


def speakers(collection: Collection) -> tuple[Speaker, ...]:
    """Every speaker of the collection, sorted by name (case-insensitively, then exactly)."""
    grouped: dict[str, list[tuple[Quote, Briefing]]] = {}
    for briefing in collection.briefings.values():
        for quote in briefing.quotes:
            grouped.setdefault(quote.speaker, []).append((quote, briefing))
    names = sorted(grouped, key=lambda name: (name.casefold(), name))
    return tuple(_speaker(name, grouped[name]) for name in names)


def speaker(collection: Collection, name: str) -> Speaker | None:
    """The speaker called exactly ``name``, or None."""
    quotes = [
        (quote, briefing)
        for briefing in collection.briefings.values()
        for quote in briefing.quotes
        if quote.speaker == name
    ]
    return _speaker(name, quotes) if quotes else None
