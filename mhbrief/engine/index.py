"""What the index holds: its schema, and the documents (records) of each briefing file.

The TOML files are the source of truth; the index is a cache that can always be
rebuilt from them. One document per quote, point, plan section and briefing,
keyed by its global id. Each document remembers the file it came from (keyed by
:func:`relative`) and that file's SHA-256, so a sync (:mod:`mhbrief.engine.sync`)
re-indexes only files that were added, changed or deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from whoosh.analysis import IDAnalyzer
from whoosh.columns import RefBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from mhbrief.engine.analysis import (
    LANGUAGES,
    edge_analyzer,
    language_of,
    plain_analyzer,
    text_analyzer,
)
from mhbrief.model import Briefing, Collection, Plan, SourceFile, item_record

#: 3: theme labels indexed with the items that carry them (``themes_<lang>``).
#: 4: records say ``draft``; a section's record its plan's ``own_words`` and ``url``.
#: 5: a briefing's records say its ``outlet`` (news copy is cited with it).
SCHEMA_VERSION = 5

#: Text fields per language: an item's text, the heading it stood under, the title of
#: its briefing or plan, and the labels of its themes.
TEXT_FIELDS = ("text", "context", "title", "themes")


def lang_field(name: str, language: str) -> str:
    return f"{name}_{language_of(language)}"


def build_schema() -> Schema:
    fields: dict[str, Any] = {
        "id": ID(stored=True, unique=True),
        # Filter values are lowercase slugs: lowercasing the query value makes
        # theme:Digitaal and kind:Quote work as typed.
        "kind": ID(analyzer=IDAnalyzer(lowercase=True)),
        "briefing": ID(analyzer=IDAnalyzer(lowercase=True)),
        "source": ID(),
        "filekey": ID(),
        "language": ID(analyzer=IDAnalyzer(lowercase=True)),
        "stance": ID(analyzer=IDAnalyzer(lowercase=True)),
        "status": ID(analyzer=IDAnalyzer(lowercase=True)),
        "theme": KEYWORD(scorable=False, lowercase=True),
        "section": KEYWORD(scorable=False, lowercase=True),
        "date": DATETIME(sortable=True),
        "speaker": TEXT(analyzer=plain_analyzer()),
        "org": TEXT(analyzer=plain_analyzer()),
        "words": TEXT(analyzer=plain_analyzer(), phrase=True),
        "edge": TEXT(analyzer=edge_analyzer(), phrase=False),
        "data": STORED(),
        # Facet values, read per matching document.
        "f_kind": COLUMN(RefBytesColumn()),
        "f_speaker": COLUMN(RefBytesColumn()),
        "f_org": COLUMN(RefBytesColumn()),
        "f_theme": COLUMN(RefBytesColumn()),
    }
    for language in LANGUAGES:
        for name in TEXT_FIELDS:
            fields[f"{name}_{language}"] = TEXT(analyzer=text_analyzer(language))
    return Schema(**fields)


SCHEMA = build_schema()


# --- documents ---------------------------------------------------------------


#: What the records of a file hold; a new one re-indexes every file that loads (in the
#: same index, so a file that fails keeps its last good records, as it would on a rebuild).
#: 2: records say ``superseded_by``, and a quote whether it is ``unverified``.
RECORDS_VERSION = 2


def labels_digest(labels: Mapping[str, str]) -> str:
    """A short fingerprint of the theme labels (records carry them) and of what records hold:
    a change re-indexes."""
    joined = f"records {RECORDS_VERSION}\n" + "\n".join(
        f"{key}\t{labels[key]}" for key in sorted(labels)
    )
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def file_version(source: SourceFile, labels: Mapping[str, str]) -> str:
    """What the index remembers of a file: its content, and the theme labels it was indexed with."""
    return f"{source.sha256}+{labels_digest(labels)}"


def theme_labels(collection: Collection) -> dict[str, str]:
    """``{theme id: label}`` of every defined theme."""
    return {theme_id: theme.label for theme_id, theme in collection.themes.items()}


#: Themes and sections indexed per record. A real item has a handful; a hostile list
#: made one live reload slow and big (bench/README.md). validate still reports every unknown entry.
MAX_LISTED = 100


def records(
    source: SourceFile,
    rel: str,
    labels: Mapping[str, str] | None = None,
    unverified: frozenset[str] = frozenset(),
) -> Iterator[dict[str, Any]]:
    """The stored records of one loaded file (plain JSON-able data).

    ``labels`` (theme id to label) gives each record its themes' labels, so a theme's
    name finds the items that carry it. ``unverified``: the quotes not found verbatim,
    kept with each record so an item whose file fails later is still cited as such.
    """
    labels = labels or {}
    for record in _records(source, rel, file_version(source, labels)):
        if record["kind"] == "quote":
            record["unverified"] = record["id"] in unverified
        for name in ("themes", "sections"):
            record[name] = record[name][:MAX_LISTED]
        # A briefing's themes are its items': the items carry them, and rank for them.
        carried = () if record["kind"] == "briefing" else record["themes"]
        record["theme_labels"] = [labels.get(t, t) for t in carried]
        yield record


def _records(source: SourceFile, rel: str, version: str) -> Iterator[dict[str, Any]]:
    document = source.document
    base = {"source": rel, "sha256": version}
    if isinstance(document, Briefing):
        common = {
            "briefing": document.id,
            "title": document.title,
            "organisation": document.organisation,
            "organisation_short": document.organisation_short,
            "date": document.published.isoformat(),
            "language": document.language,
            "status": document.status.value,
            "superseded_by": document.superseded_by,
            "draft": document.draft,
            "outlet": document.outlet,
        }
        yield {
            **base,
            **common,
            "id": document.id,
            "kind": "briefing",
            "speaker": None,
            "role": None,
            "stance": None,
            "context": None,
            "text": document.summary or document.title,
            "themes": sorted({t for item in document.items for t in item.themes}),
            "sections": sorted({s for item in document.items for s in item.sections}),
        }
        for item in document.items:
            yield {**base, **common, **item_record(item, document)}
    elif isinstance(document, Plan):
        for section in document.sections:
            heading = section.heading
            yield {
                **base,
                "id": section.ref,
                "kind": "section",
                "briefing": document.id,
                "title": document.title,
                "organisation": document.publisher,
                "organisation_short": None,
                "date": document.published.isoformat(),
                "language": document.language,
                "status": "current",
                "speaker": None,
                "role": None,
                "stance": None,
                "context": heading,
                "text": section.text,
                "themes": list(section.themes),
                "sections": [section.ref],
                "draft": False,
                "own_words": document.own_words,
                "url": document.url,
            }


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def index_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Whoosh fields for a stored record; every value coerced to its field's type."""
    language = language_of(_text(record.get("language")))
    speaker = " ".join(_text(record.get(k)) for k in ("speaker", "role")).strip()
    org = " ".join(_text(record.get(k)) for k in ("organisation", "organisation_short")).strip()
    text, context, title = (_text(record.get(k)) for k in ("text", "context", "title"))
    themes = [t for t in record.get("themes") or () if isinstance(t, str)]
    labels = "\n".join(t for t in record.get("theme_labels") or () if isinstance(t, str))
    sections = [s for s in record.get("sections") or () if isinstance(s, str)]
    everything = "\n".join(p for p in (text, context, title, speaker, org) if p)
    fields: dict[str, Any] = {
        "id": _text(record.get("id")),
        "kind": _text(record.get("kind")),
        "briefing": _text(record.get("briefing")),
        "source": _text(record.get("source")),
        "filekey": f"{_text(record.get('source'))}\t{_text(record.get('sha256'))}",
        "language": language,
        "status": _text(record.get("status")) or "current",
        "theme": " ".join(themes),
        "section": " ".join(sections),
        "words": everything,
        "edge": everything,
        "data": json.dumps(record, ensure_ascii=False),
        "f_kind": _text(record.get("kind")).encode(),
        "f_speaker": _text(record.get("speaker")).encode(),
        "f_org": _text(record.get("organisation")).encode(),
        "f_theme": "\n".join(themes).encode(),
    }
    if record.get("stance"):
        fields["stance"] = _text(record.get("stance"))
    if speaker:
        fields["speaker"] = speaker
    if org:
        fields["org"] = org
    day = _parse_date(record.get("date"))
    if day is not None:
        fields["date"] = datetime(day.year, day.month, day.day)
    for name, value in (("text", text), ("context", context), ("title", title), ("themes", labels)):
        if value:
            fields[f"{name}_{language}"] = value
    return fields


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# --- source keys -------------------------------------------------------------


