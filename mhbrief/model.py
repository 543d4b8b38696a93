"""Frozen model objects: what a briefing collection holds once loaded.

Every string here has been sanitised at load (see :mod:`mhbrief.sanitize`)
but is still untrusted: front ends show it literally, never as markup.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from mhbrief.problems import Problem, tally
from mhbrief.textstore import STORE


class Kind(StrEnum):
    """The kinds of searchable item; also the ``kind:`` query filter values."""

    QUOTE = "quote"
    POINT = "point"
    SECTION = "section"
    BRIEFING = "briefing"


class Stance(StrEnum):
    CRITICAL = "critical"
    POSITIVE = "positive"
    NEUTRAL = "neutral"


class SourceType(StrEnum):
    PRESS_STATEMENT = "press-statement"
    REPORT = "report"
    LETTER = "letter"
    INTERVIEW = "interview"
    ARTICLE = "article"
    #: News copy about the organisation (agency, paper, broadcaster): see ``outlet``.
    NEWS_ARTICLE = "news-article"
    OTHER = "other"


class Status(StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"


class SectionTexts(StrEnum):
    """Whose words a plan's section texts are: the editors' summary unless marked."""

    SUMMARY = "summary"
    VERBATIM = "verbatim"


LANGUAGES = ("nl", "en")


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    label: str
    description: str = ""
    path: Path = Path()
    line: int | None = None


#: ``key, entry, line, column`` of each entry of an item's ``themes`` and ``sections``,
#: one after the other in one flat tuple (a tuple per entry cost 40 MB at 100k items).
Places = tuple[str | int, ...]

#: Tuples many items repeat (their themes, their sections), shared while loading.
_TUPLES: dict[tuple[object, ...], tuple[object, ...]] = {}
#: Distinct tuples remembered before the table starts again (it only saves memory).
MAX_SHARED_TUPLES = 50_000


def shared(value: Any) -> Any:
    """``value`` as the copy other objects hold: strings interned, a tuple of strings
    with its strings interned and itself shared. Memory only, never meaning: at 100k
    items every item held its own copy of its speaker, role, themes and sections."""
    if type(value) is str:
        return sys.intern(value)
    if type(value) is tuple:
        known = _TUPLES.get(value)
        if known is not None:
            return known
        if all(type(v) is str for v in value):
            value = tuple([sys.intern(v) for v in value])
            if len(_TUPLES) >= MAX_SHARED_TUPLES:
                _TUPLES.clear()
            _TUPLES[value] = value
    return value


#: Field names by class, for __setstate__ (dataclasses.fields() is slow to ask each time).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _Shared:
    """Model objects whose repeated values (:attr:`SHARED` fields) are shared, whether
    built by the parser or read back from the parse cache (pickle)."""

    __slots__ = ()
    SHARED: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        setter = object.__setattr__
        for name in self.SHARED:
            setter(self, name, shared(getattr(self, name)))

    def _names(self) -> tuple[str, ...]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            fields = dataclasses.fields(self)  # type: ignore[arg-type]
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields)
        return names

    def __getstate__(self) -> list[Any]:
        # What dataclasses' own __getstate__ for slots gives, without a fields() tuple
        # made for each object (a parse cache of 100k items is pickled object by object).
        return [getattr(self, name) for name in self._names()]

    def __setstate__(self, state: list[Any]) -> None:
        # What dataclasses' own __setstate__ for slots does, then the sharing.
        setter = object.__setattr__
        for name, value in zip(self._names(), state, strict=True):
            setter(self, name, value)
        self.__post_init__()


class _Placed(_Shared):
    """Items whose list entries know their place in the file."""

    __slots__ = ()
    places: Places

    def place_of(self, key: str, entry: str) -> tuple[int, int] | None:
        """Line and column of ``entry`` in the item's ``key`` list, when known."""
        places = self.places
        for at in range(0, len(places), 4):
            if places[at] == key and places[at + 1] == entry:
                line, column = places[at + 2], places[at + 3]
                assert isinstance(line, int) and isinstance(column, int)
                return line, column
        return None


def section_heading(number: str | None, title: str) -> str:
    """A plan section as people name it: ``1.1 Onderdeel``, the title alone without a number."""
    return f"{number} {title}" if number else title


