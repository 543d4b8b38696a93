"""Quotes stay verbatim: check each quote against the archived source text.

A briefing may name its source with ``source_text`` (a path relative to the
briefing file). Each quote must occur in that text, ignoring differences in
whitespace and in the kind of quotation marks; otherwise a warning names the
first words that differ.
"""

from __future__ import annotations

import os
import re
import stat
import time
import unicodedata
from pathlib import Path

from mhbrief.format import decode, read_capped
from mhbrief.model import Briefing, Quote
from mhbrief.problems import Problem
from mhbrief.sanitize import sanitize_text

_QUOTE_MARKS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
    }
)
_WORD = re.compile(r"\S+")
#: Time one briefing's quotes may take against their source (any file up to the cap).
BUDGET_SECONDS = 2.0
#: Quotes described word by word; more are marked unverified all the same.
MAX_WARNINGS = 200
#: A source modified within one mtime tick (a jiffy: at most 10 ms) of now could be
#: rewritten at the same size and mtime: its check is not remembered. A stale answer here
#: would only be a verbatim warning, so this is the tick, not the parse cache's cautious 2 s.
RACY_NS = 10_000_000

Result = tuple[list[Problem], set[str]]


def normalise(text: str) -> str:
    """Text reduced to what a verbatim comparison looks at.

    The source is sanitised like the quote was at load, so control characters
    stripped from a quote do not make it differ from its source.
    """
    text = unicodedata.normalize("NFC", sanitize_text(text)).translate(_QUOTE_MARKS)
    return " ".join(text.split())


def first_difference(quote: str, source: str) -> str:
    """The first words of ``quote`` that the source does not continue with."""
    words = _WORD.findall(normalise(quote))
    # The longest run of opening words that the source holds: a binary search (any
    # shorter run of a run found is found too), so a long quote costs a few scans.
    prefix, too_long = 0, len(words) + 1
    while too_long - prefix > 1:
        middle = (prefix + too_long) // 2
        if " ".join(words[:middle]) in source:
            prefix = middle
        else:
            too_long = middle
    shown = " ".join(words[prefix : prefix + 6])
    if prefix == 0:
        return f"the quote's opening words '{shown}' are not in the source"
    return f"after '{' '.join(words[max(0, prefix - 4) : prefix])}' the quote has '{shown}'"


def source_path(briefing: Briefing) -> Path | None:
    if briefing.source_text is None:
        return None
    return (briefing.path.parent / briefing.source_text).resolve()


def source_state(
    briefing: Briefing, boundary: Path, folders: dict[str, str] | None = None
) -> tuple[object, ...] | None:
    """What :func:`check_briefing` of ``briefing`` reads besides the briefing: its source
    file's real place and fingerprint. Equal states give equal answers (see
    :class:`mhbrief.loader.LinkMemo`); None when the file changed within one mtime tick
    of now (or in the future), where a rewrite of the same size could hide.

    ``folders`` remembers real paths of folders within one load: the sources of a
    collection share a few, and resolving every source's whole path cost 0.2 s a
    reload at 100k items. The file itself is resolved only when it is a link.
    """
    if briefing.source_text is None:
        return None
    return source_state_at(briefing.path, briefing.source_text, boundary, folders)


