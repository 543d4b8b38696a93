"""Two posts held at once, joined by "and": "legislative director for the state's shelters
and director of outreach of the county branch". Each half is a role of its own (a role
word among its first words, no clause), so the whole runs past the twelve words an
apposition is otherwise read to; each half is held to that length."""

from __future__ import annotations

from mhbrief.importer.roles import is_role_word

#: The most words of each post, and how far into a post its role word may come.
_MOST_WORDS = 12
_ROLE_WORD_WITHIN = 3
#: Words that make what follows a clause, not a role: "… director who was …".
_CLAUSE_WORDS = frozenset(
    ["who", "which", "that", "die", "dat", "wie", "is", "was", "has", "had", "heeft", "said"]
)


def two_posts(words: list[str]) -> bool:
    """``words`` are two roles joined by one "and" ("en"), each short and opening with
    (a word or two, then) a role word."""
    joins = [at for at, word in enumerate(words) if word.lower() in ("and", "en")]
    if len(joins) != 1 or any(w.lower().strip(",") in _CLAUSE_WORDS for w in words):
        return False
    first, second = words[: joins[0]], words[joins[0] + 1 :]
    return all(
        0 < len(post) <= _MOST_WORDS
        and any(is_role_word(word) for word in post[:_ROLE_WORD_WITHIN])
        for post in (first, second)
    )


def the_posts(role: str) -> tuple[str, str] | None:
    """The two posts of ``role`` when it holds two (:func:`two_posts`), the later first:
    the one closer to the person ("… and director of the county branch") names the
    body they speak for when both name one."""
    words = role.split()
    if not two_posts(words):
        return None
    at = next(n for n, word in enumerate(words) if word.lower() in ("and", "en"))
    return " ".join(words[at + 1 :]), " ".join(words[:at])
