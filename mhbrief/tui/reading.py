"""Reading more at once: the compact results mode and what is new since the last session.

Both live in the per-user state (:mod:`mhbrief.state`): the compact choice as a
display choice, the first-seen date of every item as ``first-seen``. All reads
and writes go through ``app.state_jobs``, off the UI thread. The main screen
keeps the ``v`` binding and asks :class:`Reading` how to draw a row and which
ids an ``added:`` filter leaves.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content

from mhbrief.highlight import own_text, word_start
from mhbrief.model import Collection, Kind
from mhbrief.results import Hit, Span
from mhbrief.state.seen_days import SeenDays
from mhbrief.tui.rendering import (
    DIM,
    LABEL,
    MATCH,
    ROW_FRAGMENT,
    STANCE_STYLES,
    WARN,
    Flags,
    hit_prompt,
    short_date,
)
from mhbrief.whatsnew import AddedQuery, collection_ids, new_since, split_added

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp
    from mhbrief.tui.screens.main import MainScreen

#: The display choice that keeps the compact mode across sessions.
COMPACT = "compact"
NEW_STYLE = "bold $text-success"
COMPACT_KINDS = {
    Kind.QUOTE: "quote",
    Kind.POINT: "point",
    Kind.SECTION: "§",
    Kind.BRIEFING: "brief",
}


def compact_prompt(
    hit: Hit, flagged: Flags, new: bool, section_title: str | None = None
) -> Content:
    """One line: kind, who, organisation, date, flags, then the text from just before
    its first matched word (cut by the list's width)."""
    parts: list[str | tuple[str, str]] = []
    if new:
        parts.append(("new ", NEW_STYLE))
    parts.append((f"{COMPACT_KINDS[hit.kind]:<6}", DIM))
    if hit.kind is Kind.QUOTE and hit.speaker:
        parts.append((_flat(hit.speaker), LABEL))
    elif hit.kind is Kind.POINT and hit.stance:
        parts.append((hit.stance.value, STANCE_STYLES[hit.stance]))
    else:
        parts.append((_flat(section_title or hit.title), LABEL))
    organisation = hit.organisation_short or hit.organisation
    if organisation and hit.kind is not Kind.SECTION:
        parts += [(" · ", DIM), _flat(organisation)]
    if hit.date:
        parts += [" ", (short_date(hit.date), DIM)]
    for label in flagged.labels():
        parts += [" ", (f"[{label}]", WARN)]
    parts.append("  ")
    # The item's own words (around their match, if any), never the heading it stood
    # under: the full row shows a match elsewhere on a line of its own, with its label.
    spans = lead_to_match(own_text(hit, ROW_FRAGMENT))
    parts += [(_flat(span.text), MATCH) if span.match else _flat(span.text) for span in spans]
    return Content.assemble(*parts)


#: Characters of text kept before the first matched word in a compact row.
LEAD = 6


def lead_to_match(spans: Sequence[Span], lead: int = LEAD) -> list[Span]:
    """The spans from a few words before the first match: a compact row is cut at the
    pane's edge, and at 80 columns a match further in was cut off with the rest."""
    found = next((i for i, span in enumerate(spans) if span.match), None)
    if found is None:
        return list(spans)
    before = "".join(span.text for span in spans[:found])
    if len(before) <= lead + 1:
        return list(spans)
    return [Span("…" + before[_lead_start(before, lead) :], False), *spans[found:]]


def _lead_start(before: str, lead: int) -> int:
    """Where the last ``lead`` characters of ``before`` start a word: the first word
    that starts inside them ("…and traffickers"), else the start of the word they
    begin in ("…woord: knoflookpers", never "…oord: knoflookpers")."""
    start = len(before) - lead
    if before[start - 1].isspace():
        return start
    for at in range(start, len(before) - 1):
        if before[at].isspace() and not before[at + 1].isspace():
            return at + 1
    return word_start(before, start)


def _flat(text: str) -> str:
    """Line breaks as spaces, so a row stays one line."""
    return text.replace("\n", " ")


class Reading:
    """The compact mode and the ``new`` marks, for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.compact = False
        #: First-seen dates: those this session found, with the ones it adds. Kept
        #: compact: at 100k items a dict of the ids took some 12 MB (issue 25).
        self.first_seen = SeenDays.empty()
        #: First-seen dates as this session found them (None until they are read).
        self.known_at_start: SeenDays | None = None
        self._first_seen_asked = False
        self.new: frozenset[str] = frozenset()
        #: The last query's ``added:`` value was not a date (the status line says so).
        self.bad_added = False
        self._collection_noted: object = None

    @property
    def app(self) -> MHBriefApp:
        return self.screen.mhbrief

    def mount(self) -> None:
        """The display choices, read before the first answer is drawn."""
        state = self.app.state
        self.app.state_jobs.run(lambda: state.display_choices().get(COMPACT) is True, self._chosen)

    def read_first_seen(self) -> None:
        """The first-seen dates, read once (when the first answer is drawn, with the
        sync): at 100k items they took 0.6 s beside the first search (issue 25)."""
        if not self._first_seen_asked:
            self._first_seen_asked = True
            self.app.state_jobs.run(self.app.state.seen_days, self._loaded)

    def _chosen(self, compact: bool) -> None:
        if compact != self.compact:
            self.set_compact(compact, remember=False)

    def _loaded(self, first_seen: SeenDays) -> None:
        self.known_at_start = self.first_seen = first_seen
        self.note_collection()

    # --- compact mode ------------------------------------------------------------

    def toggle_compact(self) -> None:
        self.set_compact(not self.compact, remember=True)
        self.app.notify("Compact results" if self.compact else "Full results", timeout=2)

    def set_compact(self, compact: bool, *, remember: bool) -> None:
        self.compact = compact
        self.screen.query_one("#results").set_class(compact, "-compact")
        if remember:
            self.app.state_jobs.run(partial(self.app.state.set_display, COMPACT, compact))
        if self.screen.response is not None:
            self.screen.show_response(self.screen.response)

    def mode(self, hit: Hit) -> tuple[bool, bool]:
        """How :meth:`prompt` draws ``hit`` besides its flags: compact, and new."""
        return self.compact, hit.id in self.new

    def prompt(self, hit: Hit, flagged: Flags, section_title: str | None) -> Content:
        """A result row as the current mode draws it, ``new`` marked."""
        new = hit.id in self.new
        if self.compact:
            return compact_prompt(hit, flagged, new, section_title)
        if new:
            flagged = dataclasses.replace(flagged, new=True)
        return hit_prompt(hit, flagged, section_title)

    # --- what is new ---------------------------------------------------------------

    def note_collection(self) -> None:
        """After a sync: work out what is new, and remember today for ids never seen.

        The ids are gathered off the UI thread (0.13 s at 100k items, after every sync).
        """
        if self.known_at_start is None:
            return  # not read yet: noted once it is
        collection = self.app.library.collection
        if collection is self._collection_noted or not (collection.briefings or collection.plans):
            return
        self._collection_noted = collection
        known, seen, today = self.known_at_start, self.first_seen, self.app.today

        def gather() -> tuple[frozenset[str], SeenDays]:
            # The ids are made as they are read, twice, never held all at once.
            new = new_since(known, collection_ids(collection))
            return new, seen.with_day(collection_ids(collection), today)

        self.app.state_jobs.run(gather, partial(self._noted, collection, today))

    def _noted(
        self, collection: Collection, today: date, found: tuple[frozenset[str], SeenDays]
    ) -> None:
        if collection is not self._collection_noted:
            return  # a newer sync is being noted
        new, seen = found
        if seen is not self.first_seen:
            self.first_seen = seen
            note = self.app.state.note_first_seen
            self.app.state_jobs.run(partial(note, collection_ids(collection), today))
        changed, self.new = new != self.new, new
        if changed and self.screen.response is not None:
            self.screen.show_response(self.screen.response)

    def added(self, query: str) -> tuple[AddedQuery, frozenset[str] | None]:
        """``query`` without its ``added:`` filters, and the ids they leave (None: no filter)."""
        found = split_added(query)
        self.bad_added = bool(found.bad)
        if not found.filtered:
            return found, None
        return found, found.ids_among(self.first_seen, collection_ids(self.app.library.collection))
