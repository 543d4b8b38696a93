"""Prep sheets: named lists of quotes and points to take into an interview, with notes.

A sheet keeps each item as it was when it was added (its text and citation are
*pinned*), by global id, in the per-user state store (one TOML document per
sheet, see :mod:`mhbrief.state`). Seen against the collection now, each entry
is current, changed (both texts are kept) or missing, and never dropped; an
item of a superseded briefing is flagged with what superseded it.

An item whose briefing file fails to load now is shown as pinned, flagged as from
a file with problems; only an item really gone is missing. :mod:`mhbrief.sheet_export`
turns a sheet into one page. No Textual here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from mhbrief.citation import cite_item
from mhbrief.model import Collection, Point, Quote, kind_name, section_heading
from mhbrief.pinned_files import failing_files, in_failing_file, relative
from mhbrief.problems import Problem
from mhbrief.sanitize import sanitize_line, sanitize_text, shown_id
from mhbrief.state import Document, StateError, StateStore
from mhbrief.suggest import id_hint
from mhbrief.toml_positions import KeyPath

GROUP = "sheets"
#: The sheet ``a`` adds to when none was chosen yet.
DEFAULT_SHEET = "Prep"
#: The display choice (in the state store) that names the current sheet.
CURRENT_KEY = "sheet"
NAME_LIMIT = 80
NOTE_LIMIT = 300


class SheetError(StateError):
    """A sheet operation that cannot be done; the message says why and what to do."""


class EntryState(StrEnum):
    CURRENT = "current"
    CHANGED = "changed"
    #: Its briefing file fails to load now (F8 says why): shown as pinned, not as gone.
    PROBLEM_FILE = "problem-file"
    MISSING = "missing"


@dataclass(frozen=True)
class Pin:
    """One item as it stood when it was added to a sheet."""

    id: str
    kind: str
    text: str
    citation: str
    added: date
    note: str = ""
    #: Who said it (a quote's speaker and role, a point's organisation), as pinned.
    who: str = ""
    #: The briefing file it came from, relative to the briefings folder (as pinned).
    source: str = ""
    #: Its briefing's title and language, as pinned (for when the briefing fails to load).
    title: str = ""
    language: str = ""

    def to_toml(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "added": self.added,
            "text": self.text,
            "citation": self.citation,
        }
        for key in ("note", "who", "source", "title", "language"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Sheet:
    name: str
    created: date
    pins: tuple[Pin, ...] = ()

    def pin(self, item_id: str) -> Pin | None:
        return next((p for p in self.pins if p.id == item_id), None)

    def to_toml(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "created": self.created,
            "items": [pin.to_toml() for pin in self.pins],
        }


@dataclass(frozen=True)
class SectionLink:
    ref: str
    number: str | None = None
    title: str | None = None
    plan: str | None = None

    @property
    def label(self) -> str:
        """``1.1 Onderdeel`` (or the bare reference of a section that is gone)."""
        return section_heading(self.number, self.title) if self.title else self.ref


@dataclass(frozen=True)
class SheetEntry:
    """A pinned item seen against the collection as it is now."""

    pin: Pin
    state: EntryState
    text: str
    citation: str
    who: str
    stance: str | None = None
    sections: tuple[SectionLink, ...] = ()
    superseded: bool = False
    superseded_by: str | None = None
    #: From a briefing not reviewed yet (``draft = true``).
    draft: bool = False
    #: A quote not found verbatim in its archived source (a possible misquote).
    unverified: bool = False
    #: The briefing's language, title and date (unknown for an item not loaded now).
    language: str | None = None
    title: str = ""
    published: date | None = None

    @property
    def id(self) -> str:
        return self.pin.id

    @property
    def text_changed(self) -> bool:
        """Its words are not those pinned."""
        return self.state is EntryState.CHANGED and self.text != self.pin.text

    @property
    def citation_changed(self) -> bool:
        """Who said it, in what role, when or where is not as pinned (the words aside:
        a quote's citation holds them too)."""
        if self.state is not EntryState.CHANGED:
            return False
        if not self.pin.text:  # (replace would put the new text between every letter)
            return self.pin.citation != self.citation
        return self.pin.citation.replace(self.pin.text, self.text) != self.citation


# --- the store -------------------------------------------------------------------


def slug(name: str) -> str:
    """The readable part of a sheet's file stem: ``Interview RTL`` -> ``interview-rtl``.

    Also the whole stem of sheets written before :func:`stem` (see there).
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    if stem:
        return stem
    return "sheet-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def name_key(name: str) -> str:
    """What makes two sheet names the same sheet: case and punctuation aside, every letter
    of every script counts (``Interview RTL`` = ``interview-rtl``; ``… deel A`` is not
    ``… deel B``, nor ``Встреча`` ``Интервью``)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\W_]+", "-", folded).strip("-")


