"""The source at the quote: where a quote stands in its briefing's archived ``source_text``.

A quote is found as the verbatim check finds it (whitespace and the kind of
quotation marks never matter); a quote that is not verbatim gets the closest
passage instead: the run of source words, as long as the quote, that shares
the most words with it. Only a file inside the briefings folder is read, at
most :data:`~mhbrief.format.MAX_FILE_BYTES` of it, and its text is sanitised
like every other text from a briefing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mhbrief.engine.analysis import fold, words
from mhbrief.format import decode, read_capped
from mhbrief.model import Briefing, Collection, Quote
from mhbrief.sanitize import sanitize_text
from mhbrief.verbatim import _QUOTE_MARKS, normalise, source_path

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_WORD = re.compile(r"\w+")


class SourceUnavailable(Exception):
    """The quote's source cannot be shown: why, and the briefing's URL if it has one."""

    def __init__(self, reason: str, url: str | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


class Match(StrEnum):
    VERBATIM = "verbatim"
    #: Not verbatim: the passage sharing the most words with the quote.
    CLOSEST = "closest"
    #: Not one of the quote's words is in the source.
    NONE = "none"


@dataclass(frozen=True)
class Passage:
    """A source text, its paragraphs, and where the quote stands in it."""

    path: Path
    text: str
    #: ``(start, end)`` offsets in ``text`` of each paragraph, in order.
    paragraphs: tuple[tuple[int, int], ...]
    start: int
    end: int
    match: Match

    @property
    def verbatim(self) -> bool:
        return self.match is Match.VERBATIM

    def paragraph_at(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (or the next one after it)."""
        for number, (_, end) in enumerate(self.paragraphs):
            if offset < end:
                return number
        return max(0, len(self.paragraphs) - 1)

    def around(self, before: int = 1, after: int = 1) -> range:
        """Paragraph indexes: the quote's, with ``before`` and ``after`` more on each side."""
        if not self.paragraphs:
            return range(0)
        first = self.paragraph_at(self.start)
        last = self.paragraph_at(max(self.start, self.end - 1))
        return range(max(0, first - before), min(len(self.paragraphs), last + after + 1))


def source_text(briefing: Briefing, root: Path) -> tuple[Path, str]:
    """The sanitised text of the briefing's archived source; raises :class:`SourceUnavailable`."""
    path = source_path(briefing)
    if path is None:
        raise SourceUnavailable("no archived source text (source_text)", briefing.url)
    if not path.is_relative_to(root.resolve()):
        raise SourceUnavailable(
            f"source_text '{briefing.source_text}' is outside the briefings folder; "
            "only files inside it are read",
            briefing.url,
        )
    try:
        data = read_capped(path)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise SourceUnavailable(
            f"source_text '{briefing.source_text}' cannot be read ({why})", briefing.url
        ) from exc
    text, problems = decode(path, data)
    if text is None:
        why = problems[0].message if problems else "unreadable"
        raise SourceUnavailable(f"source_text '{briefing.source_text}': {why}", briefing.url)
    shown = unicodedata.normalize("NFC", sanitize_text(text)).removeprefix("\ufeff")
    return path, shown


def passage(collection: Collection, quote: Quote) -> Passage:
    """Where ``quote`` stands in its source; raises :class:`SourceUnavailable`."""
    briefing = collection.briefing_of(quote)
    path, text = source_text(briefing, collection.root)
    start, end, match = locate(text, quote.text)
    return Passage(path, text, paragraphs(text), start, end, match)


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Blocks of text between blank lines, as offsets, leading and trailing space left out."""
    found: list[tuple[int, int]] = []
    position = 0
    for gap in [*_BLANK_LINE.finditer(text), None]:
        stop = gap.start() if gap else len(text)
        block = text[position:stop]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            found.append((position + lead, position + len(block.rstrip())))
        if gap:
            position = gap.end()
    return tuple(found)


def locate(text: str, quote: str) -> tuple[int, int, Match]:
    """``(start, end, match)`` of ``quote`` in ``text``: verbatim, else the closest passage."""
    wanted = normalise(quote)
    if wanted:
        flat, origin = _flatten(text)
        at = flat.find(wanted)
        if at >= 0:
            return origin[at], origin[at + len(wanted) - 1] + 1, Match.VERBATIM
    return closest(text, quote)


def _flatten(text: str) -> tuple[str, list[int]]:
    """``text`` as :func:`~mhbrief.verbatim.normalise` reads it, and each character's origin."""
    out: list[str] = []
    origin: list[int] = []
    space = -1
    for offset, char in enumerate(text.translate(_QUOTE_MARKS)):
        if char.isspace():
            if space < 0:
                space = offset
            continue
        if space >= 0 and out:
            out.append(" ")
            origin.append(space)
        space = -1
        out.append(char)
        origin.append(offset)
    return "".join(out), origin


def closest(text: str, quote: str) -> tuple[int, int, Match]:
    """The run of source words as long as the quote that shares the most words with it."""
    wanted = Counter(fold(word) for word in _WORD.findall(quote))
    size = sum(wanted.values())
    source = list(words(text))
    if not size or not source:
        return 0, 0, Match.NONE
    window: Counter[str] = Counter()
    score = best = best_end = 0
    for end, (_, _, word) in enumerate(source):
        if window[word] < wanted[word]:
            score += 1
        window[word] += 1
        if end >= size:
            gone = source[end - size][2]
            window[gone] -= 1
            if window[gone] < wanted[gone]:
                score -= 1
        if score > best:
            best, best_end = score, end
    if best == 0:
        return 0, 0, Match.NONE
    run = source[max(0, best_end - size + 1) : best_end + 1]
    # Start and end on words the quote has, so the marked passage is what matched.
    hits = [(start, end) for start, end, word in run if word in wanted]
    return hits[0][0], hits[-1][1], Match.CLOSEST
