"""``mhbrief speakers``, ``mhbrief related`` and ``mhbrief show ID --source``.

Browsing deeper from the command line: who said what in which role, what other
briefings said on the same point, and what surrounded a quote in its source.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from mhbrief.cli.common import (
    SEARCH_LOCK_TIMEOUT,
    Subparsers,
    UsageError,
    add_briefings_argument,
    add_index_argument,
    add_json_argument,
    load_cached,
    not_found,
    print_json,
    resolve_location,
)
from mhbrief.cli.output import Lines, Style, byline, style_for
from mhbrief.library import Library
from mhbrief.model import Collection, Kind, Quote, kind_name
from mhbrief.plural import counted
from mhbrief.results import SearchResponse
from mhbrief.sanitize import sanitize_line
from mhbrief.source_passage import Match, Passage, SourceUnavailable, passage
from mhbrief.speakers import speakers
from mhbrief.suggest import id_hint

MARK_ON, MARK_OFF = "\x1b[1;4m", "\x1b[0m"
#: How a quote is marked in output that is not a colour terminal (piped, NO_COLOR).
PLAIN_MARK = "*"
RELATED_KINDS = (Kind.QUOTE.value, Kind.POINT.value)
TEXT_CHARS = 200


# --- speakers --------------------------------------------------------------------


def cmd_speakers(args: argparse.Namespace) -> int:
    location = resolve_location(args, quiet=args.json)
    found = speakers(load_cached(args, location.path))
    if args.json:
        print_json([speaker.to_json() for speaker in found])
        return 0
    lines = Lines(sys.stdout)
    for speaker in found:
        lines.line(f"{sanitize_line(speaker.name)}  ({counted(speaker.count, 'quote')})", hang=2)
        lines.line(f"    {'; '.join(sanitize_line(org) for org in speaker.organisations)}")
        for role in speaker.roles:
            span = role.first.isoformat()
            if role.last != role.first:
                span += f" – {role.last.isoformat()}"
            lines.line(f"    {sanitize_line(role.role)}: {span}", hang=2)
    if not found:
        lines.line("no speakers: no quotes in this folder")
    return 0


# --- related -----------------------------------------------------------------------


def cmd_related(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    location = resolve_location(args, quiet=args.json)
    index_arg = getattr(args, "index", None)
    with Library(location.path, Path(index_arg).expanduser() if index_arg else None) as library:
        report = library.sync(lock_timeout=SEARCH_LOCK_TIMEOUT)
        kind = _kind_of(library, args.id)
        if kind is None:
            collection = library.collection
            hint = id_hint(args.id, collection.ids())
            print(not_found(args.id, collection, hint), file=sys.stderr)
            return 1
        if kind not in RELATED_KINDS:
            raise UsageError(f"related works for quotes and points; this is a {kind}")
        response = library.related(args.id, limit=args.limit)
    if response.stale:
        reason = report.message or "the index could not be updated"
        print(f"mhbrief: results may be stale: {reason}", file=sys.stderr)
    if args.json:
        print_json(response.to_json())
    else:
        _print_related(response, sys.stdout)
    return 0


def _kind_of(library: Library, item_id: str) -> str | None:
    """The kind of ``item_id`` as loaded now, or as last indexed if its file has problems."""
    collection = library.collection
    item = collection.get(item_id)
    if item is not None:
        return kind_name(item)
    hit = library.indexed_hit(item_id, collection)
    return hit.kind.value if hit is not None and hit.from_problem_file else None


def _print_related(response: SearchResponse, out: TextIO) -> None:
    lines = Lines(out)
    for hit in response.hits:
        lines.line(f"{hit.id}  {byline(hit)}", hang=2)
        text = " ".join(hit.text.split())
        if len(text) > TEXT_CHARS:
            text = text[: TEXT_CHARS - 1].rstrip() + "…"
        lines.line(f"    {text}\n")
    if not response.hits:
        lines.line("nothing related found in other briefings")
    else:
        lines.line(f"{len(response.hits)} of {counted(response.total, 'related item')}")


# --- show --source -------------------------------------------------------------------


def show_source(collection: Collection, item: object, out: TextIO) -> int:
    """``show ID --source``: the quote's paragraph with one before and after, the quote marked."""
    if not isinstance(item, Quote):
        raise UsageError(f"--source works for quotes; this is a {kind_name(item)}")
    shown = sanitize_line(item.global_id)
    try:
        found = passage(collection, item)
    except SourceUnavailable as exc:
        where = f"; the source is online at {sanitize_line(exc.url)}" if exc.url else ""
        print(f"mhbrief: {shown}: {exc.reason}{where}", file=sys.stderr)
        return 1
    name = sanitize_line(found.path.name)
    if found.match is Match.NONE:
        print(f"mhbrief: {shown}: none of the quote's words are in {name}", file=sys.stderr)
        return 1
    if found.match is Match.CLOSEST:
        print(
            f"mhbrief: {shown}: not found verbatim in {name}; showing the closest passage",
            file=sys.stderr,
        )
    Lines(out).line(render_passage(found, styled=style_for(out) is Style.BOLD).removesuffix("\n"))
    return 0


def render_passage(found: Passage, *, styled: bool) -> str:
    """The paragraphs around the quote, blank-line separated, the quote marked."""
    on, off = (MARK_ON, MARK_OFF) if styled else (PLAIN_MARK, PLAIN_MARK)
    blocks = []
    for number in found.around():
        start, end = found.paragraphs[number]
        lo, hi = max(start, found.start), min(end, found.end)
        text = found.text
        if lo < hi:
            blocks.append(f"{text[start:lo]}{on}{text[lo:hi]}{off}{text[hi:end]}")
        else:
            blocks.append(text[start:end])
    return "\n\n".join(blocks) + "\n"


# --- registration ----------------------------------------------------------------------


def register(subparsers: Subparsers) -> None:
    speakers_parser = subparsers.add_parser(
        "speakers",
        help="everyone quoted: organisations, roles with their dates, quotes per theme",
        description="List every speaker (the exact speaker string of a quote), sorted by name.",
    )
    add_briefings_argument(speakers_parser)
    add_index_argument(speakers_parser)
    add_json_argument(speakers_parser)
    speakers_parser.set_defaults(handler=cmd_speakers)

    related = subparsers.add_parser(
        "related",
        help="quotes and points of other briefings on the same point as a quote or point",
        description="The most similar quotes and points of other briefings (more-like-this on "
        "the text, with shared plan sections and themes as extra evidence), other "
        "organisations first. --json prints the object search --json prints.",
    )
    add_briefings_argument(related)
    add_index_argument(related)
    related.add_argument("--limit", type=int, default=10, metavar="N", help="items to show")
    add_json_argument(related)
    related.add_argument("id", metavar="ID", help="a quote or point id (briefing-id/item-id)")
    related.set_defaults(handler=cmd_related)
