"""An adjective of where someone is from, written before a first name.

"De Oekraïense Anna (17) woont …", "de Syrische Omar": the capitalised adjective
(a Dutch one of a country or people ends in "-se" or "-sche") after an article is
no part of the name; the name is the word after it.
"""

from __future__ import annotations

import re

_ADJECTIVE = re.compile(r"^[A-Z][\w’'-]{2,}(?:se|sche)$")
_ARTICLE = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et|[Ee]en)\s+$")


def without_adjective(text: str, match: re.Match[str], name: re.Pattern[str]) -> re.Match[str]:
    """The ``name`` match after "Oekraïense" of "de Oekraïense Anna" (the article may be
    read as the start of the name: "De Oekraïense Anna"); others as they are."""
    words = match[0].split()
    start = match.start()
    if len(words) >= 3 and _ARTICLE.match(f"{words[0]} "):
        skip = len(words[0]) + 1  # "De Oekraïense Anna": the article led the sentence
    elif _ARTICLE.search(text, max(0, start - 4), start):
        skip = 0
    else:
        return match
    adjective = match[0][skip:].split(maxsplit=1)
    if len(adjective) < 2 or not _ADJECTIVE.match(adjective[0]):
        return match
    return name.match(text, start + skip + len(adjective[0]) + 1) or match
