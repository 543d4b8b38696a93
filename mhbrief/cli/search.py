"""``mhbrief index``, ``mhbrief search`` and ``mhbrief show``.

``search`` syncs first but never waits long for another process's index
update: after about two seconds it searches the index as it stands and says on
stderr that the results may be stale. Only ``index`` waits for the writer lock,
and says clearly when it gives up.

``search`` exits as ``grep`` does, so a script can tell "nothing found" from
"found": 0 with results, 1 with none, 2 on an error (:data:`SEARCH_EXIT`).
"""

from __future__ import annotations

import argparse
import dataclasses
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from mhbrief.citation import cite, cite_briefing, cite_hit, cite_item, cite_plan, cite_section
from mhbrief.cli.browse import show_source
from mhbrief.cli.common import (
    SEARCH_LOCK_TIMEOUT,
    Subparsers,
    UsageError,
    add_briefings_argument,
    add_index_argument,
    add_json_argument,
    not_found,
    print_json,
    resolve_location,
)
from mhbrief.cli.output import BOLD, DIM, RESET, Lines, Style, byline, style_for
from mhbrief.highlight import attributed, own_text
from mhbrief.library import Library, SyncReport
from mhbrief.model import (
    Briefing,
    Collection,
    Kind,
    Plan,
    Point,
    Quote,
    Section,
    item_record,
    kind_name,
    speaks_for,
)
from mhbrief.plural import counted
from mhbrief.problems import Problem, Severity, by_severity, display_path
from mhbrief.results import Hit, SearchResponse, Span
from mhbrief.sanitize import shown_id
from mhbrief.state import SEARCHES, StateStore
from mhbrief.suggest import did_you_mean, id_hint
from mhbrief.whatsnew import split_added

INDEX_LOCK_TIMEOUT = 30.0

#: ``search``'s exit codes, as ``grep``'s: an error is 2 (a usage error is 2 everywhere).
FOUND, NOTHING_FOUND, SEARCH_FAILED = 0, 1, 2
SEARCH_EXIT = (
    "exit status: 0 when something was found, 1 when nothing was (as grep), 2 on an error "
    "(a wrong option or --saved name, an index that cannot be used)"
)


def _library(args: argparse.Namespace, *, quiet: bool) -> Library:
    location = resolve_location(args, quiet=quiet)
    index_arg = getattr(args, "index", None)
    return Library(location.path, Path(index_arg).expanduser() if index_arg else None)


class ProgressBar:
    """Progress of a long index update on stderr: a bar on a terminal, else a plain
    line every few seconds; nothing at all for work that ends quickly."""

    def __init__(self, stream: TextIO, *, after: float = 0.5, every: float = 5.0) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.after = after
        self.every = every
        self.drawn = False
        self.last_line = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        tty = self.stream.isatty()
        if now - self.started < (self.after if tty else self.every):
            return
        if not tty:
            if now - self.last_line >= self.every:
                self.stream.write(f"mhbrief: indexing {done}/{total} files…\n")
                self.stream.flush()
                self.last_line = now
            return
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\rindexing [{bar}] {done}/{total} files")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


# --- index ---------------------------------------------------------------------


