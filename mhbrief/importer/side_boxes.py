"""Page furniture known by what stands beside it:

- a card cut at its comma: the short line under a line of furniture that ends in a
  comma continues it ("Ann Lee," ¶ "programme manager of the Harbour Trust");
- the label over a box of people: a few words ending in a colon right over a bare
  name ("In this article:" ¶ "Ann Lee");
- the writer's box over the comments: a bare name (maybe printed twice) right over the
  comment widget's count or prompt ("Ann Lee" ¶ "0 Comments");
- a widget's short label between the date on its own line and the story's next
  paragraph, once a paragraph stood above the date ("Share the news" under "3 May 2019");
- in the page's tail, after the story's last paragraph, a few words with no end of their
  own right under a line of furniture ("In an emergency:" ¶ "Take no risks").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from mhbrief.importer.boilerplate import is_boilerplate, is_press_office
from mhbrief.importer.captions import QUOTE_MARKS
from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.shaped_furniture import comment_widget

#: A bare name: two to four capitalised words (particles between), maybe a comma after.
_NAME = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|ter|von|da|di|le|la|bin|al)\s+)*"
    r"[A-Z][\w'’-]+){1,3},?$"
)
#: A box's label: one to four words ending in a colon, no digits and no quotation.
_BOX_LABEL = re.compile(r"^[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*:$")
#: A line that ends a sentence (a continuation has no end of its own).
_ENDED = re.compile(r"[.!?…:;][”’\"')]*\s*$")
#: A card's continuation has at most this many words.
_CONTINUATION_WORDS = 16
#: A widget's label has at most this many words; a paragraph at least this many.
_LABEL_WORDS = 4
_PROSE_WORDS = 12
#: How many content lines a comment widget's count may stand under the name.
_NAME_REACH = 2


def _content(lines: Sequence[str | None]) -> list[int]:
    return [n for n, line in enumerate(lines) if line and line.strip()]


def _text(lines: Sequence[str | None], number: int) -> str:
    return (lines[number] or "").strip()


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and _ENDED.search(text) is not None


def _continuation(text: str) -> bool:
    """A short line with no end of its own and no quotation."""
    return (
        len(text.split()) <= _CONTINUATION_WORDS
        and _ENDED.search(text) is None
        and QUOTE_MARKS.search(text) is None
        and "“" not in text
        and "‘" not in text
    )


def comma_cards(lines: Sequence[str | None]) -> set[int]:
    """The short line under a line of furniture ending in a comma: the card's rest."""
    content = _content(lines)
    found: set[int] = set()
    for above, below in itertools.pairwise(content):
        text = _text(lines, above)
        if not text.endswith(","):
            continue
        if (above in found or is_boilerplate(text)) and _continuation(_text(lines, below)):
            found.add(below)
    return found


def box_labels(lines: Sequence[str | None]) -> set[int]:
    """ "Aan het woord:" right over a bare name: the label of a box of people."""
    content = _content(lines)
    return {
        above
        for above, below in itertools.pairwise(content)
        if _BOX_LABEL.match(_text(lines, above)) and _NAME.match(_text(lines, below))
    }


def names_over_comments(lines: Sequence[str | None]) -> set[int]:
    """A bare name (or two copies of it) right over the comment widget's line."""
    content = _content(lines)
    found: set[int] = set()
    for at, number in enumerate(content):
        if not comment_widget(_text(lines, number)):
            continue
        for above in reversed(content[max(0, at - _NAME_REACH) : at]):
            if not _NAME.match(_text(lines, above)):
                break
            found.add(above)
    return found


def labels_under_date(lines: Sequence[str | None]) -> set[int]:
    """A widget's few words between a date alone on its line and a paragraph, once the
    story had a paragraph above the date (a headline may stand under a date: never
    before any paragraph)."""
    content = _content(lines)
    found: set[int] = set()
    seen_prose = False
    for at in range(1, len(content) - 1):
        before = _text(lines, content[at - 1])
        seen_prose = seen_prose or _prose(before)
        text = _text(lines, content[at])
        if (
            seen_prose
            and 1 <= len(text.split()) <= _LABEL_WORDS
            and not _ENDED.search(text)
            and not any(ch.isdigit() for ch in text)
            and QUOTE_MARKS.search(text) is None
            and parse_date_line(before) is not None
            and _prose(_text(lines, content[at + 1]))
        ):
            found.add(content[at])
    return found


def _furniture(text: str) -> bool:
    return is_boilerplate(text) or is_press_office(text)


def tail_labels(lines: Sequence[str | None]) -> set[int]:
    """After the story's last paragraph, a short line with no end and no quotation right
    under a line of furniture: the tail's widget or box goes on."""
    content = _content(lines)
    last = max((at for at, n in enumerate(content) if _prose(_text(lines, n))), default=None)
    if last is None:
        return set()
    found: set[int] = set()
    for above, number in itertools.pairwise(content[last + 1 :]):
        text = _text(lines, number)
        if (
            1 <= len(text.split()) <= _LABEL_WORDS
            and _continuation(text)
            and (above in found or _furniture(_text(lines, above)))
        ):
            found.add(number)
    return found


def side_boxes(lines: Sequence[str | None]) -> set[int]:
    """The numbers of the lines above."""
    return (
        comma_cards(lines)
        | box_labels(lines)
        | names_over_comments(lines)
        | labels_under_date(lines)
        | tail_labels(lines)
    )