@dataclass(frozen=True, slots=True)
class Section(_Placed):
    """One section of a plan. ``ref`` (``plan-id/section-id``) is its global id."""

    SHARED = ("id", "plan_id", "themes")

    id: str
    plan_id: str
    title: str
    text: str
    number: str | None = None
    themes: tuple[str, ...] = ()
    parent: str | None = None
    line: int | None = None
    places: Places = ()

    @property
    def ref(self) -> str:
        return f"{self.plan_id}/{self.id}"

    @property
    def heading(self) -> str:
        return section_heading(self.number, self.title)

    @property
    def global_id(self) -> str:
        return self.ref


@dataclass(frozen=True, slots=True)
class Plan:
    id: str
    title: str
    published: date
    path: Path
    language: str = "nl"
    publisher: str | None = None
    url: str | None = None
    summary: str | None = None
    sections: tuple[Section, ...] = ()
    id_line: int | None = None
    #: ``verbatim``: the section texts are the plan's own words; else a summary.
    section_texts: SectionTexts = SectionTexts.SUMMARY

    @property
    def own_words(self) -> bool:
        return self.section_texts is SectionTexts.VERBATIM

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def children(self, parent: str | None) -> tuple[Section, ...]:
        """Sections whose parent is ``parent`` (``None``: the top level)."""
        return tuple(s for s in self.sections if s.parent == parent)


@dataclass(frozen=True, slots=True)
class Quote(_Placed):
    SHARED = ("id", "briefing_id", "speaker", "role", "themes", "sections")

    id: str
    briefing_id: str
    speaker: str
    text: str
    role: str | None = None
    #: The organisation the speaker speaks for when it is not the briefing's: a
    #: minister quoted in a statement, a police spokesperson in a news article.
    organisation: str | None = None
    context: str | None = None
    themes: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    line: int | None = None
    places: Places = ()

    @property
    def global_id(self) -> str:
        return f"{self.briefing_id}/{self.id}"


@dataclass(frozen=True, slots=True)
class Point(_Placed):
    SHARED = ("id", "briefing_id", "themes", "sections")

    id: str
    briefing_id: str
    stance: Stance
    text: str
    themes: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    line: int | None = None
    places: Places = ()

    @property
    def global_id(self) -> str:
        return f"{self.briefing_id}/{self.id}"


@dataclass(frozen=True, slots=True)
class Briefing(_Shared):
    SHARED = ("organisation", "organisation_short", "language", "responds_to", "outlet")

    id: str
    title: str
    published: date
    organisation: str
    source_type: SourceType
    path: Path
    language: str = "nl"
    organisation_short: str | None = None
    url: str | None = None
    summary: str | None = None
    responds_to: tuple[str, ...] = ()
    status: Status = Status.CURRENT
    superseded_by: str | None = None
    source_text: str | None = None
    quotes: tuple[Quote, ...] = ()
    points: tuple[Point, ...] = ()
    id_line: int | None = None
    #: ``(key, line)`` of the top-level keys that cross-file checks report on.
    key_lines: tuple[tuple[str, int], ...] = ()
    #: The news outlet that published the text (ANP, NOS, a paper), apart from the
    #: organisation it is about.
    outlet: str | None = None
    #: Not reviewed yet (``draft = true``, as import and new write it): flagged everywhere.
    draft: bool = False

    def line_of(self, key: str) -> int | None:
        """The line of a top-level key, for problems about its value."""
        return dict(self.key_lines).get(key)

    @property
    def superseded(self) -> bool:
        return self.status is Status.SUPERSEDED

    @property
    def items(self) -> tuple[Quote | Point, ...]:
        """Quotes, then points, in file order."""
        return self.quotes + self.points

    def item(self, item_id: str) -> Quote | Point | None:
        for item in self.items:
            if item.id == item_id:
                return item
        return None


@dataclass(frozen=True, slots=True)
class ThemesFile:
    """A ``kind = "themes"`` document: the themes it defines, in file order."""

    path: Path
    themes: tuple[Theme, ...] = ()