def cmd_index(args: argparse.Namespace) -> int:
    with _library(args, quiet=args.json) as library:
        bar = ProgressBar(sys.stderr)
        try:
            report = library.sync(
                progress=bar,
                lock_timeout=INDEX_LOCK_TIMEOUT,
                rebuild=args.rebuild,
                verify=True,  # every segment against its checksum; rebuilt if damaged
                load=False,  # nothing changed: what the last sync found, not a reload
            )
        finally:
            bar.finish()
        facts = library.facts
        errors = facts.error_count
        if args.json:
            print_json(
                {
                    "briefings": str(library.briefings),
                    "index": str(library.index_dir),
                    "added": report.added,
                    "updated": report.updated,
                    "removed": report.removed,
                    "rebuilt": report.rebuilt,
                    "stale": report.stale,
                    "message": report.message,
                    "problems": [p.to_json() for p in facts.problems],
                }
            )
        elif not report.stale:
            _print_problems(facts.problems, library.briefings)
            what = "rebuilt" if report.rebuilt else "synced"
            # A rebuild writes every document anew: all added, none updated.
            added = report.added + report.updated if report.rebuilt else report.added
            updated = 0 if report.rebuilt else report.updated
            print(
                f"index {what}: {counted(added, 'document')} added, "
                f"{updated} updated, {report.removed} removed; "
                f"{counted(errors, 'error')}, "
                f"{counted(facts.warning_count, 'warning')} in "
                f"{counted(facts.files, 'file')}"
            )
        if report.refused:
            print(f"mhbrief: error: {report.message}", file=sys.stderr)
            return 1
        if report.stale:
            print(f"mhbrief: error: the index was not updated: {_why(report)}", file=sys.stderr)
            return 1
        if report.message and not args.json:  # e.g. damaged files found and rebuilt
            print(f"mhbrief: {report.message}", file=sys.stderr)
        return 0


def _print_problems(problems: Sequence[Problem], briefings: Path) -> None:
    """Errors, then warnings, each on a line of stderr; the notes (drafts) only counted:
    every run repeated them, and validate lists them."""
    notes = 0
    for problem in by_severity(problems):
        if problem.severity is Severity.NOTE:
            notes += 1
        else:
            print(problem.format(), file=sys.stderr)
    if notes:
        folder = shlex.quote(display_path(briefings))
        print(
            f"mhbrief: {counted(notes, 'note')} (drafts not reviewed yet) not listed here; "
            f"mhbrief validate --briefings {folder} lists them",
            file=sys.stderr,
        )


def _why(report: SyncReport) -> str:
    """The sync's reason, as ``index`` says it: only a busy lock is worth a retry."""
    reason = report.message or "it could not be written"
    if "another mhbrief process" in reason:
        # Written for searches ("showing it as it stands"): index changed nothing.
        return reason.split("; showing")[0] + "; nothing was changed, try again later"
    return reason


# --- search --------------------------------------------------------------------


def cmd_search(args: argparse.Namespace) -> int:
    text = _query_text(args)
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with _library(args, quiet=args.json) as library:
        bar = ProgressBar(sys.stderr, after=1.0, every=5.0)  # e.g. after a killed build
        try:
            report = library.sync(lock_timeout=SEARCH_LOCK_TIMEOUT, progress=bar, load=False)
        finally:
            bar.finish()
        # Facet counts only where they are printed (--json): the text shows none.
        response = _search(library, text, args.limit, facets=args.json)
        refused = library.refused
    if refused:
        print(f"mhbrief: error: {library.stale_message}", file=sys.stderr)
        return SEARCH_FAILED
    if response.stale:
        reason = report.message or "the index could not be updated"
        print(f"mhbrief: results may be stale: {reason}", file=sys.stderr)
    if response.fallback:
        why = response.syntax or "could not read the query syntax"
        print(f"mhbrief: {why}; searched the plain words", file=sys.stderr)
    for note in response.limits:  # what was left out to bound the query's cost
        print(f"mhbrief: query limited: {note}", file=sys.stderr)
    if response.left_out:
        print(f"mhbrief: {left_out_note(response.left_out)}", file=sys.stderr)
    if args.json:
        print_json(response.to_json())
    else:
        _print_results(response, sys.stdout)
    return FOUND if response.total else NOTHING_FOUND


def left_out_note(left_out: Sequence[str], named: int = 3) -> str:
    """Which files with errors none of whose items can be found, and what to do."""
    files = ", ".join(left_out[:named])
    if len(left_out) > named:
        files += f" and {len(left_out) - named} more"
    were = (
        "it has errors and none of its items is indexed"
        if len(left_out) == 1
        else ("they have errors and none of their items is indexed")
    )
    return (
        f"{counted(len(left_out), 'file')} left out of every search, {were}: {files}; "
        "mhbrief validate says what to fix"
    )


