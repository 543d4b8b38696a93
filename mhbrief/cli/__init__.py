"""The command line: ``mhbrief`` and its subcommands (see :mod:`mhbrief.cli.main`)."""

from mhbrief.cli.main import main

__all__ = ["main"]