def stem(name: str) -> str:
    """The file stem of sheet ``name``: its :func:`slug`, plus a short hash of its
    :func:`name_key` when the slug leaves something out (accents, other scripts, a name
    cut at 60 characters), so different names never share a file."""
    return slug(name) if slug(name) == name_key(name) else _hashed(name)


def _hashed(name: str) -> str:
    readable = slug(name)
    digest = hashlib.sha256(name_key(name).encode("utf-8")).hexdigest()[:10]
    return f"{'sheet' if readable.startswith('sheet-') else readable}-{digest}"


def clean_name(name: str) -> str:
    name = sanitize_line(name)[:NAME_LIMIT].strip()
    if not name:
        raise SheetError("a sheet needs a name, e.g. 'Interview RTL'")
    return name


class Sheets:
    """The named sheets of one user for one briefings folder."""

    def __init__(self, store: StateStore) -> None:
        self.store = store

    @property
    def problems(self) -> list[Problem]:
        """Damaged sheet files met so far (each left untouched), and the sheets folder
        when it cannot be read or trusted."""
        return [p for p in self.store.problems if GROUP in (p.path.parent.name, p.path.name)]

    def _doc(self, name: str) -> str:
        """The document of sheet ``name``: the file whose sheet has this name (its own, or
        one written under the old scheme, the bare slug), else where a new one goes."""
        key = name_key(name)
        doc = f"{GROUP}/{stem(name)}"
        for candidate in dict.fromkeys((doc, f"{GROUP}/{slug(name)}")):
            if not self.store.exists(candidate):
                continue
            data = self.store.load(candidate, _check_sheet)
            if data and name_key(str(data["name"])) == key:
                return candidate
            if not data and self.store.path(candidate) in {p.path for p in self.store.problems}:
                return candidate  # damaged: damaged() says so; never written over
        if self.store.exists(doc):  # another name's (an old file): this one gets its hash
            return f"{GROUP}/{_hashed(name)}"
        return doc

    def all(self) -> list[Sheet]:
        """Every sheet that can be read, by name; damaged files are in :attr:`problems`."""
        sheets = []
        for doc in self.store.names(GROUP):
            data = self.store.load(doc, _check_sheet)
            if data:
                sheets.append(_sheet_from(data))
        return sorted(sheets, key=lambda s: s.name.casefold())

    def names(self) -> list[str]:
        return [sheet.name for sheet in self.all()]

    def get(self, name: str) -> Sheet | None:
        """The sheet called ``name`` (any case or punctuation), or None."""
        data = self.store.load(self._doc(name), _check_sheet)
        return _sheet_from(data) if data else None

    def damaged(self, name: str) -> Problem | None:
        """The problem of the sheet file ``name`` maps to, when it is damaged."""
        path = self.store.path(self._doc(name))
        return next((p for p in self.store.problems if p.path == path), None)

    def create(self, name: str, today: date) -> Sheet:
        """A new empty sheet; an existing one of that name is refused."""
        name = clean_name(name)

        def change(data: Document) -> Document:
            if data:
                raise SheetError(f"there is a sheet called '{data['name']}' already")
            return Sheet(name, today).to_toml()

        return _sheet_from(self.store.update(self._doc(name), change, _check_sheet))

    def rename(self, old: str, new: str) -> Sheet:
        """Give sheet ``old`` the name ``new`` (a name only it maps to)."""
        new = clean_name(new)
        sheet = self.existing(old)
        if name_key(new) == name_key(sheet.name):
            renamed = self._change(sheet.name, lambda s: replace(s, name=new))
        elif self.store.exists(self._doc(new)):
            raise SheetError(f"there is a sheet called '{new}' already; choose another name")
        else:
            renamed = replace(sheet, name=new)
            self.store.save(self._doc(new), renamed.to_toml(), _check_sheet)
            self.store.delete(self._doc(sheet.name))
        if self.current() == sheet.name:
            self.set_current(new)
        return renamed

    def delete(self, name: str) -> None:
        sheet = self.existing(name)
        self.store.delete(self._doc(sheet.name))

    def add(self, name: str, pins: Iterable[Pin], today: date, *, note: str | None = None) -> Sheet:
        """Append ``pins`` to sheet ``name`` (created if missing).

        An item already on the sheet keeps its place and pinned text; it gets
        ``note`` when one is given.
        """
        name = clean_name(name)
        new_pins = list(pins)
        cleaned = _clean_note(note) if note is not None else None

        def change(data: Document) -> Document:
            sheet = _sheet_from(data) if data else Sheet(name, today)
            kept = list(sheet.pins)
            for pin in new_pins:
                if cleaned is not None:
                    pin = replace(pin, note=cleaned)
                at = next((i for i, p in enumerate(kept) if p.id == pin.id), None)
                if at is None:
                    kept.append(pin)
                elif cleaned is not None:
                    kept[at] = replace(kept[at], note=cleaned)
            return replace(sheet, pins=tuple(kept)).to_toml()

        return _sheet_from(self.store.update(self._doc(name), change, _check_sheet))

    def remove(self, name: str, item_id: str) -> Sheet:
        sheet = self.existing(name)
        if sheet.pin(item_id) is None:
            raise SheetError(f"'{shown_id(item_id)}' is not on the sheet '{sheet.name}'")
        return self._change(
            sheet.name, lambda s: replace(s, pins=tuple(p for p in s.pins if p.id != item_id))
        )

    def move(self, name: str, item_id: str, step: int) -> Sheet:
        """Move an item ``step`` places (negative: up), stopping at either end."""

        def moved(sheet: Sheet) -> Sheet:
            pins = list(sheet.pins)
            at = next((i for i, p in enumerate(pins) if p.id == item_id), None)
            if at is None:
                return sheet
            to = max(0, min(len(pins) - 1, at + step))
            pins.insert(to, pins.pop(at))
            return replace(sheet, pins=tuple(pins))

        return self._change(name, moved)

    def place(self, name: str, item_id: str, index: int) -> Sheet:
        """Put an item at ``index`` (as far as the sheet goes): undoes a move."""

        def placed(sheet: Sheet) -> Sheet:
            pins = [p for p in sheet.pins if p.id != item_id]
            found = sheet.pin(item_id)
            if found is None:
                return sheet
            pins.insert(max(0, min(index, len(pins))), found)
            return replace(sheet, pins=tuple(pins))

        return self._change(name, placed)

    def restore(self, name: str, pinned: Pin, index: int) -> Sheet:
        """Put a removed item back at ``index``, with its note and pinned text: undoes a
        remove (an item on the sheet again meanwhile stays where it is)."""

        def restored(sheet: Sheet) -> Sheet:
            if sheet.pin(pinned.id) is not None:
                return sheet
            pins = list(sheet.pins)
            pins.insert(max(0, min(index, len(pins))), pinned)
            return replace(sheet, pins=tuple(pins))

        return self._change(name, restored)

    def set_note(self, name: str, item_id: str, note: str) -> Sheet:
        cleaned = _clean_note(note)
        return self._change(
            name,
            lambda s: replace(
                s, pins=tuple(replace(p, note=cleaned) if p.id == item_id else p for p in s.pins)
            ),
        )

    def repin(self, name: str, pins: Iterable[Pin]) -> Sheet:
        """Pin the current text of items already on the sheet (after a change was read)."""
        fresh = {pin.id: pin for pin in pins}
        return self._change(
            name,
            lambda s: replace(
                s,
                pins=tuple(
                    replace(fresh[p.id], note=p.note, added=p.added) if p.id in fresh else p
                    for p in s.pins
                ),
            ),
        )

    def current(self) -> str | None:
        """The name of the sheet ``a`` adds to (None: none chosen yet)."""
        value = self.store.display_choices().get(CURRENT_KEY)
        return sanitize_line(value) if isinstance(value, str) and value.strip() else None

    def set_current(self, name: str) -> None:
        self.store.set_display(CURRENT_KEY, clean_name(name))

    def existing(self, name: str) -> Sheet:
        """The sheet called ``name``, or a :class:`SheetError` that says why there is none."""
        sheet = self.get(name)
        if sheet is not None:
            return sheet
        problem = self.damaged(name)
        if problem is not None:
            raise SheetError(f"{problem.format()}; this sheet file was left untouched")
        known = ", ".join(f"'{n}'" for n in self.names()) or "none yet; add an item first"
        raise SheetError(f"no sheet called '{shown_id(name)}' (sheets: {known})")

    def _change(self, name: str, how: Callable[[Sheet], Sheet]) -> Sheet:
        doc = self._doc(self.existing(name).name)

        def change(data: Document) -> Document:
            if not data:
                raise SheetError(f"the sheet '{sanitize_line(name)}' was removed meanwhile")
            return how(_sheet_from(data)).to_toml()

        return _sheet_from(self.store.update(doc, change, _check_sheet))


