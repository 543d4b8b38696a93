"""``mhbrief import`` and ``mhbrief new``: adding briefings without hand-typing TOML.

Both commands only ever create files; an existing file is never overwritten. The
importer is imported when a command here runs, not with the CLI: its patterns took a
fifth of a second of every start (the app's cold start, ``search``) and some 3 MB.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mhbrief.cli.common import Subparsers, add_briefings_argument, output_path, resolve_location
from mhbrief.format import SLUG
from mhbrief.loader import load_collection, validate_paths
from mhbrief.model import Collection
from mhbrief.plural import counted
from mhbrief.problems import display_path, tally
from mhbrief.template import KINDS, prompt_document, template
from mhbrief.writer import (
    NotWritableError,
    WriteError,
    draft_document,
    draft_unwritable,
    organisation_folder,
    render,
    target_for,
    write_draft,
    write_new,
)

if TYPE_CHECKING:
    from mhbrief.importer import Draft

STDOUT = "-"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="draft a briefing from the plain text of a press statement",
        description="Read the plain text of a statement (as copied from a web page) and write "
        "a new draft briefing: title, date, language, organisation, quotes with speaker, role "
        "and context, the other paragraphs as points. Missing values become TODO placeholders "
        "that `mhbrief validate` flags. The source is archived in the briefings folder's "
        "sources/ folder, also when the draft goes into an organisation's folder such as "
        "ckm/; only a draft written outside the briefings folder, or where you may not write "
        "its sources/, gets a sources/ folder beside it. Existing files are never overwritten.",
    )
    parser.add_argument(
        "source",
        metavar="SOURCE",
        help="the statement: a UTF-8 text file, a saved web page (.html) or an https:// address "
        "(the page's main text is extracted and archived as the source text)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="file (or folder) to write; '-' prints to stdout "
        "(default: a new file in the briefings folder, named from date and title)",
    )
    parser.add_argument("--id", metavar="ID", help="the briefing id (default: from the text)")
    parser.add_argument(
        "--organisation", metavar="ORG", help="the organisation, when the text does not name it"
    )
    add_briefings_argument(parser)
    parser.set_defaults(handler=cmd_import)

    parser = subparsers.add_parser(
        "new",
        help="start a new briefing or plan from a template",
        description="Write a commented template with today's date and TODO placeholders "
        "(which `mhbrief validate` flags until replaced), or ask for the values one by one "
        "when run in a terminal. Without -o the template goes to stdout; answers to the "
        "questions go to a new file in the briefings folder.",
    )
    parser.add_argument("--kind", choices=KINDS, default="briefing", help="default: briefing")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=output_path,
        help="file to write; '-' prints to stdout",
    )
    add_briefings_argument(parser)
    parser.set_defaults(handler=cmd_new)


def _error(command: str, message: str, code: int = 1) -> int:
    print(f"mhbrief {command}: error: {message}", file=sys.stderr)
    return code


def _note(command: str, message: str) -> None:
    print(f"mhbrief {command}: {message}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from mhbrief.importer import SourceError, import_source
    from mhbrief.importer.suggestions import annotate

    if args.id is not None and not SLUG.fullmatch(args.id):
        return _error(
            "import", f"--id {args.id!r} must use only lowercase letters, digits, dashes", 2
        )
    to_stdout = args.output == STDOUT
    location = resolve_location(args, quiet=True)
    if location.is_examples and args.output is None:
        return _error(
            "import",
            "no briefings folder here to write into; pass --briefings DIR or -o FILE",
            2,
        )
    collection = load_collection(location.path)
    if not to_stdout:  # said before the work and its notes, not after them
        blocked = _blocked(args.output, _folders(location.path, collection))
        if blocked is not None:
            return _error("import", blocked)
    source: Path | None = Path(args.source)
    try:
        from mhbrief.importer.web_source import page_of, with_page

        page = page_of(args.source)
        draft = import_source(
            page.text if page else Path(args.source),
            collection=collection,
            organisation=args.organisation,
            briefing_id=args.id,
        )
    except SourceError as exc:
        return _error("import", f"{exc}; nothing was written")
    if page is not None:
        draft, source = with_page(draft, page), None
    draft = _with_suggestions(draft, location.path, collection)
    out = (
        Path(args.output)
        if args.output
        else organisation_folder(draft.data.get("organisation"), collection)
    )
    if not to_stdout:  # the folder this draft goes to, now that its organisation is known
        blocked = _blocked(args.output, [target_for(draft, location.path, out).parent])
        if blocked is not None:
            return _error("import", blocked)
    _notes(draft.warnings, to_stdout)
    if to_stdout:
        sys.stdout.write(annotate(render(draft_document(draft)), draft.suggestions))
        return 0
    try:
        path = write_draft(draft, location.path, out, source)
    except NotWritableError as exc:
        return _error("import", _cannot_write(args.output, exc.folder))
    except (WriteError, OSError) as exc:
        return _error("import", str(exc))
    _report(path, draft, collection)
    return 0


#: Import notes printed on the terminal: a long text had 30,000 ("quote-N: no speaker
#: found"); the draft's header keeps them all.
NOTES_PRINTED = 40


def _notes(warnings: list[str], to_stdout: bool) -> None:
    for warning in warnings[:NOTES_PRINTED]:
        _note("import", f"note: {warning}")
    if (more := len(warnings) - NOTES_PRINTED) > 0:
        where = (
            "import to a file to keep them all" if to_stdout else "all are in the draft's header"
        )
        _note("import", f"note: … and {more:,} more notes ({where})")


def _folders(root: Path, collection: Collection) -> list[Path]:
    """Where a draft may go before its organisation is known: the briefings folder, or
    the folder of one organisation's briefings (:func:`organisation_folder`)."""
    return [root, *sorted({briefing.path.parent for briefing in collection.briefings.values()})]