def relative(path: Path, root: Path) -> str:
    """The key of a file in the index: its path below ``root``, always valid UTF-8."""
    text, base = os.fspath(path), os.path.join(os.fspath(root), "")
    if os.sep == "/" and text.startswith(base) and len(text) > len(base):
        rel = text[len(base) :]  # what relative_to gives, without pathlib's cost per file
    else:
        try:
            rel = path.relative_to(root).as_posix()
        except ValueError:
            rel = path.as_posix()
    # A name that is not UTF-8 holds lone surrogates, which Whoosh cannot encode;
    # backslash escapes keep two such names apart.
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def failing_sources(collection: Collection) -> frozenset[str]:
    """Source paths (as the index keys them) of files that do not load now, and of
    folders that cannot be read (every file below one counts as failing); not of files
    refused for an id another file keeps (their last items are dropped, not kept)."""
    return frozenset(
        relative(source.path, collection.root)
        for source in collection.files
        if source.document is None and source.taken_by is None
    )


def refused_sources(collection: Collection) -> frozenset[str]:
    """Source paths of files refused for an id another file keeps: nothing of theirs is
    in the index (their old items would be found under that file's id)."""
    return frozenset(
        relative(source.path, collection.root)
        for source in collection.files
        if source.document is None and source.taken_by is not None
    )


def is_failing(source: str, failing: frozenset[str] | set[str]) -> bool:
    """True when ``source`` or a folder above it is in ``failing``."""
    if source in failing or "." in failing:  # ".": the briefings folder itself
        return True
    parts = source.split("/")
    return any("/".join(parts[:end]) in failing for end in range(1, len(parts)))
