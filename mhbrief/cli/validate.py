"""``mhbrief validate``: every problem in the briefing files, one line each."""

from __future__ import annotations

import argparse
from pathlib import Path

from mhbrief.cli.common import (
    Subparsers,
    add_briefings_argument,
    add_json_argument,
    print_json,
    resolve_location,
    summary_line,
)
from mhbrief.loader import load_collection, validate_paths
from mhbrief.problems import tally


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
        for problem in problems:
            print(problem.format())
        print(summary_line(files, problems))
    return 1 if errors else 0


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check briefing files and print every problem",
        description="Check the briefings folder (or only the given files) and print one line "
        "per problem as path:line:col: severity: message. Exit 1 when there are errors.",
    )
    add_briefings_argument(parser)
    add_json_argument(parser)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files to check (default: all)")
    parser.set_defaults(handler=cmd_validate)