def _clean_note(note: str) -> str:
    return sanitize_line(note)[:NOTE_LIMIT]


def _sheet_from(data: Document) -> Sheet:
    """A sheet from a document :func:`_check_sheet` accepted; text sanitised again."""
    pins = tuple(
        Pin(
            id=sanitize_line(item["id"]),
            kind=sanitize_line(item.get("kind", "quote")),
            text=sanitize_text(item["text"]),
            citation=sanitize_text(item["citation"]),
            added=item.get("added", data["created"]),
            note=sanitize_line(item.get("note", "")),
            who=sanitize_line(item.get("who", "")),
            source=sanitize_line(item.get("source", "")),
            title=sanitize_line(item.get("title", "")),
            language=sanitize_line(item.get("language", "")),
        )
        for item in data.get("items", [])
    )
    return Sheet(sanitize_line(data["name"]), data["created"], pins)


def _check_sheet(data: Document) -> list[tuple[KeyPath, str]]:
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        return [(("name",), 'a sheet file needs name = "..."')]
    if type(data.get("created")) is not date:
        return [(("created",), "a sheet file needs created = a date such as 2026-12-01")]
    items = data.get("items", [])
    if not isinstance(items, list):
        return [(("items",), "'items' should be a list of [[items]] tables")]
    for number, item in enumerate(items):
        if not isinstance(item, dict):
            return [(("items", number), "each of 'items' should be an [[items]] table")]
        for key in ("id", "text", "citation"):
            if not isinstance(item.get(key), str):
                return [(("items", number, key), f'each [[items]] needs {key} = "..."')]
        for key in ("kind", "note", "who", "source", "title", "language"):
            if key in item and not isinstance(item[key], str):
                return [(("items", number, key), f"'{key}' should be a text in quotes")]
        if "added" in item and type(item["added"]) is not date:
            return [(("items", number, "added"), "'added' should be a date such as 2026-12-01")]
    return []


