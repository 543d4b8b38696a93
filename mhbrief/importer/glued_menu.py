"""A site's menu whose items a copy ran together: "Word donateurAls partnerTeken de
petitieGeef spullen", "DonateJoin usShop". Each item ends in a small letter and the next
begins with a capital, with no space between: three such joins make a menu, not a
sentence (a name such as "WhatsApp" or "LinkedIn" has one). An item of a run-together
line that stands again on a line of its own ("DoneerStrijd mee" ¶ "Strijd mee") is that
menu's item too, at the page's top."""

from __future__ import annotations

import re

#: An item's end glued to the next one's start.
_JOIN = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-Z][a-zà-ÿ])")
#: A run-together menu has at least this many joins.
_LEAST_JOINS = 3
#: ... and at most this many words.
_MOST_WORDS = 16
#: An item repeated alone has at most this many words.
_ITEM_WORDS = 3
#: How far from the top a repeated item is looked for.
_TOP = 30
_SENTENCE_END = re.compile(r"[.!?…:;,][”’\"')]*\s*$")


def _pieces(line: str) -> list[str]:
    return [p.strip() for p in _JOIN.split(line.strip()) if p.strip()]


def run_together_menu(line: str) -> bool:
    """Three or more menu items run together on one line, with no sentence's end."""
    text = line.strip()
    return (
        len(text.split()) <= _MOST_WORDS
        and len(_pieces(text)) > _LEAST_JOINS
        and _SENTENCE_END.search(text) is None
        and not any(mark in text for mark in '“”"‘')
    )


def glued_menu(lines: list[str]) -> set[int]:
    """The numbers of run-together menu lines and of the items of a run-together line
    that stand again alone near the page's top."""
    found = {n for n, line in enumerate(lines) if line and run_together_menu(line)}
    top = [(n, (line or "").strip()) for n, line in enumerate(lines[:_TOP])]
    glued = {
        n: _pieces(text)
        for n, text in top
        if len(_pieces(text)) > 1 and _SENTENCE_END.search(text) is None
    }
    for n, text in top:
        if not text or len(text.split()) > _ITEM_WORDS or _SENTENCE_END.search(text):
            continue
        owners = [m for m, pieces in glued.items() if m != n and text in pieces[1:]]
        if owners:
            found |= {n, *owners}
    return found
