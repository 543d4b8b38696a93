"""What a search answers, as plain data: hits, their highlighted fragments, the response.

The front ends and :mod:`mhbrief.citation` see these types only; how they are found
(Whoosh, in the :mod:`mhbrief.engine` package) stays behind :mod:`mhbrief.library`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from mhbrief.model import Kind, Stance, Status

#: While typing, a prefix expands to at most this many words (the most frequent); a response
#: says ``capped`` when it left words out.
MAX_EXPANSIONS = 40
#: The facets a response counts, by the name callers use.
FACET_NAMES = ("theme", "speaker", "organisation", "kind")


class Sort(StrEnum):
    RELEVANCE = "relevance"
    NEWEST = "newest"


@dataclass(frozen=True)
class Span:
    """A piece of text; ``match`` marks a word the query matched."""

    text: str
    match: bool

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "match": self.match}


#: Where a highlighted fragment comes from, in the order results show them. Only ``text``
#: is an item's own words; for a briefing, ``text`` is its summary.
HIGHLIGHT_FIELDS = ("text", "context", "title", "speaker", "role", "organisation", "theme")


@dataclass(frozen=True)
class Highlight:
    """A fragment with the field it comes from: only ``text`` is an item's own words."""

    field: str
    spans: tuple[Span, ...]

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "spans": [span.to_json() for span in self.spans]}


@dataclass(frozen=True)
class Hit:
    id: str
    kind: Kind
    score: float
    briefing: str
    title: str
    speaker: str | None
    role: str | None
    organisation: str | None
    date: datetime.date | None
    language: str
    stance: Stance | None
    status: Status
    context: str | None
    text: str
    themes: tuple[str, ...]
    sections: tuple[str, ...]
    highlights: tuple[Highlight, ...]
    from_problem_file: bool = False
    organisation_short: str | None = None
    #: From a briefing not reviewed yet (``draft = true``).
    draft: bool = False
    #: A plan section whose text is the plan's own words (else the editors' summary).
    own_words: bool = False
    #: Where the item's plan or briefing can be read.
    url: str | None = None
    #: The briefing that supersedes this item's briefing, when it names one.
    superseded_by: str | None = None
    #: A quote not found word for word in its archived source.
    unverified: bool = False
    #: The news outlet that published the item's briefing (news copy), if any.
    outlet: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "score": round(self.score, 4),
            "briefing": self.briefing,
            "title": self.title,
            "speaker": self.speaker,
            "role": self.role,
            "organisation": self.organisation,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "stance": self.stance.value if self.stance else None,
            "status": self.status.value,
            "context": self.context,
            "text": self.text,
            "themes": list(self.themes),
            "sections": list(self.sections),
            "highlights": [highlight.to_json() for highlight in self.highlights],
            "from_problem_file": self.from_problem_file,
            "draft": self.draft,
            "outlet": self.outlet,
            # Quotes only: found word for word in the archived source (a script cannot
            # read that from the citation's flag text).
            "verbatim": not self.unverified if self.kind is Kind.QUOTE else None,
        }


@dataclass(frozen=True)
class SearchResponse:
    query: str
    total: int
    hits: tuple[Hit, ...]
    suggestion: str | None
    stale: bool
    fallback: bool
    facets: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    terms: tuple[str, ...] = ()
    #: While typing, a prefix matched more words than were searched (the most frequent).
    capped: bool = False
    #: What was left out of a query to bound its cost, one short note each
    #: (:mod:`mhbrief.engine.query_limits`): the CLI prints them, the app shows the first.
    limits: tuple[str, ...] = ()
    #: Files (as the index keys them) that fail to load and have nothing in the index:
    #: none of their items can be found until they are fixed (a fresh index never
    #: held them; a file indexed before keeps its last good items instead, unless it
    #: is refused for an id another file keeps: then its items are dropped).
    left_out: tuple[str, ...] = ()
    #: With ``fallback``: what in the query's syntax could not be read, for the user.
    syntax: str = ""
    #: False for a search while typing that did not count every match: ``total`` is
    #: then an estimate, to be shown as one ("about 12,000"); the hits are exact.
    total_exact: bool = True
    #: True for a search while typing that left its facet counts (empty) for the
    #: search asked once the keys stop.
    facets_pending: bool = False
    #: With nothing found: the query's longest whole word cut to a prefix
    #: (``uitzendbur*``) that, in its place, does find something; empty when none does.
    prefix: str = ""

    @property
    def settled(self) -> bool:
        """Whether the total and facets are as an exact search gives them."""
        return self.total_exact and not self.facets_pending

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "suggestion": self.suggestion,
            "stale": self.stale,
            "fallback": self.fallback,
            "syntax": self.syntax,
            "results": [hit.to_json() for hit in self.hits],
            "facets": {name: dict(counts) for name, counts in self.facets.items()},
            "left_out": list(self.left_out),
        }


def empty_response(text: str, *, stale: bool) -> SearchResponse:
    facets: dict[str, Mapping[str, int]] = {name: MappingProxyType({}) for name in FACET_NAMES}
    return SearchResponse(text, 0, (), None, stale, False, MappingProxyType(facets), ())


class Cancelled(Exception):
    """The caller no longer wants this search (a newer key was typed)."""
