"""A long role in an apposition that opens with the body's name in Title Case: "U.S.
Advisory Council on Human Trafficking co-chair and cofounder of Open Doors". Such a role
runs past the twelve words an apposition is otherwise read to, and its role word comes
after the body's name, not among the first words."""

from __future__ import annotations

import re

from mhbrief.importer.joined_posts import two_posts
from mhbrief.importer.roles import is_role_word

#: Small words inside a body's name in Title Case: "Council on Human Trafficking".
_CONNECTORS = frozenset(
    ["of", "on", "for", "and", "against", "the", "to", "&", "van", "voor", "en"]
)
#: Words that make what follows a clause, not a role: "… co-chair who was …".
_CLAUSE_WORDS = frozenset(
    ["who", "which", "that", "die", "dat", "wie", "is", "was", "has", "had", "heeft", "had"]
)
#: The most words such a role is read to, and how far into it its role word may come.
_MOST_WORDS = 18
_ROLE_WORD_WITHIN = 8


def titled_body_role(words: list[str]) -> bool:
    """``words`` are a body's name in Title Case, then a role word, then more of the role
    (no clause): the whole is the role."""
    if not words or len(words) > _MOST_WORDS or not words[0][:1].isupper():
        return False
    first = next(
        (at for at, word in enumerate(words[:_ROLE_WORD_WITHIN]) if is_role_word(word)), None
    )
    if first is None or first == 0:
        return False
    body = words[:first]
    if not all(word[:1].isupper() or word.lower() in _CONNECTORS for word in body):
        return False
    return not any(word.lower().strip(",") in _CLAUSE_WORDS for word in words[first:])


def too_long(words: list[str]) -> bool:
    """More words than an apposition's role has, unless a body's name opens it or it
    is two posts joined by "and"."""
    return len(words) > 12 and not titled_body_role(words) and not two_posts(words)


#: An aside between dashes, or a clause after one at the end: "the chief executive of
#: the GLAA – which changed its name in May –", "directeur van X – die vorig jaar …".
_DASH_ASIDE = re.compile(r"\s+[–—]\s+(?:[^–—]{1,200}\s+[–—](?=\s|$)|(?:which|who|die|dat)\b.*$)")


def without_aside(text: str) -> str:
    """``text`` without an aside set off by dashes."""
    return _DASH_ASIDE.sub("", text)


def rank_with_post(rank: str, apposition: str) -> bool:
    """A rank in Title Case before a name, then a post after it that opens with a role
    word ("Detective Chief Superintendent X, Head of Crime"): both are the role; "from
    Harbour Police" after it is only whom the officer is with."""
    words = apposition.split()
    return rank.istitle() and bool(words) and is_role_word(words[0])
