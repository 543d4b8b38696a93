"""Standard output and error as every command (and the app) writes them.

- **Any locale.** Under a locale whose encoding cannot hold a character (ISO-8859-1,
  ``PYTHONIOENCODING=latin-1``, ASCII), a typographic quote, dash or ellipsis is
  written as its plain ASCII look-alike (“ ” -> ", … -> ...), a letter loses its
  accent where that helps, a box-drawing line (or a thin block) becomes ``-``, ``|`` or ``+``, and
  anything else a ``?``: the codec error handler :data:`ERRORS`, set once on both
  streams by :func:`prepare` (the app's screen is written to stderr, so it gets the
  same instead of Python's default ``\\u2026`` escapes).
- **Output faults.** A command whose output cannot be written (a full disk, a
  closed stdout) ends with one line on stderr and exit code 1 (:func:`fault`),
  never a traceback; a reader that stops reading (``| head``) is no fault.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import sys
import unicodedata

from mhbrief.sanitize import sanitize_line, shown_id

#: The name of the codec error handler that writes ASCII look-alikes.
ERRORS = "mhbrief-ascii"

#: Characters common in briefings and on the app's screen, as ASCII.
LOOK_ALIKES = {
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‘’‚‛′‹›", "'"),
    **dict.fromkeys("–—―‒−‐‑", "-"),
    "…": "...",
    "•": "*",
    "·": ".",
    "\u00a0": " ",
    "\u202f": " ",
    "€": "EUR",
    "→": "->",
    "←": "<-",
    "✓": "v",
    "✔": "v",
    "×": "x",
}


def look_alike(char: str) -> str:
    """``char`` in ASCII: a look-alike, the letter without its accent, or ``?``."""
    if char in LOOK_ALIKES:
        return LOOK_ALIKES[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and base.isascii():
        return base
    name = unicodedata.name(char, "")
    if name.startswith("BOX DRAWINGS"):
        if "HORIZONTAL" in name and "VERTICAL" not in name:
            return "-"
        return "|" if "VERTICAL" in name and "HORIZONTAL" not in name else "+"
    if name.endswith("EIGHTH BLOCK"):  # the app's thin borders and scrollbars
        return "|" if name.startswith(("LEFT", "RIGHT")) else "-"
    return "?"


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(look_alike(char) for char in text), error.end


codecs.register_error(ERRORS, _replace)


class ClosedOutput(io.TextIOBase):
    """Standard output when the command was started without one (``>&-``)."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def isatty(self) -> bool:
        return False


def prepare() -> None:
    """Set the look-alike fallback on both streams; stand in for a closed stdout."""
    if sys.stdout is None:
        # Keep descriptor 1 taken, so no file we open can become "standard output".
        with contextlib.suppress(OSError):
            taken = os.open(os.devnull, os.O_WRONLY)
            if taken > 2:
                os.close(taken)
        sys.stdout = ClosedOutput()
    for stream in (sys.stdout, sys.stderr, sys.__stderr__):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=ERRORS)


def flush() -> None:
    """Write what is still buffered now, while a fault can still be told."""
    if sys.stdout is not None:
        sys.stdout.flush()


def discard() -> None:
    """Send what stdout still buffers nowhere, so Python's exit writes nothing more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def fault(exc: OSError) -> int:
    """Say in one line what could not be written (or which file failed); exit code 1."""
    discard()
    if exc.filename is None:
        what = f"cannot write the output ({exc.strerror or exc})"
    else:  # a file a command used (a name too long, a folder gone): not the output
        what = f"{shown_id(str(exc.filename))}: {exc.strerror or exc}"
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(f"mhbrief: error: {sanitize_line(what)}", file=sys.stderr)
    return 1