# --- items against the collection --------------------------------------------------


def pin(collection: Collection, item_id: str, today: date) -> Pin:
    """``item_id`` as it stands now, ready to go on a sheet; an unknown id raises."""
    item = collection.get(item_id)
    shown = shown_id(item_id)
    if item is None:
        ids = [i.global_id for i in collection.items() if isinstance(i, Quote | Point)]
        hint = id_hint(item_id, ids)
        raise SheetError(f"no quote or point with id '{shown}'{hint}; nothing was added")
    if not isinstance(item, Quote | Point):
        raise SheetError(f"'{shown}' is not a quote or point; only those go on a sheet")
    kind = kind_name(item)
    briefing = collection.briefing_of(item)
    return Pin(
        item.global_id,
        kind,
        item.text,
        cite_item(collection, item),
        today,
        who=_who(item, briefing.organisation),
        source=relative(briefing.path, collection.root),
        title=briefing.title,
        language=briefing.language,
    )


def review(sheet: Sheet, collection: Collection) -> list[SheetEntry]:
    """Each pinned item of ``sheet`` against the collection now, in sheet order."""
    failing = failing_files(collection)
    return [entry_for(pinned, collection, failing) for pinned in sheet.pins]


def entry_for(
    pinned: Pin, collection: Collection, failing: frozenset[str] | None = None
) -> SheetEntry:
    item = collection.get(pinned.id)
    if not isinstance(item, Quote | Point):
        failing = failing_files(collection) if failing is None else failing
        problem = in_failing_file(pinned.source, pinned.id, failing, collection.root)
        state = EntryState.PROBLEM_FILE if problem else EntryState.MISSING
        who = pinned.who or _who_from_citation(pinned)
        return SheetEntry(
            pinned,
            state,
            pinned.text,
            pinned.citation,
            who=who,
            language=pinned.language or None,
            title=pinned.title,
        )
    briefing = collection.briefing_of(item)
    citation = cite_item(collection, item)
    # The words, or the attribution (speaker, role, date, statement, draft or not): a
    # sheet that says "current" vouches for both as pinned.
    same = item.text == pinned.text and citation == pinned.citation
    state = EntryState.CURRENT if same else EntryState.CHANGED
    stance = item.stance.value if isinstance(item, Point) else None
    return SheetEntry(
        pinned,
        state,
        item.text,
        citation,
        who=_who(item, briefing.organisation),
        stance=stance,
        sections=tuple(_section_link(collection, ref) for ref in item.sections),
        superseded=briefing.superseded,
        superseded_by=briefing.superseded_by,
        draft=briefing.draft,
        unverified=item.global_id in collection.unverified,
        language=briefing.language,
        title=briefing.title,
        published=briefing.published,
    )


