"""The ``mhbrief`` command: the app when run bare, and subcommands around the core.

Each group of subcommands lives in its own module of this package with a ``register``
function; ``common`` holds what they share, and this module the parser and the dispatch.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import mhbrief.cli.streams as streams
from mhbrief import __version__, startup_gc
from mhbrief.cli.authoring import register as register_authoring
from mhbrief.cli.browse import register as register_browse
from mhbrief.cli.common import (
    Handler,
    Subparsers,
    UsageError,
    add_briefings_argument,
    add_index_argument,
    resolve_location,
)
from mhbrief.cli.search import register as register_search
from mhbrief.cli.sheet import register as register_sheet
from mhbrief.cli.validate import register as register_validate
from mhbrief.sanitize import shown_message

REGISTRARS: list[Callable[[Subparsers], None]] = [
    register_validate,
    register_search,
    register_authoring,
    register_browse,
    register_sheet,
]


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
    for register in REGISTRARS:
        register(subparsers)
    _own_usage(parser)
    return parser


def _own_usage(parser: argparse.ArgumentParser) -> None:
    """Each command's parser names itself in its namespace, so an unknown option after
    it (``search --bogus``) is told with that command's usage, not the top level's."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.set_defaults(usage_parser=command)
                _own_usage(command)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # exits 2, as parse_args would, with the usage of the command it follows
        told: argparse.ArgumentParser = getattr(args, "usage_parser", parser)
        told.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


#: How long the app waits after an Esc byte for the rest of a key's sequence (ms).
ESCAPE_MS = 20


def quick_escape() -> None:
    """Esc answers in 20 ms, not 100: set before Textual is imported, which reads it once.

    A terminal sends an Esc byte alone for Esc, and first for every arrow or function key;
    Textual tells them apart by waiting ``$ESCDELAY`` ms (100 by default) for more: a
    tenth of a second on every Esc, where ``/`` answers at once. A key's sequence is
    written in one piece and arrives in one, over SSH too (tmux waits 10 ms). A user's
    own ``ESCDELAY`` wins; editors started from the app read the same setting.
    """
    os.environ.setdefault("ESCDELAY", str(ESCAPE_MS))


def _run_app(args: argparse.Namespace) -> int:
    location = resolve_location(args, quiet=True)
    index = getattr(args, "index", None)
    quick_escape()
    # Imported here, not at the top: the only path that loads Textual, so that the other
    # commands start without it.
    from mhbrief.tui.run import run_app

    startup_gc.release()
    return run_app(location, Path(index) if index else None)


def main(argv: Sequence[str] | None = None) -> int:
    streams.prepare()  # any locale, a closed stdout
    failed = 1  # the exit code of a fault; ``search``'s 1 means "nothing found", so it says 2
    try:
        args = _parse(argv)
        failed = getattr(args, "fault_code", failed)
        code = _dispatch(args)
        streams.flush()  # a full disk is told now, not by Python on its way out
        return code
    except SystemExit:  # argparse after --help, --version or a usage error
        try:
            streams.flush()
        except OSError as exc:
            return streams.fault(exc)
        raise
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped reading (| head): no fault
        streams.discard()
        return 0
    except OSError as exc:
        streams.fault(exc)
        return failed


def _dispatch(args: argparse.Namespace) -> int:
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_app(args)
        startup_gc.release()
        return handler(args)
    except UsageError as exc:
        print(f"mhbrief: error: {shown_message(str(exc))}", file=sys.stderr)  # ids cut
        return 2


if __name__ == "__main__":
    sys.exit(main())
