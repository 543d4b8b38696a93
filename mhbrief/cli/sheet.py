"""``mhbrief sheet``: prep sheets from the command line (list, show, add, remove, export).

Sheets live in the per-user state folder of the briefings folder (see
:mod:`mhbrief.sheets`), so the app and these commands share them. A sheet or
item that does not exist, or a damaged sheet file, is an error of the data:
printed with what to do, exit code 1, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from mhbrief.cli.common import (
    Handler,
    Subparsers,
    UsageError,
    add_briefings_argument,
    add_index_argument,
    add_json_argument,
    load_cached,
    output_path,
    print_json,
    resolve_location,
)
from mhbrief.cli.output import Lines
from mhbrief.model import Collection
from mhbrief.sheet_export import ExportNameError, export_markdown, export_target, export_text
from mhbrief.sheets import (
    EntryState,
    Sheet,
    SheetEntry,
    Sheets,
    pin,
    review,
    state_label,
)
from mhbrief.state import StateError, StateStore
from mhbrief.writer import WriteError, write_new


def _sheets(args: argparse.Namespace, *, quiet: bool = False) -> tuple[Sheets, Path]:
    location = resolve_location(args, quiet=quiet)
    return Sheets(StateStore(location.path)), location.path


def _fail(message: str) -> int:
    print(f"mhbrief: error: {message}", file=sys.stderr)
    return 1


def _report_damaged(sheets: Sheets) -> None:
    for problem in sheets.problems:
        print(problem.format(), file=sys.stderr)


def cmd_list(args: argparse.Namespace) -> int:
    sheets, root = _sheets(args, quiet=args.json)
    collection = load_cached(args, root)
    current = sheets.current()
    rows = []
    for sheet in sheets.all():
        entries = review(sheet, collection)
        rows.append(
            {
                "name": sheet.name,
                "created": sheet.created.isoformat(),
                "items": len(entries),
                "changed": sum(1 for e in entries if e.state is EntryState.CHANGED),
                "missing": sum(1 for e in entries if e.state is EntryState.MISSING),
                "file_problems": sum(1 for e in entries if e.state is EntryState.PROBLEM_FILE),
                "current": sheet.name == current,
            }
        )
    _report_damaged(sheets)
    if args.json:
        print_json({"briefings": str(root), "sheets": rows})
        return 0
    for row in rows:
        notes = [f"{row[key]} {key}" for key in ("changed", "missing") if row[key]]
        if row["file_problems"]:
            notes.append(f"{row['file_problems']} from a file with problems (F8)")
        extra = f" ({', '.join(notes)})" if notes else ""
        mark = "*" if row["current"] else " "
        print(f"{mark} {row['name']}  {row['items']} item{'s' * (row['items'] != 1)}{extra}")
    if not rows and sheets.problems:
        return 1  # not "none yet": what could not be read was said above
    if not rows:
        print("no sheets yet; add one with: mhbrief sheet add NAME ID")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    sheets, root = _sheets(args, quiet=args.json)
    sheet = sheets.existing(args.name)
    entries = review(sheet, load_cached(args, root))
    if args.json:
        print_json(
            {
                "name": sheet.name,
                "created": sheet.created.isoformat(),
                "current": sheet.name == sheets.current(),
                "items": [_entry_json(entry) for entry in entries],
            }
        )
        return 0
    lines = Lines(sys.stdout)  # wrapped on a terminal, continued under each value
    lines.line(f"{sheet.name}  ({len(entries)} item{'s' * (len(entries) != 1)})", hang=2)
    for number, entry in enumerate(entries, start=1):
        lines.line(f"\n{number}. {entry.id}  [{entry.pin.kind}{_stance(entry)}]", hang=3)
        if entry.pin.note:
            lines.line(f"   note: {entry.pin.note}", hang=len("note: "))
        warning = state_label(entry)
        if warning:
            lines.line(f"   {warning}")
        lines.line(f"   {entry.citation}")
        if entry.text_changed:
            lines.line(f"   text when pinned: {entry.pin.text}", hang=len("text when pinned: "))
        if entry.citation_changed:
            lines.line(f"   cite when pinned: {entry.pin.citation}", hang=len("cite when pinned: "))
    return 0


def _stance(entry: SheetEntry) -> str:
    return f", {entry.stance}" if entry.stance else ""


def _entry_json(entry: SheetEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "kind": entry.pin.kind,
        "state": entry.state.value,
        "note": entry.pin.note,
        "added": entry.pin.added.isoformat(),
        "text": entry.text,
        "pinned_text": entry.pin.text,
        "pinned_citation": entry.pin.citation,
        "citation": entry.citation,
        "stance": entry.stance,
        "sections": [
            {"ref": link.ref, "number": link.number, "title": link.title} for link in entry.sections
        ],
        "superseded": entry.superseded,
        "superseded_by": entry.superseded_by,
        "draft": entry.draft,
    }


# --- add and remove ----------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    sheets, root = _sheets(args)
    collection = load_cached(args, root)
    pinned = pin(collection, args.id, date.today())  # an unknown id raises: nothing written
    sheet = sheets.add(args.name, [pinned], date.today(), note=args.note)
    if sheets.current() is None:
        sheets.set_current(sheet.name)
    print(f"{sheet.name}: {len(sheet.pins)} item{'s' * (len(sheet.pins) != 1)}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    sheets, _ = _sheets(args)
    sheet = sheets.remove(sheets.existing(args.name).name, args.id)
    print(f"{sheet.name}: {len(sheet.pins)} item{'s' * (len(sheet.pins) != 1)}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    sheets, _ = _sheets(args)
    sheet = sheets.rename(sheets.existing(args.name).name, args.new)
    print(f"renamed to {sheet.name}")
    return 0


# --- export ------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    if args.output is not None:
        try:  # a .docx or .pdf would hold Markdown all the same: refused before any work
            export_target(args.output, Path.cwd())
        except ExportNameError as exc:
            return _fail(str(exc))
    sheets, root = _sheets(args, quiet=args.output is None)
    sheet = sheets.existing(args.name)
    text = export_page(sheet, load_cached(args, root), args.format)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_new(Path(args.output), text.encode("utf-8"))
    except WriteError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc.strerror}); nothing was written")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def export_page(sheet: Sheet, collection: Collection, form: str) -> str:
    export = export_text if form == "txt" else export_markdown
    return export(sheet, collection, date.today())


def _guarded(args: argparse.Namespace) -> int:
    try:
        return int(args.sheet_handler(args))
    except StateError as exc:  # includes SheetError: unknown sheet or item, damaged file
        return _fail(str(exc))


# --- registration ------------------------------------------------------------------


def register(subparsers: Subparsers) -> None:
    sheet = subparsers.add_parser(
        "sheet",
        help="prep sheets: items with notes to take into an interview",
        description="Prep sheets keep quotes and points (with a note each) as they were when "
        "added, per user and per briefings folder. The app shares them (a, w).",
    )
    add_briefings_argument(sheet)
    add_index_argument(sheet)
    commands = sheet.add_subparsers(title="sheet commands", metavar="SUBCOMMAND")

    def sub(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        add_briefings_argument(parser)
        add_index_argument(parser)
        parser.set_defaults(handler=_guarded, sheet_handler=handler)
        return parser

    listing = sub("list", cmd_list, "list the sheets (* marks the one the app adds to)")
    add_json_argument(listing)
    show = sub("show", cmd_show, "show a sheet's items with their citations and notes")
    show.add_argument("name", metavar="NAME")
    add_json_argument(show)
    add = sub("add", cmd_add, "add an item to a sheet (created if missing)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("id", metavar="ID", help="a quote or point id, e.g. briefing-id/q1")
    add.add_argument("--note", metavar="TEXT", help="a short note, e.g. 'opening line'")
    remove = sub("remove", cmd_remove, "remove an item from a sheet")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("id", metavar="ID")
    rename = sub("rename", cmd_rename, "give a sheet another name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new", metavar="NEW")
    export = sub("export", cmd_export, "print a sheet as Markdown or plain text, or write a file")
    export.add_argument("name", metavar="NAME")
    export.add_argument("--format", choices=("md", "txt"), default="md", help="default: md")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=output_path,
        help="write FILE (never over an existing file)",
    )
    sheet.set_defaults(handler=_usage(sheet))


def _usage(parser: argparse.ArgumentParser) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        raise UsageError("say which: " + parser.format_usage().strip().removeprefix("usage: "))

    return handler