def _search(library: Library, text: str, limit: int, *, facets: bool) -> SearchResponse:
    """The search, with ``added:`` read from this user's first-seen dates (as the app does)."""
    added = split_added(text)
    if not added.filtered:
        return library.search(text, limit=limit, facets=facets)
    if added.bad:
        raise UsageError(
            f"added:{shown_id(added.bad[0])} is not a date; use added:2026-11, "
            "added:2026-11-05 or a range such as added:2026-11-01.."
        )
    only = added.ids(StateStore(library.briefings).first_seen())
    response = library.search(added.rest.strip() or "*", limit=limit, only=only, facets=facets)
    return dataclasses.replace(response, query=text)


def _query_text(args: argparse.Namespace) -> str:
    """The words typed, or the saved search named by ``--saved`` (never both)."""
    if args.saved is None:
        if not args.query:
            raise UsageError("give a QUERY, or --saved NAME to run a saved search")
        return " ".join(args.query)
    if args.query:
        raise UsageError("give a QUERY or --saved NAME, not both")
    store = StateStore(resolve_location(args, quiet=True).path)
    query = store.saved_query(args.saved)
    problem = store.problem(SEARCHES)
    if query is None and problem is not None:  # not read: say why, never "none saved"
        raise UsageError(problem.format())
    if query is None:
        known = ", ".join(f"'{name}'" for name in store.saved_searches()) or "none yet"
        hint = did_you_mean(args.saved, store.saved_searches())
        shown = shown_id(args.saved)
        raise UsageError(f"no saved search called '{shown}'{hint} (saved: {known})")
    return query


def _print_results(response: SearchResponse, out: TextIO) -> None:
    style, lines = style_for(out), Lines(out)
    for hit in response.hits:
        lines.line(f"{hit.id}  {byline(hit)}", hang=2)
        own = own_text(hit)
        if own:
            lines.line(f"    {_marked(own, style)}")
        for highlight in attributed(hit):
            label = f"{highlight.field}:"
            hang = len(label) + 1  # continued under the text, not the label
            if style is Style.BOLD:
                label = f"{DIM}{label}{RESET}"
            lines.line(f"    {label} {_marked(highlight.spans, style)}", hang=hang)
        lines.line()
    shown = len(response.hits)
    if response.total == 0:
        lines.line("no results")
    elif shown < response.total:
        lines.line(f"{shown} of {counted(response.total, 'result')} (use --limit for more)")
    else:
        lines.line(counted(response.total, "result"))
    if response.suggestion:
        lines.line(f"did you mean: {response.suggestion}", hang=2)
    elif response.prefix:
        lines.line(f"try a prefix: {response.prefix}", hang=2)


def _marked(fragment: Sequence[Span], style: Style) -> str:
    text = ""
    for span in fragment:
        chunk = " ".join(span.text.split("\n"))
        if span.match and style is Style.BOLD:
            chunk = f"{BOLD}{chunk}{RESET}"
        text += chunk
    return text


# --- show ----------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    location = resolve_location(args, quiet=args.json)
    with _library(args, quiet=True) as library:
        collection = library.load()  # unchanged files are not parsed again
    item = collection.get(args.id)
    if item is None:
        last = _last_indexed(args, location.path, collection)
        if last is not None:
            return _show_last_indexed(args, collection, last)
        print(not_found(args.id, collection, id_hint(args.id, collection.ids())), file=sys.stderr)
        return 1
    if getattr(args, "source", False):
        return show_source(collection, item, sys.stdout)
    if args.cite:
        print(_citation(collection, item))  # as the app's c copies it
        return 0
    data = item_details(collection, item)
    if args.json:
        print_json(data)
    else:
        _print_item(data, sys.stdout)
    return 0


def _last_indexed(args: argparse.Namespace, root: Path, collection: Collection) -> Hit | None:
    """The indexed copy of an item whose file does not load now, if there is one."""
    index_arg = getattr(args, "index", None)
    with Library(root, Path(index_arg).expanduser() if index_arg else None) as library:
        hit = library.indexed_hit(args.id, collection)
    # Not indexed, or its file loads and simply lacks it (an item deleted meanwhile).
    return hit if hit is not None and hit.from_problem_file else None


