"""One file's bytes to a TOML table: capped reads, decoding, and syntax errors placed.

Each step says why a file cannot be read, with its line and what to do; none raises
for a bad file. :func:`read_capped` refuses pipes and devices and reads at most one
byte past :data:`MAX_FILE_BYTES`.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from mhbrief.problems import Problem
from mhbrief.toml_hints import explain

#: Files larger than this are refused: no briefing comes near it.
MAX_FILE_BYTES = 2 * 1024 * 1024

_AT_END = "(at end of document)"
_TOML_ERROR = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")

# UTF-32 first: its little-endian mark starts with UTF-16's.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def sha256(data: bytes) -> str:
    """A file's fingerprint: the hex SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def decode(path: Path, data: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes to text: UTF-8 (BOM allowed), refusing binary, empty and huge files."""
    if len(data) > MAX_FILE_BYTES:
        size = _real_size(path, data) / (1024 * 1024)
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return None, [
            Problem.error(
                path,
                f"file is {size:.1f} MiB, over the {limit} MiB limit for a briefing file; "
                "split it into several briefings",
            )
        ]
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return None, [
                Problem.error(
                    path,
                    f"this file is saved as {encoding}; save it as UTF-8 "
                    "(in Notepad: Save As, Encoding: UTF-8)",
                    1,
                )
            ]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [
            Problem.error(
                path,
                "this looks like a binary file, not TOML text; "
                "move it out of the briefings folder or save it as UTF-8 text",
                line,
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem.error(
                path,
                f"invalid UTF-8 byte 0x{data[exc.start]:02x}; save the file as UTF-8",
                line,
                column,
            )
        ]
    # Old Mac line endings: tomllib knows only LF and CRLF; a lone CR is a line end.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [
            Problem.error(
                path,
                "empty file; a briefing file starts with 'format = 1' and "
                '\'kind = "briefing"\' (or "plan" or "themes"); see docs/briefing-format.md',
            )
        ]
    return text, []


def _real_size(path: Path, data: bytes) -> int:
    """The file's size on disk: ``data`` stops one byte past the cap (:func:`read_capped`)."""
    try:
        return max(len(data), os.stat(path).st_size)
    except OSError:
        return len(data)


def parse_toml(path: Path, text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Text to a TOML table, or one problem placed where the syntax breaks."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_ERROR.match(message)
        at = (int(match["line"]), int(match["col"])) if match else (None, None)
        hint = explain(text, *at) if match or message.endswith(_AT_END) else None
        if hint is not None:
            return None, [Problem.error(path, hint.message, hint.line, hint.column)]
        if match:
            msg = match["msg"]
            line, column = int(match["line"]), int(match["col"])
            return None, [Problem.error(path, f"TOML syntax: {msg}", line, column)]
        if message.endswith(_AT_END):
            # A bracket or string left open: point at the last line that has text.
            body = text.rstrip()
            line = body.count("\n") + 1
            column = len(body) - (body.rfind("\n") + 1) + 1
            msg = message.removesuffix(_AT_END).strip()
            return None, [
                Problem.error(
                    path,
                    f"TOML syntax: {msg} at the end of the file; "
                    "a bracket or quote is left open, or a value is missing",
                    line,
                    column,
                )
            ]
        return None, [Problem.error(path, f"TOML syntax: {message}")]
    except RecursionError:
        return None, [
            Problem.error(path, "values are nested too deeply to read; flatten the arrays/tables")
        ]


def read_capped(path: Path) -> bytes:
    """The file's bytes, at most one byte past the size cap.

    A pipe or device is refused instead of read: opening a FIFO for reading
    would block until somebody writes to it, hanging validate and the app.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file; remove it from the briefings folder")
        return handle.read(MAX_FILE_BYTES + 1)
