"""The ``mhbrief`` command: the app when run bare, and subcommands around the core.

Each group of subcommands lives in its own module with a ``register`` function;
this module holds the options they share and the dispatch.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mhbrief import __version__
from mhbrief.loader import load_collection, validate_paths
from mhbrief.locations import Location, LocationError, resolve_briefings
from mhbrief.problems import Problem

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A problem with what the user asked for: printed, exit code 2."""


# Subcommands repeat the global options with a suppressed default, so that both
# ``mhbrief --briefings X search`` and ``mhbrief search --briefings X`` work.
_SUB = argparse.SUPPRESS


def add_briefings_argument(parser: argparse.ArgumentParser, default: str | None = _SUB) -> None:
    parser.add_argument(
        "--briefings",
        metavar="DIR",
        default=default,
        help="folder of briefing files (default: $MHBRIEF_BRIEFINGS, else ./briefings, "
        "else the example briefings shipped with mhbrief)",
    )


def add_index_argument(parser: argparse.ArgumentParser, default: str | None = _SUB) -> None:
    parser.add_argument(
        "--index",
        metavar="DIR",
        default=default,
        help="index folder (default: a per-user cache folder for this briefings folder)",
    )


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def resolve_location(args: argparse.Namespace, *, quiet: bool = False) -> Location:
    """The briefings folder the user asked for; says so when falling back to the examples."""
    try:
        location = resolve_briefings(getattr(args, "briefings", None))
    except LocationError as exc:
        raise UsageError(str(exc)) from exc
    if location.is_examples and not quiet:
        print(
            f"mhbrief: no ./briefings folder here; using the example briefings "
            f"shipped with mhbrief ({location.path})",
            file=sys.stderr,
        )
    return location


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def summary_line(files: int, problems: Sequence[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    return (
        f"{files} file{'s' if files != 1 else ''} checked: "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )


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
    errors = sum(1 for p in problems if p.is_error)
    if args.json:
        print_json(
            {
                "briefings": str(location.path),
                "files": files,
                "errors": errors,
                "warnings": len(problems) - errors,
                "problems": [p.to_json() for p in problems],
            }
        )
    else:
        for problem in problems:
            print(problem.format())
        print(summary_line(files, problems))
    return 1 if errors else 0


def register_validate(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mhbrief",
        description="Browse what your organisation said: quotes, points, themes and the plan "
        "sections they answer. Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"mhbrief {__version__}")
    add_briefings_argument(parser, default=None)
    add_index_argument(parser, default=None)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    register_validate(subparsers)
    for register in _registrars():
        register(subparsers)
    return parser


def _registrars() -> list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]]:
    from mhbrief import cli_authoring, cli_search

    return [cli_search.register, cli_authoring.register]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from mhbrief.tui.run import run_app  # the only path that imports Textual

            return run_app(args)
        return handler(args)
    except UsageError as exc:
        print(f"mhbrief: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
