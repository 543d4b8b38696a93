"""The command line: ``mhbrief`` and its subcommands (see :mod:`mhbrief.cli.main`)."""

from mhbrief import startup_gc

startup_gc.hold()  # released once the command's modules are in (mhbrief.cli.main)

from mhbrief.cli.main import main  # noqa: E402

__all__ = ["main"]