def _show_last_indexed(args: argparse.Namespace, collection: Collection, hit: Hit) -> int:
    shown = shown_id(args.id)
    print(
        f"mhbrief: '{shown}': its file has problems (see mhbrief validate); "
        "showing the last indexed version",
        file=sys.stderr,
    )
    if getattr(args, "source", False):
        # The archived source is read through the loaded briefing, which does not load.
        print(
            f"mhbrief: error: the source of '{shown}' cannot be shown while its file has "
            "problems; mhbrief validate says what to fix",
            file=sys.stderr,
        )
        return 1
    citable = hit.kind in (Kind.QUOTE, Kind.POINT, Kind.SECTION)
    if args.cite:
        if not citable:
            raise UsageError(_CITABLE + hit.kind.value)
        print(cite_hit(hit))  # as the app copies it
        return 0
    data = hit.to_json()
    del data["score"], data["highlights"]  # no query: nothing was scored or marked
    data["sections"] = [_section_link(collection, ref) for ref in hit.sections]
    if citable:
        data["citation"] = cite_hit(hit)
    if args.json:
        print_json(data)
    else:
        _print_item(data, sys.stdout)
    return 0


_CITABLE = "--cite works for quotes, points and plan sections; this is a "


def _citation(collection: Collection, item: object) -> str:
    """What ``c`` copies in the app for ``item``: one builder each, in mhbrief/citation.py."""
    if isinstance(item, Section):
        return cite_section(item, collection.plans[item.plan_id])
    if isinstance(item, Quote | Point):
        return cite_item(collection, item)
    if isinstance(item, Briefing):
        return cite_briefing(item)
    if isinstance(item, Plan):
        return cite_plan(item)
    raise UsageError(_CITABLE + kind_name(item))


def _section_link(collection: Collection, ref: str) -> dict[str, object]:
    section = collection.section(ref)
    return {"ref": ref, "title": section.title if section else None}


def item_details(collection: Collection, item: object) -> dict[str, object]:
    """One item with its links, as ``show --json`` prints it."""
    data: dict[str, object] = {
        "id": getattr(item, "global_id", getattr(item, "id", "")),
        "kind": kind_name(item),
    }
    if isinstance(item, Quote | Point):
        briefing = collection.briefing_of(item)
        data.update(item_record(item, briefing))
        data.update(
            sections=[_section_link(collection, ref) for ref in item.sections],
            unverified=item.global_id in collection.unverified,
            citation=cite(item, briefing, unverified=item.global_id in collection.unverified),
        )
    elif isinstance(item, Section):
        plan = collection.plans[item.plan_id]
        data.update(
            briefing=plan.id,
            title=plan.title,
            number=item.number,
            section_title=item.title,
            date=plan.published.isoformat(),
            text=item.text,
            themes=list(item.themes),
            parent=f"{plan.id}/{item.parent}" if item.parent else None,
            own_words=plan.own_words,
            backlinks=[_backlink(collection, linked) for linked in collection.backlinks(item.ref)],
            citation=cite_section(item, plan),
        )
    elif isinstance(item, Briefing):
        data.update(
            title=item.title,
            organisation=item.organisation,
            date=item.published.isoformat(),
            text=item.summary,
            status=item.status.value,
            draft=item.draft,
            responds_to=list(item.responds_to),
            items=[i.global_id for i in item.items],
            citation=cite_briefing(item),
        )
    elif isinstance(item, Plan):
        data.update(
            title=item.title,
            organisation=item.publisher,
            date=item.published.isoformat(),
            text=item.summary,
            sections=[_section_link(collection, s.ref) for s in item.sections],
            citation=cite_plan(item),
        )
    return data