def source_state_at(
    path: Path, source_text: str, boundary: Path, folders: dict[str, str] | None = None
) -> tuple[object, ...] | None:
    """:func:`source_state` of the briefing file ``path`` naming ``source_text``: what a
    stored check needs to know it still holds, without the briefing."""
    folders = {} if folders is None else folders
    joined = os.path.join(os.fspath(path.parent), source_text)
    folder, name = os.path.split(joined)
    try:
        info = os.lstat(joined)
    except OSError:
        info = None
    if name in ("", os.curdir, os.pardir) or info is None or stat.S_ISLNK(info.st_mode):
        real = os.path.realpath(joined)
        info = None
    else:
        real = os.path.join(_real(folder, folders), name)
    inside = os.path.join(_real(os.fspath(boundary), folders), "")
    if not real.startswith(inside):
        return (real, "outside", inside)
    try:
        info = info or os.stat(real)
    except OSError as exc:
        return (real, exc.errno)
    if time.time_ns() - info.st_mtime_ns <= RACY_NS:
        return None
    return (real, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def _real(folder: str, folders: dict[str, str]) -> str:
    found = folders.get(folder)
    if found is None:
        found = folders[folder] = os.path.realpath(folder)
    return found


def check_briefing(briefing: Briefing, boundary: Path) -> tuple[list[Problem], set[str]]:
    """Warnings for quotes not found verbatim, and the global ids of those quotes.

    A source text resolving outside ``boundary`` (the briefings folder) is not
    read: the warnings would tell how much of any readable file matched.
    """
    path = source_path(briefing)
    if path is None:
        return [], set()
    named = f"source_text '{briefing.source_text}'"
    if not path.is_relative_to(boundary.resolve()):
        return [
            _unread(briefing, f"{named} is outside the briefings folder; it is not read")
        ], set()
    warnings, failed = _check_file(briefing, path, named, boundary)
    return list(warnings), set(failed)


def _check_file(briefing: Briefing, path: Path, named: str, boundary: Path) -> Result:
    """Read the source and compare each quote (no memo)."""
    try:
        data = read_capped(path)
    except FileNotFoundError:
        return [_unread(briefing, f"{named} not found{_moved(briefing, boundary)}")], set()
    except PermissionError:
        return [_unread(briefing, f"cannot read {named} (permission denied)")], set()
    except OSError as exc:
        return [_unread(briefing, f"cannot read {named} ({exc.strerror or exc})")], set()
    text, problems = decode(path, data)
    if text is None:
        reason = problems[0].message if problems else "unreadable"
        return [
            Problem.warning(
                briefing.path,
                f"source_text '{briefing.source_text}': {reason}",
                briefing.line_of("source_text"),
            )
        ], set()
    return _compare(briefing, normalise(text))


def _compare(briefing: Briefing, source: str) -> tuple[list[Problem], set[str]]:
    """Each quote against the source, in bounded time: a quote with a word the source
    lacks fails without a scan; after :data:`BUDGET_SECONDS` the rest are left
    unchecked (and marked unverified), with one warning that says so."""
    vocabulary = set(source.split(" "))
    started = time.monotonic()
    warnings: list[Problem] = []
    failed: set[str] = set()
    quotes = briefing.quotes
    for number, quote in enumerate(quotes):
        if time.monotonic() - started > BUDGET_SECONDS:
            failed |= {q.global_id for q in quotes[number:]}
            warnings.append(_unchecked(briefing, len(quotes) - number, len(quotes)))
            break
        text = normalise(quote.text)
        # Inner words only: the quote may begin or end inside a word of the source.
        if vocabulary.issuperset(text.split(" ")[1:-1]) and text in source:
            continue
        failed.add(quote.global_id)
        if len(warnings) < MAX_WARNINGS:
            warnings.append(_warning(briefing, quote, source))
    return warnings, failed


def _unchecked(briefing: Briefing, left: int, total: int) -> Problem:
    return Problem.warning(
        briefing.path,
        f"{left} of {total} quotes were not checked against {briefing.source_text}: "
        "checking took too long; they are marked unverified. Split the briefing or its source",
        briefing.line_of("source_text"),
    )


def _moved(briefing: Briefing, boundary: Path) -> str:
    """For a source not found: the path to write when the same path holds from a folder
    above the briefing's, within ``boundary`` (a draft moved into an organisation's
    folder after import: ``sources/x.txt`` is then ``../sources/x.txt``); else empty."""
    written = briefing.source_text
    if not written or Path(written).is_absolute():
        return ""
    root = boundary.resolve()
    folder = briefing.path.parent.resolve()
    steps = 0
    while folder != root and root in folder.parents and steps < 32:
        folder, steps = folder.parent, steps + 1
        candidate = folder / written
        if candidate.resolve().is_relative_to(root) and candidate.is_file():
            moved = "/".join([".."] * steps + [Path(written).as_posix()])
            return f' (there is one at {moved}: write source_text = "{moved}")'
    return ""


def _unread(briefing: Briefing, what: str) -> Problem:
    return Problem.warning(
        briefing.path,
        f"{what}; the quotes cannot be checked against their source",
        briefing.line_of("source_text"),
    )


def _warning(briefing: Briefing, quote: Quote, source: str) -> Problem:
    return Problem.warning(
        briefing.path,
        f"quote '{quote.id}' is not verbatim in {briefing.source_text}: "
        f"{first_difference(quote.text, source)}; copy it exactly from the source",
        quote.line,
        1 if quote.line else None,
    )
