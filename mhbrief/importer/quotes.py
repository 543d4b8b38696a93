"""Finding quotations: the spans between quotation marks, and one left open at the end.

Marks: ‘…’, “…”, "…", „…”, ,,…” (two commas, the Dutch newspaper habit), '…' and
«…». A quotation inside another (“Zij zei: ‘nee’.”) stays part of the outer one.
"""

from __future__ import annotations

import re

QUOTE = re.compile(
    r"(?<![\w])‘(?P<a>.+?)’(?![\w])"
    r"|“(?P<b>.+?)”"
    r"|„(?P<c>.+?)[”“]"
    r"|(?<![\w])\"(?P<d>.+?)\"(?![\w])"
    r"|(?<![\w])'(?P<e>.+?)'(?![\w])"
    r"|«\s?(?P<f>.+?)\s?»"
    r"|(?<![\w,]),,(?P<g>.+?)[”“\"]"  # Dutch newspapers: ,,…”
)
#: A quotation opened and not closed before the end of its paragraph.
_UNCLOSED = re.compile(r"(?<![\w])(?:[“‘„«]|,,)\s*(?P<inner>[^“”‘’„«»\"]{12,})$")
_CLOSING = re.compile(r"[”’»\"]\s*$")


def quote_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, inner text)`` of each quotation, and of one left open at the end.

    English quotes running over paragraphs leave the first one open:
    ``Jane Doe said: “The plan is weak.`` then ``“We call on …”``.
    """
    spans = [
        (m.start(), m.end(), next(g for g in m.groups() if g is not None))
        for m in QUOTE.finditer(text)
    ]
    tail_start = spans[-1][1] if spans else 0
    unclosed = _UNCLOSED.search(text, tail_start)
    if unclosed:
        spans.append((unclosed.start(), len(text), unclosed["inner"]))
    return spans


def is_left_open(text: str, start: int, end: int) -> bool:
    """True when the quotation at ``start`` runs to the end of ``text`` unclosed."""
    return end == len(text) and not _CLOSING.search(text[start:])
