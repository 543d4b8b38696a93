"""Quoted people who work for different organisations.

A news article quotes "Ann Lee, expert" and, in the next sentence, says "She is director of
the Harbour Institute"; it quotes "Tom Vale, professor at Harbour University" too. The
university is Tom Vale's, not Ann Lee's: a draft organisation taken from his role would cite
her for it. When a quoted person's own employer, as the sentence after their name gives it,
is another organisation than the one found, the quoted people share none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mhbrief.importer.roles import is_role_word
from mhbrief.importer.words import fold_text

#: The rest of the sentence naming the person, then "Hij is directeur van X": the
#: person's employer, given right after.
_NEXT_SENTENCE_EMPLOYER = re.compile(
    r"^[^.!?]{0,200}[.!?]\s+(?:Hij|Zij|Ze|He|She)\s+(?:is|was)\s+(?:ook\s+|also\s+)?"
    r"(?:(?:de|het|een|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\s+"
    r"(?:van|bij|of|at)\s+(?:(?:de|het|the)\s+)?"
    r"(?P<org>[A-Z][\w&’'-]*(?:\s+(?!en\b|and\b)[\w&’'-]+){0,4}?)(?=\s+(?:en|and)\s|[,.;:!?]|$)"
)


def employer_after(name: str, text: str) -> str | None:
    """The organisation the sentence after the first naming of ``name`` says the person
    works for ("… zegt Ann Lee, expert. Zij is directeur van Stichting X"), if any."""
    at = text.find(name)
    if at < 0:
        return None
    match = _NEXT_SENTENCE_EMPLOYER.match(text[at + len(name) :])
    if match is None or not is_role_word(match["role"]):
        return None
    return match["org"]


def other_employers(
    org: str, speakers: Iterable[tuple[str, str]], text: str
) -> list[tuple[str, str]]:
    """The quoted people (name, role) whose own employer, given right after their
    name, is not ``org``, with that employer: a role that names ``org`` keeps it."""
    folded = fold_text(org)
    others = []
    for name, role in speakers:
        if folded in fold_text(role):
            continue
        employer = employer_after(name, text)
        if employer and folded not in fold_text(employer) and fold_text(employer) not in folded:
            others.append((name, employer))
    return others
