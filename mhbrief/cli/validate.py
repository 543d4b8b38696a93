"""``mhbrief validate``: every problem in the briefing files, one line each."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mhbrief.cli.common import (
    Subparsers,
    add_briefings_argument,
    add_json_argument,
    print_json,
    resolve_location,
    summary_line,
)
from mhbrief.cli.output import Lines, wrap
from mhbrief.loader import load_collection, validate_paths
from mhbrief.problems import Problem, by_severity, fold_location, tally

#: How far a problem's wrapped rows continue, under its path.
HANG = 2


def cmd_validate(args: argparse.Namespace) -> int:
    location = resolve_location(args, quiet=args.json)
    collection = load_collection(location.path)
    if args.paths:
        paths = [Path(p) for p in args.paths]
        problems = validate_paths(collection, paths)
        files = len({p.resolve() for p in paths})
    else:
        problems = list(collection.problems)
        files = len(collection.files)
    problems = by_severity(problems)  # errors first, then warnings, then notes
    counts = tally(problems)
    errors = counts.errors
    if args.json:
        print_json(
            {
                "briefings": str(location.path),
                "files": files,
                "errors": errors,
                "warnings": counts.warnings,
                "notes": counts.notes,
                "problems": [p.to_json() for p in problems],
            }
        )
    else:
        lines = Lines(sys.stdout)  # wrapped at spaces on a terminal, whole when piped
        for problem in problems:
            if lines.width is None:
                lines.line(problem.format())
            else:
                lines.out.write("".join(row + "\n" for row in problem_rows(problem, lines.width)))
        lines.line(summary_line(files, problems))
    if not files and not args.paths and not args.json:
        # An empty folder checks clean: most often the wrong one was named.
        print(
            f"mhbrief: no briefing files (*.toml) in {location.path}; is this the "
            "briefings folder? Name it with --briefings DIR",
            file=sys.stderr,
        )
    return 1 if errors else 0


def problem_rows(problem: Problem, width: int) -> list[str]:
    """``problem`` as rows of at most ``width`` columns, broken at spaces: its
    ``path:line:col:`` never cut (a path too long for a row is broken inside the path,
    at a ``/`` or ``-``), the rows after the first indented under it."""
    where = problem.where() + ":"
    *rows, last = fold_location(where, len(problem.display_path()), width, HANG)
    pad = " " * HANG
    shown = [row if n == 0 else pad + row for n, row in enumerate(rows)]
    rest = f"{pad if rows else ''}{last} {problem.severity.value}: {problem.message}"
    return shown + wrap(rest, width, 0 if rows else HANG)


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check briefing files and print every problem",
        description="Check the briefings folder (or only the given files) and print one line "
        "per problem as path:line:col: severity: message, errors first, then warnings, then "
        "notes (on a terminal, wrapped at spaces "
        "with path:line:col: kept whole; piped, one line each). Exit 1 when there are errors.",
    )
    add_briefings_argument(parser)
    add_json_argument(parser)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files to check (default: all)")
    parser.set_defaults(handler=cmd_validate)