Document = Briefing | Plan | ThemesFile
Item = Quote | Point | Section


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file seen while loading, whether or not it loaded."""

    path: Path
    sha256: str
    document: Document | None
    problems: tuple[Problem, ...] = ()
    #: The id a plan or briefing that does not load declares, read from its text even
    #: when it has errors: a file keeps its id while it is broken (a copy of it made as
    #: a template does not take it over meanwhile). None when it loads or says none.
    claimed_id: str | None = None
    #: The kind (``"themes"``, ``"plan"``, ``"briefing"``) a file that does not load
    #: declares, read like :attr:`claimed_id`. None when it loads or says none.
    claimed_kind: str | None = None
    #: The file that keeps this file's id, when this one was refused for using it.
    taken_by: Path | None = None
    #: A briefing file that does not load: its quotes and points that passed their own
    #: checks, so their themes and sections are checked too (every problem at once).
    items: tuple[Quote | Point, ...] = ()

    @property
    def loaded(self) -> bool:
        return self.document is not None

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


def _frozen(mapping: Mapping[str, object] | None = None) -> Mapping[str, object]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Collection:
    """A briefings folder, loaded: documents by id, plus every problem found."""

    root: Path
    files: tuple[SourceFile, ...] = ()
    themes: Mapping[str, Theme] = field(default_factory=_frozen)  # type: ignore[arg-type]
    plans: Mapping[str, Plan] = field(default_factory=_frozen)  # type: ignore[arg-type]
    briefings: Mapping[str, Briefing] = field(default_factory=_frozen)  # type: ignore[arg-type]
    problems: tuple[Problem, ...] = ()
    #: Global ids of quotes that failed the verbatim check against their source.
    unverified: frozenset[str] = frozenset()
    #: For each file whose references were not checked because a themes or plan file
    #: does not load, those files (:mod:`mhbrief.follow_on`).
    held_back: Mapping[Path, tuple[Path, ...]] = field(default_factory=_frozen)  # type: ignore[arg-type]

    @property
    def error_count(self) -> int:
        return tally(self.problems).errors

    @property
    def warning_count(self) -> int:
        return tally(self.problems).warnings

    def items(self) -> Iterator[Item]:
        """Every quote, point and section, briefings first, in id order."""
        for briefing in self.briefings.values():
            yield from briefing.quotes
            yield from briefing.points
        for plan in self.plans.values():
            yield from plan.sections

    def section(self, ref: str) -> Section | None:
        plan_id, _, section_id = ref.partition("/")
        plan = self.plans.get(plan_id)
        return plan.section(section_id) if plan else None

    def get(self, global_id: str) -> Briefing | Plan | Item | None:
        """A briefing, plan, quote, point or section by its global id."""
        doc_id, _, item_id = global_id.partition("/")
        if not item_id:
            return self.briefings.get(doc_id) or self.plans.get(doc_id)
        if doc_id in self.briefings:
            return self.briefings[doc_id].item(item_id)
        if doc_id in self.plans:
            return self.plans[doc_id].section(item_id)
        return None

    def ids(self) -> list[str]:
        """Every id :meth:`get` answers: briefings, plans, then their items."""
        return [*self.briefings, *self.plans, *(item.global_id for item in self.items())]

    def briefing_of(self, item: Quote | Point) -> Briefing:
        return self.briefings[item.briefing_id]

    def backlinks(self, ref: str) -> tuple[Quote | Point, ...]:
        """Every quote and point, from every briefing, that links to section ``ref``: the
        newest briefing's first (what the organisation says now), each in its own order."""
        found = [
            (briefing.published, item)
            for briefing in self.briefings.values()
            for item in briefing.items
            if ref in item.sections
        ]
        found.sort(key=lambda pair: pair[0], reverse=True)  # stable: file order kept
        return tuple(item for _, item in found)

    def source_file(self, path: Path) -> SourceFile | None:
        return next((f for f in self.files if f.path == path), None)


# dataclass(slots=True) gives each class a __getstate__ and __setstate__ of its own; the
# latter would skip the sharing when the parse cache reads objects back.
for _class in (Section, Quote, Point, Briefing):
    setattr(_class, "__getstate__", _Shared.__getstate__)  # noqa: B010
    setattr(_class, "__setstate__", _Shared.__setstate__)  # noqa: B010


class _StoredField:
    """A field that may live in the text store (:mod:`mhbrief.textstore`) once loaded.

    Its slot holds the value, or the handle (an int, which no such field ever is) of
    the record holding the object's stored fields; reading it reads the record back.
    """

    __slots__ = ("_index", "_slot")

    def __init__(self, slot: Any, index: int) -> None:
        self._slot = slot
        self._index = index

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        raw = self._slot.__get__(obj, owner)
        if type(raw) is int:
            return STORE.get(raw)[self._index]
        return raw

    def __set__(self, obj: object, value: object) -> None:
        self._slot.__set__(obj, value)