def _who(item: Quote | Point, organisation: str) -> str:
    if isinstance(item, Quote):
        return item.speaker + (f" ({item.role})" if item.role else "")
    return organisation


def _who_from_citation(pinned: Pin) -> str:
    """The speaker of a quote pinned before pins said who: the citation's first name."""
    if pinned.kind != "quote" or "” — " not in pinned.citation:
        return ""
    return pinned.citation.split("” — ", 1)[1].split(",", 1)[0].strip()


def _section_link(collection: Collection, ref: str) -> SectionLink:
    section = collection.section(ref)
    if section is None:
        return SectionLink(ref)
    plan = collection.plans[section.plan_id]
    return SectionLink(ref, section.number, section.title, plan.title)


def state_label(entry: SheetEntry) -> str:
    """A short warning for an entry that is not simply current ('' when it is)."""
    parts = []
    if entry.state is EntryState.CHANGED:
        parts.append(f"CHANGED since it was pinned on {entry.pin.added.isoformat()}")
    elif entry.state is EntryState.PROBLEM_FILE:
        parts.append(
            "file has problems (F8): shown as pinned on "
            f"{entry.pin.added.isoformat()}; mhbrief validate says what to fix"
        )
    elif entry.state is EntryState.MISSING:
        parts.append(
            f"MISSING from the briefings now (pinned on {entry.pin.added.isoformat()}); "
            "its briefing or the item was removed or renamed"
        )
    if entry.superseded:
        parts.append(
            f"SUPERSEDED by {entry.superseded_by}" if entry.superseded_by else "SUPERSEDED"
        )
    if entry.draft:
        parts.append("DRAFT: not reviewed yet")
    return "; ".join(parts)
