"""Plan sections and themes suggested for each drafted quote and point, as TOML comments.

The similarity is the one the app's Related list uses (more-like-this on the
analysed text, :mod:`mhbrief.engine.related`), handed in as a function so that the
importer stays free of Whoosh: the similar quotes and points vote for the
sections and themes they carry, a similar plan section for itself, each by its
score. What is suggested is written as a comment under the list it belongs
to; nothing is added to a list: the user decides.

::

    themes = ["zorg"]
    # suggested themes (similar statements carry them): geld
    sections = []
    # suggested plan sections (similar statements answer them): plan-veilig/actielijn-1 (…)
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from mhbrief.importer.assembly import Draft
from mhbrief.model import Collection
from mhbrief.sanitize import sanitize_line

#: Similar items asked for per drafted quote or point.
SIMILAR = 10
#: A value is suggested when its votes reach this share of the best value's.
SHARE = 0.5
MAX_SECTIONS = 3
MAX_THEMES = 3
#: A similar item's sections and themes count this much of its score; a section its full score.
CARRIED = 0.6


class SimilarItem(Protocol):
    """What the importer reads of a similar item (a :class:`mhbrief.engine.search.Hit`)."""

    @property
    def id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def themes(self) -> tuple[str, ...]: ...
    @property
    def sections(self) -> tuple[str, ...]: ...
    @property
    def kind(self) -> object: ...


#: ``(text, language) -> similar quotes, points and sections``, best first.
Similar = Callable[[str, str], Sequence[SimilarItem]]


@dataclass(frozen=True)
class Suggested:
    """For one drafted quote or point: sections and themes to consider."""

    sections: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    #: The title of each suggested section, where the collection knows it.
    titles: tuple[str | None, ...] = ()


def _best(votes: Mapping[str, float], limit: int) -> tuple[str, ...]:
    if not votes:
        return ()
    top = max(votes.values())
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(value for value, vote in ranked[:limit] if vote >= SHARE * top and vote > 0)


def suggest_item(
    text: str,
    language: str,
    similar: Similar,
    *,
    themes: Sequence[str] = (),
    sections: Sequence[str] = (),
    collection: Collection | None = None,
) -> Suggested:
    """What similar items suggest for one text, leaving out what its lists already hold."""
    section_votes: defaultdict[str, float] = defaultdict(float)
    theme_votes: defaultdict[str, float] = defaultdict(float)
    for item in similar(text, language):
        score = max(0.0, float(item.score))
        if str(getattr(item.kind, "value", item.kind)) == "section":
            section_votes[item.id] += score
        else:
            for ref in item.sections:
                section_votes[ref] += score * CARRIED
        for theme in item.themes:
            theme_votes[theme] += score * CARRIED
    for ref in [*sections, *(r for r in section_votes if not _known_section(collection, r))]:
        section_votes.pop(ref, None)
    for theme in [*themes, *(t for t in theme_votes if not _known_theme(collection, t))]:
        theme_votes.pop(theme, None)
    refs = _best(section_votes, MAX_SECTIONS)
    titles = tuple(_title(collection, ref) for ref in refs)
    return Suggested(refs, _best(theme_votes, MAX_THEMES), titles)


def _title(collection: Collection | None, ref: str) -> str | None:
    section = collection.section(ref) if collection is not None else None
    return section.title if section is not None else None


def _known_section(collection: Collection | None, ref: str) -> bool:
    return collection is None or collection.section(ref) is not None


def _known_theme(collection: Collection | None, theme: str) -> bool:
    return collection is None or theme in collection.themes


#: How many of a draft's items ask the index for similar ones (a statement has dozens).
MAX_SUGGESTED_ITEMS = 300


def suggest_draft(
    data: Mapping[str, object], similar: Similar, collection: Collection | None = None
) -> dict[str, Suggested]:
    """Suggestions for the first :data:`MAX_SUGGESTED_ITEMS` quotes and points of a draft
    document, by item id: each asks the index, so a draft of thousands of items pays for
    a bounded number of them."""
    language = str(data.get("language") or "nl")
    found: dict[str, Suggested] = {}
    asked = 0
    for table in ("quotes", "points"):
        items = data.get(table)
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                continue
            if asked >= MAX_SUGGESTED_ITEMS:
                return found
            asked += 1
            suggested = suggest_item(
                item["text"],
                language,
                similar,
                themes=[t for t in item.get("themes") or () if isinstance(t, str)],
                sections=[s for s in item.get("sections") or () if isinstance(s, str)],
                collection=collection,
            )
            if suggested.sections or suggested.themes:
                found[str(item.get("id"))] = suggested
    return found


# --- writing them beside the lists -------------------------------------------------

_TABLE = re.compile(r"^\[\[(quotes|points)\]\]\s*$")
_OTHER_TABLE = re.compile(r"^\[")
_ID = re.compile(r'^id\s*=\s*"([^"\\]*)"\s*$')
_LIST = re.compile(r"^(themes|sections)\s*=\s*\[")


def _section_comment(suggested: Suggested) -> str:
    titles = [*suggested.titles, *([None] * len(suggested.sections))]
    shown = [
        f"{ref} ({title})" if title else ref
        for ref, title in zip(suggested.sections, titles, strict=False)
    ]
    return "# suggested plan sections (similar statements answer them): " + ", ".join(shown)


def _comments(suggested: Suggested) -> dict[str, str]:
    found = {}
    if suggested.themes:
        found["themes"] = "# suggested themes (similar statements carry them): " + ", ".join(
            suggested.themes
        )
    if suggested.sections:
        found["sections"] = _section_comment(suggested)
    return {key: sanitize_line(line) for key, line in found.items()}


def annotate(toml_text: str, suggestions: Mapping[str, Suggested]) -> str:
    """``toml_text`` with each item's suggestions as comments under its ``themes``/``sections``.

    Only lines are added, never changed; a list the item lacks gets its comment at the
    end of the item's table.
    """
    if not suggestions:
        return toml_text
    out: list[str] = []
    pending: dict[str, str] = {}  # comments not written yet for the current item
    in_item = False
    closing: str | None = None  # the list whose closing bracket is awaited

    def flush() -> None:
        blanks = 0
        while out and not out[-1].strip():
            out.pop()
            blanks += 1
        out.extend(pending.values())
        out.extend([""] * blanks)
        pending.clear()

    for line in toml_text.splitlines():
        if closing is None and _OTHER_TABLE.match(line):
            flush()
            in_item = bool(_TABLE.match(line))
        out.append(line)
        match = _ID.match(line) if in_item and closing is None else None
        if match and match.group(1) in suggestions:
            pending.update(_comments(suggestions[match.group(1)]))
        listed = _LIST.match(line) if closing is None else None
        if listed:
            closing = listed.group(1)
        if closing is not None and line.rstrip().endswith("]"):
            comment = pending.pop(closing, None) if in_item else None
            if comment:
                out.append(comment)
            closing = None
    flush()
    return "\n".join(out) + ("\n" if toml_text.endswith("\n") else "")


def with_suggestions(draft: Draft, similar: Similar, collection: Collection | None) -> Draft:
    """The draft with its quotes' and points' suggestions filled in (for the first
    :data:`MAX_SUGGESTED_ITEMS`; a note says so when there are more)."""
    suggestions = suggest_draft(draft.data, similar, collection)
    count = len(draft.quotes) + len(draft.points)
    warnings = draft.warnings
    if count > MAX_SUGGESTED_ITEMS:
        warnings = [
            *warnings,
            f"themes and sections suggested for the first {MAX_SUGGESTED_ITEMS} of {count}"
            " items only; fill in the others' by hand",
        ]
    return dataclasses.replace(draft, suggestions=suggestions, warnings=warnings)
