"""A role in one lowercase word between "volgens"/"according to" and a name: "Volgens
therapeut Anna de Boer bij X", "according to campaigner Jane Roe of Y". The word there
is what the person is, even when it is not a known role word."""

from __future__ import annotations

import re

from mhbrief.importer.roles import ARTICLES, PARTICLES, PRONOUNS

_ACCORDING_WORD = re.compile(
    r"(?:^|\s)(?i:volgens|according\s+to)\s+(?P<role>[a-z][a-z-]{3,30})\s$"
)
#: Words between "volgens" and a name that are no role: "volgens onder meer X", "according
#: to both X and Y".
_NOT_A_ROLE = frozenset(
    [
        *("onder", "andere", "meer", "ook", "vooral", "zowel", "onze", "zijn", "haar"),
        *("both", "also", "mainly", "chiefly", "either", "their", "his", "its", "our"),
        *("data", "figures", "cijfers", "gegevens", "bronnen", "sources", "reports"),
    ]
)


def according_role(before: str) -> str | None:
    """The lowercase word right before a name that "volgens"/"according to" leads."""
    found = _ACCORDING_WORD.search(before)
    if found is None:
        return None
    word = found["role"]
    if word in _NOT_A_ROLE or word in ARTICLES or word in PARTICLES or word in PRONOUNS:
        return None
    return word


def with_according_role(role: str | None, word: str, chunk: str) -> str:
    """The role read from the name's words (``role``: perhaps only whom the person is
    with, "Stichting Kompas" of "X bij Stichting Kompas") with the word before the name:
    "therapeut bij Stichting Kompas"."""
    if not role:
        return word
    if role.split()[0] == word:
        return role
    prep = re.search(rf"\s(?P<prep>bij|van|at|of|from|for|voor)\s+{re.escape(role)}$", chunk)
    return f"{word} {prep['prep']} {role}" if prep else role
