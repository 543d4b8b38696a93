"""The organisation a text names most: a run of capitalised words with a word of an
organisation's kind in it ("Human Trafficking Foundation"), written at least twice and
more than any other; never a government body, an outlet, a person, or a post a person
holds ("International Migration Envoy", "Special Rapporteur")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from mhbrief.importer.organisation import NAME_CONNECTORS, is_government
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word, is_role_word

#: A run of capitalised words (with the small words inside names): a name, maybe an
#: organisation's. Each word is read up to 60 characters, so the cost stays linear.
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w-])[A-Z][\w&-]{{0,60}}(?:[^\S\n]+(?:[A-Z][\w&-]{{0,60}}|{NAME_CONNECTORS})(?![\w-])){{0,11}}"
)
_LEADING_ARTICLE = re.compile(r"^(?:The|De|Het)\s+")
_INNER_ARTICLE = re.compile(r"\s(?:the|de|het)\s")


def most_named_organisation(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The name with a word of an organisation's kind ("Human Trafficking Foundation")
    that the text writes most, at least twice and more than any other; no government
    body, outlet or person."""
    counts: Counter[str] = Counter()
    for match in _CAPITALISED_RUN.finditer(text):
        # "Today the X Foundation", "X Foundation and the Y Foundation": an article
        # inside the run starts another name
        for part in _INNER_ARTICLE.split(_LEADING_ARTICLE.sub("", match[0])):
            words = part.split()
            while words and not words[-1][:1].isupper():
                words.pop()  # "… Foundation and": the name ends at its last capital
            if len(words) < 2 or not any(is_org_word(w) for w in words):
                continue
            counts[" ".join(words)] += 1
    # Whether a name is a person's reads the whole text: asked only of the names that
    # could win, most written first (once per name of each text cost minutes at 600 KB)
    ranked: list[tuple[str, int]] = []
    for name, count in counts.most_common(_MOST_NAMED_LOOKED_AT):
        if count < 2 or len(ranked) == 2:
            break
        if _a_post(name.rsplit(None, 1)[-1]):
            continue  # "… Envoy": a post, read only of the names that could win
        if not (is_government(name) or is_outlet(name) or is_person(name)):
            ranked.append((name, count))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: Posts the roles' words do not hold: a name ending in one is a post a person holds
#: ("International Migration Envoy"), not a body.
_POSTS = frozenset(["envoy", "envoys", "gezant", "tsar", "czar"])


def _a_post(last: str) -> bool:
    """``last``, a name's last word, makes the name a post ("… Envoy", "… Rapporteur")."""
    return not is_org_word(last) and (is_role_word(last) or last.lower() in _POSTS)


#: The names written most that :func:`most_named_organisation` checks for a person's.
_MOST_NAMED_LOOKED_AT = 16