def _blocked(output: str | None, folders: list[Path]) -> str | None:
    """What to say when the draft cannot be written into any of ``folders`` (or into
    ``-o``'s folder), before any work; ``None`` when it can be."""
    if output is not None:
        given = Path(output)
        folders = [given if given.is_dir() else given.parent]
    first: Path | None = None
    for folder in folders:
        blocked = draft_unwritable(folder)
        if blocked is None:
            return None
        first = first or blocked
    return None if first is None else _cannot_write(output, first)


def _cannot_write(output: str | None, folder: Path) -> str:
    advice = (
        "choose -o FILE in a folder you can write"
        if output
        else "use -o FILE to write the draft elsewhere"
    )
    return f"cannot write to {folder} (permission denied); {advice}"


def _with_suggestions(draft: Draft, folder: Path, collection: Collection) -> Draft:
    """Plan sections and themes that similar statements suggest, from the folder's index."""
    from mhbrief.importer.suggestions import with_suggestions
    from mhbrief.library import Library

    with Library(folder) as library:
        library.sync(lock_timeout=2.0)
        return with_suggestions(draft, library.similar, collection)


def _report(written: Path, draft: Draft, collection: Collection) -> None:
    path = display_path(written)  # relative, like the problem lines below it
    quotes, points = counted(len(draft.quotes), "quote"), counted(len(draft.points), "point")
    print(f"wrote {path}: {quotes}, {points}")
    try:
        inside = written.resolve().is_relative_to(collection.root.resolve())
        checked = load_collection(collection.root) if inside else collection
        problems = validate_paths(checked, [written])
    except Exception as exc:  # the file is written; a check failure must not hide that
        print(f"could not check {path}: {exc!r}; run `mhbrief validate {path}`")
        return
    for problem in problems:
        print(problem.format())
    errors = tally(problems).errors
    if errors:
        print(
            f"{counted(errors, 'value')} to fill in or fix before `mhbrief validate {path}` passes"
        )
    else:
        print(
            f"`mhbrief validate` accepts {path}; review it against the source, then delete "
            "its line 'draft = true' to publish it"
        )


def cmd_new(args: argparse.Namespace) -> int:
    from mhbrief.importer import slugify
    from mhbrief.library import Library

    interactive = sys.stdin.isatty() and args.output != STDOUT
    location = resolve_location(args, quiet=True)  # a missing folder is an error here too
    if not interactive:
        text = template(args.kind)
        if args.output in (None, STDOUT):
            sys.stdout.write(text)
            return 0
        return _write("new", Path(args.output), text)

    def say(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        doc = prompt_document(args.kind, input, say)
    except EOFError:
        return _error("new", "input ended; nothing was written")
    text = render(doc, [f"A {args.kind} written with `mhbrief new` on {date.today()}."])
    if args.output:
        target = Path(args.output)
    else:
        if location.is_examples:
            sys.stdout.write(text)
            return 0
        title = str(doc["title"])
        name = "" if title.startswith("TODO") else slugify(title)
        folder = location.path
        if args.kind == "briefing":  # beside the organisation's other briefings, as import
            with Library(folder) as library:  # unchanged files from the parse cache
                collection = library.load()
            folder = organisation_folder(doc.get("organisation"), collection) or folder
        target = folder / f"{doc['published']}-{name or args.kind}.toml"
    return _write("new", target, text)


def _write(command: str, target: Path, text: str) -> int:
    try:
        write_new(target, text.encode("utf-8"))
    except (WriteError, OSError) as exc:
        return _error(command, str(exc))
    todo = "fill in each TODO, then " if "TODO" in text else ""
    print(f"wrote {target}; {todo}run `mhbrief validate {target}`")
    return 0