#: The long fields of each class, kept in the text store by :func:`spill`: the texts
#: and contexts, summaries and places took some 50 MB of a running app at 100k items.
STORED_FIELDS: Mapping[type, tuple[str, ...]] = MappingProxyType(
    {
        Quote: ("text", "context", "places"),
        Point: ("text", "places"),
        Section: ("text", "places"),
        Briefing: ("summary",),
        Plan: ("summary",),
    }
)


def _values_of(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    """A function reading these fields of an object as one tuple (at C speed)."""
    if len(names) > 1:
        return attrgetter(*names)
    read = attrgetter(names[0])
    return lambda obj: (read(obj),)


#: By class: the slots of its stored fields, and a function reading their values as a tuple.
_SLOTS: dict[type, tuple[Any, ...]] = {}
_VALUES: dict[type, Callable[[object], tuple[Any, ...]]] = {}
for _stored_class, _names in STORED_FIELDS.items():
    _SLOTS[_stored_class] = tuple(_stored_class.__dict__[name] for name in _names)
    _VALUES[_stored_class] = _values_of(_names)
    for _index, _name in enumerate(_names):
        setattr(_stored_class, _name, _StoredField(_SLOTS[_stored_class][_index], _index))


def spill(document: Document | None) -> None:
    """Move the long fields of ``document`` and of its items to the text store.

    Nothing changes for readers: a stored field reads back the same value. Empty
    fields stay (they cost nothing), and so does everything when the store cannot be
    written. For a document fresh from the parser or the parse cache, before others
    see it: one already moved would be stored again.
    """
    if document is None or isinstance(document, ThemesFile):
        return
    items: tuple[Item, ...] = document.sections if isinstance(document, Plan) else document.items
    moved: list[object] = []
    records: list[tuple[Any, ...]] = []
    for obj in (document, *items):
        values = _VALUES[type(obj)](obj)
        if any(values):
            moved.append(obj)
            records.append(values)
    handles = STORE.put(records) if records else None
    if handles is None:
        return
    for target, handle, values in zip(moved, handles, records, strict=True):
        for slot, value in zip(_SLOTS[type(target)], values, strict=True):
            if value:
                slot.__set__(target, handle)


def kind_name(item: object) -> str:
    """What ``item`` is called in messages and JSON: quote, point, section, plan or briefing."""
    for kind, name in _KIND_NAMES:
        if isinstance(item, kind):
            return name
    return "item"


_KIND_NAMES: tuple[tuple[type, str], ...] = (
    (Quote, Kind.QUOTE.value),
    (Point, Kind.POINT.value),
    (Section, Kind.SECTION.value),
    (Briefing, Kind.BRIEFING.value),
    (Plan, "plan"),
)


#: Fields that say where an object stands (its file, lines, owner), never keys of a file.
_PLACE_FIELDS = frozenset(
    {"path", "line", "id_line", "key_lines", "places", "briefing_id", "plan_id"}
)


def file_keys(cls: type) -> tuple[str, ...]:
    """The keys a briefing file may give for ``cls``: its fields, less where it stands."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in _PLACE_FIELDS)


def speaks_for(item: Quote | Point, briefing: Briefing) -> tuple[str, str | None]:
    """The organisation an item is said for, and its short form: a quote's own
    organisation when it names one other than its briefing's (no short form then),
    else the briefing's."""
    own = item.organisation if isinstance(item, Quote) else None
    if own and own != briefing.organisation:
        return own, None
    return briefing.organisation, briefing.organisation_short


def item_record(item: Quote | Point, briefing: Briefing) -> dict[str, Any]:
    """A quote or point as plain data with its briefing's facts: what the index stores and
    ``show --json`` prints, each adding its own fields."""
    quote = item if isinstance(item, Quote) else None
    organisation, short = speaks_for(item, briefing)
    return {
        "id": item.global_id,
        "kind": kind_name(item),
        "briefing": briefing.id,
        "title": briefing.title,
        "speaker": quote.speaker if quote else None,
        "role": quote.role if quote else None,
        "organisation": organisation,
        "organisation_short": short,
        "date": briefing.published.isoformat(),
        "stance": item.stance.value if isinstance(item, Point) else None,
        "context": quote.context if quote else None,
        "text": item.text,
        "themes": list(item.themes),
        "sections": list(item.sections),
        "draft": briefing.draft,
        "outlet": briefing.outlet,
    }