def _backlink(collection: Collection, item: Quote | Point) -> dict[str, object]:
    briefing = collection.briefing_of(item)
    return {
        "id": item.global_id,
        "kind": kind_name(item),
        "stance": item.stance.value if isinstance(item, Point) else None,
        "speaker": item.speaker if isinstance(item, Quote) else None,
        "organisation": speaks_for(item, briefing)[0],
        "date": briefing.published.isoformat(),
        "draft": briefing.draft,
        "text": item.text,
    }


def _print_item(data: dict[str, object], out: TextIO) -> None:
    """``show ID`` for people; on a terminal each long line wrapped, continued under its value."""
    lines = Lines(out)
    lines.line(f"{data['id']}  ({data['kind']})", hang=2)
    for key in (
        "title",
        "section_title",
        "speaker",
        "role",
        "organisation",
        "date",
        "stance",
        "context",
    ):
        if data.get(key):
            lines.line(f"{key}: {data[key]}", hang=len(key) + 2)
    if data.get("draft"):
        lines.line("draft: not reviewed yet")
    if data.get("text"):
        lines.line(f"\n{data['text']}")
    sections = data.get("sections")
    if isinstance(sections, list) and sections:
        lines.line("\nsections:")
        for link in sections:
            lines.line(f"  {link['ref']}  {link['title'] or '(unknown section)'}", hang=2)
    backlinks = data.get("backlinks")
    if isinstance(backlinks, list):
        lines.line(f"\nlinked from ({len(backlinks)}):")
        for link in backlinks:
            label = link["stance"] or link["speaker"] or link["kind"]
            flag = " [draft]" if link.get("draft") else ""
            lines.line(f"  {link['id']}  [{label}]{flag}  {link['text']}", hang=2)
    if data.get("citation"):  # shown to read; `show --cite` prints it whole, to copy
        lines.line(f"\ncite: {data['citation']}", hang=len("cite: "))


# --- registration --------------------------------------------------------------


def register(subparsers: Subparsers) -> None:
    index = subparsers.add_parser(
        "index",
        help="update the search index (only changed files are re-indexed)",
        description="Bring the search index up to date with the briefings folder. Waits for "
        "another process that is updating it, then gives up with a clear message.",
    )
    add_briefings_argument(index)
    add_index_argument(index)
    index.add_argument("--rebuild", action="store_true", help="re-index every file")
    add_json_argument(index)
    index.set_defaults(handler=cmd_index)

    search = subparsers.add_parser(
        "search",
        help="search quotes, points, plan sections and briefings",
        description='Words are ANDed; use "phrases", OR, NOT, (), prefix*, word~ and the '
        "filters theme: speaker: org: kind: stance: section: date: added: (date:2021, "
        "date:2018-11, date:2018..2020, date:..2019; section:ID without its plan when one plan "
        "has it; added: takes dates as date: does and finds the items you first saw then, in "
        "the app: added:2026-11, added:2026-11-01..). Matched words are bold on a terminal; "
        "piped or with NO_COLOR, text is printed as it is.",
        epilog=SEARCH_EXIT[0].upper() + SEARCH_EXIT[1:] + ".",
    )
    add_briefings_argument(search)
    add_index_argument(search)
    search.add_argument("--limit", type=int, default=20, metavar="N", help="results to show")
    add_json_argument(search)
    search.add_argument("query", nargs="*", metavar="QUERY", help="the query words")
    search.add_argument(
        "--saved", metavar="NAME", help="run the search saved as NAME (in the app: ctrl+s)"
    )
    search.set_defaults(handler=cmd_search, fault_code=SEARCH_FAILED)

    show = subparsers.add_parser(
        "show",
        help="show one item with its links (a section with everything linking to it)",
    )
    add_briefings_argument(show)
    add_index_argument(show)
    show.add_argument("id", metavar="ID", help="a global id such as briefing-id/quote-id")
    add_json_argument(show)
    show.add_argument("--cite", action="store_true", help="print the citation as the app copies it")
    show.add_argument(
        "--source",
        action="store_true",
        help="print the quote's paragraph in its archived source, one paragraph before and after",
    )
    show.set_defaults(handler=cmd_show)
