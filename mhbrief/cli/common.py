"""What every ``mhbrief`` subcommand shares: the usage error, the common options, the
briefings folder the user asked for, and JSON printing.

One error convention for every command: a problem with what the user asked for raises
:class:`UsageError` (printed by ``main``, exit code 2); a problem found in the data is printed
by the command itself, which returns 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mhbrief.library import Library
from mhbrief.locations import Location, LocationError, resolve_briefings
from mhbrief.model import Collection
from mhbrief.problems import Problem, display_path, tally
from mhbrief.sanitize import shown_id

#: How long a read waits for another process's index update before answering from the
#: index as it stands.
SEARCH_LOCK_TIMEOUT = 2.0

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # not subscriptable at run time
    Subparsers = argparse._SubParsersAction
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


def output_path(value: str) -> str:
    """An ``-o`` value as argparse takes it: never empty (``''`` would name the current
    folder and be refused as "." already existing)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the output path is empty; give a file name")
    return value


def load_cached(args: argparse.Namespace, root: Path) -> Collection:
    """The collection below ``root`` as it is now, unchanged files read from the parse
    cache beside the index (``--index``, else the default), as ``search`` reads them:
    at 20k items parsing every file again took 5-7 s. The index itself is untouched."""
    index_arg = getattr(args, "index", None)
    with Library(root, Path(index_arg).expanduser() if index_arg else None) as library:
        return library.load()


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def summary_line(files: int, problems: Sequence[Problem]) -> str:
    counts = tally(problems)
    errors, warnings, notes = counts.errors, counts.warnings, counts.notes
    line = (
        f"{files} file{'s' if files != 1 else ''} checked: "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}"
    )
    if notes:  # counted in neither total: a note only informs (a draft briefing)
        line += f", {notes} note{'s' if notes != 1 else ''}"
    return line


def not_found(item_id: str, collection: Collection, hint: str) -> str:
    """The error for an id not found: when a file that does not load now declares its
    briefing or plan, that file is named (its items are gone only until it is fixed)."""
    owner = item_id.split("/", 1)[0]
    broken = next(
        (f for f in collection.files if not f.loaded and f.claimed_id == owner and not f.taken_by),
        None,
    )
    if broken is None:
        return f"mhbrief: error: no item with id '{shown_id(item_id)}'{hint}"
    where = display_path(broken.path)
    return (
        f"mhbrief: error: no item with id '{shown_id(item_id)}' now: its file {where} does "
        f"not load (`mhbrief validate` says why); fix it and the item is back"
    )
