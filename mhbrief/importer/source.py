"""Reading a source: bytes to clean text, or a :class:`SourceError` saying why not."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from mhbrief.sanitize import sanitize_text

#: Sources larger than this are refused: a press statement is a few kilobytes, a saved
#: web page a few megabytes; the importer's cost is linear, 2 MiB take a few seconds.
MAX_SOURCE_BYTES = 4 * 1024 * 1024


class SourceError(ValueError):
    """The source cannot be imported (empty, binary, not UTF-8, too large)."""


def read_source(source: Path | bytes | str) -> tuple[str, bytes, str | None]:
    """The source as clean text, its raw bytes and its file name (if any)."""
    name: str | None = None
    if isinstance(source, Path):
        name = source.name
        if source.exists() and not source.is_file():
            raise SourceError(f"{source} is not a regular file: give the path of a text file")
        try:
            with source.open("rb") as handle:
                raw = handle.read(MAX_SOURCE_BYTES + 1)
        except OSError as exc:
            raise SourceError(f"cannot read {source}: {exc.strerror or exc}") from exc
        what = str(source)
    elif isinstance(source, bytes):
        raw, what = source, "the source"
    else:
        raw, what = source.encode("utf-8"), "the source"
    return decode_source(raw, what), raw, name


def decode_source(raw: bytes, what: str = "the source") -> str:
    """UTF-8 bytes (BOM and CRLF allowed) to text, or a :class:`SourceError`."""
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"{what} is larger than {MAX_SOURCE_BYTES // 1024} KiB; "
            "a press statement is much smaller: is this the right file?"
        )
    if b"\x00" in raw:
        raise SourceError(
            f"{what} looks like a binary file, not text; "
            "copy the statement's text into a plain-text file (UTF-8) and import that"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{what} is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}); "
            "save it as UTF-8 and import it again"
        ) from exc
    text = sanitize_text(text.removeprefix("\ufeff"))
    if not any(ch.isalpha() for ch in text):
        raise SourceError(f"{what} is empty: there is no text to import")
    if _unassigned(text) > max(4, len(text) // 100):
        raise SourceError(f"{what} looks like binary data, not the text of a statement")
    return text


def _unassigned(text: str) -> int:
    """How many characters are private, unassigned or surrogates: each distinct
    character is looked up once (an ASCII text has none)."""
    if text.isascii():
        return 0
    odd = [ch for ch in set(text) if unicodedata.category(ch) in ("Co", "Cn", "Cs")]
    return sum(text.count(ch) for ch in odd)
