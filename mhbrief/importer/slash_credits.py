"""A picture's credit on a line of its own, the photographer and the outlet or agency
joined by a slash with no parentheses ("Ann Lee/RADIO 900 NEWS", "Jan Smit / Getty
Images"), and the caption printed right over it with no blank line between and no stop
at its end ("The mayor opens the new shelter" ¶ "Ann Lee/RADIO 900 NEWS"). A caption
that ends a sentence may be a paragraph of a text with no blank lines: it stays."""

from __future__ import annotations

import re

#: Two to four capitalised words (a person), a slash, one to four words of an outlet
#: (capitalised, in capitals, or numbers: "CJAD 800 NEWS", "Getty Images", "AP").
_SLASH_CREDIT_LINE = re.compile(
    r"^(?:[A-Z][\w.'’-]{0,30}\s+){1,3}[A-Z][\w.'’-]{0,30}\s*/\s*"
    r"[A-Z0-9][\w&.'’-]{0,30}(?:\s+[A-Z0-9][\w&.'’-]{0,30}){0,3}$"
)
#: Quotation marks: a line with one holds someone's words.
_QUOTE_MARKS = re.compile(r"[“”„«»\"‘’]|,,")
#: A caption over its credit has at least this many words (a shorter line is a label) ...
_FEWEST = 4
#: ... and at most this many (a longer one is a paragraph).
_MOST = 30


def slash_credit_line(line: str) -> bool:
    """A line that is a picture's credit alone: "Ann Lee/RADIO 900 NEWS"."""
    text = line.strip()
    return len(text) <= 120 and _SLASH_CREDIT_LINE.match(text) is not None


def caption_over_slash_credit(line: str, following: str) -> bool:
    """A line with no stop and no quotation right over a credit line: its caption."""
    text = line.strip()
    return (
        bool(following)
        and _FEWEST <= len(text.split()) <= _MOST
        and text[:1].isupper()
        and not text.endswith((".", "!", "?", ":", ";", ",", "…"))
        and _QUOTE_MARKS.search(text) is None
        and slash_credit_line(following)
    )


def credit_or_its_caption(line: str, previous: str, following: str) -> bool:
    """A slash credit alone on its line right under a line of text (its caption), or
    that caption."""
    return (bool(previous.strip()) and slash_credit_line(line)) or caption_over_slash_credit(
        line, following
    )
