"""mhbrief: a terminal briefing browser for press preparation.

The core (format, loader, index, search, importer) is headless; ``mhbrief.tui``
holds the Textual front end and is the only package that imports Textual.
"""

__version__ = "0.1.0"

#: The briefing format version this mhbrief reads and writes.
FORMAT_VERSION = 1
