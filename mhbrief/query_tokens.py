"""A query as the user typed it, read into its parts for the tips shown when it finds
nothing: filters (``theme:x``, ``speaker:"A B"``), phrases and words.

The engine decides which prefix to offer (it checks the prefix finds something); the
app words the tips. Both read the query through this one module, so the word the tip
names is the word the engine tried.
"""

from __future__ import annotations

import re

#: A query's parts: a filter (``theme:x``, ``speaker:"A B"``), a phrase, or a word.
_TOKENS = re.compile(r'-?[A-Za-z_]+:(?:"[^"]*"?|\[[^\]]*\]?|\S*)|"[^"]*"?|\S+')
_FILTER = re.compile(r"-?([A-Za-z_]+):")
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})
#: A word shorter than this is not cut to a prefix (``kind*`` of ``kinder`` helps no one).
_PREFIX_FROM = 5


def filters(query: str) -> list[str]:
    """The names of the filters the query holds, in order, each once (``theme``)."""
    names = (match[1] for token in _TOKENS.findall(query) if (match := _FILTER.match(token)))
    return list(dict.fromkeys(names))


def words(query: str) -> list[str]:
    """The query's words and phrases, without filters and operators."""
    return [
        token
        for token in _TOKENS.findall(query)
        if not _FILTER.match(token) and token not in _OPERATORS
    ]


def prefix_of(query: str) -> tuple[str, str] | None:
    """The query's longest whole word and a prefix of it (``uitzendbureau`` ->
    ``uitzendbur*``), to try in its place; None when no word is long enough or every
    one is a prefix or phrase already."""
    whole = [word for word in words(query) if word.isalpha() and len(word) >= _PREFIX_FROM]
    if not whole:
        return None
    word = max(whole, key=len)
    return word, f"{word[: max(4, len(word) - 3)].lower()}*"


def with_prefix(query: str, word: str, prefix: str) -> str:
    """``query`` with its first ``word`` token (not inside a filter or phrase) as ``prefix``."""
    done = False

    def swap(match: re.Match[str]) -> str:
        nonlocal done
        if done or match.group() != word:
            return match.group()
        done = True
        return prefix

    return _TOKENS.sub(swap, query)
