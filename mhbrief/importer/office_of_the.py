"""An office "van de"/"of the" an organisation, then the person's name.

"volgens inspecteur-generaal van de Arbeidsinspectie Rits de Boer", "said head of the
Harbour Agency Jane Roe": the role, its article and the organisation's name run straight
into the person's name. The name is the last two capitalised words (with the particles
between them); what stands before them is the organisation, which must name its kind
("Arbeidsinspectie", "Agency") or be a short form, so a name of three words is never cut
into an organisation and a name on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mhbrief.importer.roles import PARTICLES, is_org_word, is_role_word
from mhbrief.importer.speakers import Person

#: A role, "van"/"of" and an article right before a capitalised word.
_ROLE_OF_THE = re.compile(r"(?:^|\s)(?P<role>[\w-]+\s+(?:van|of)\s+(?:de|het|the))\s+$")


def _name_start(tokens: list[str]) -> int | None:
    """Where the name begins in ``tokens``: the last two capitalised words, with the
    particles between them ("Rits de Boer")."""
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    start -= 1
    if start < 1 or not tokens[start][:1].isupper():
        return None
    return start


def _an_organisation(words: list[str]) -> bool:
    """Capitalised words of which one names an organisation's kind or is a short form."""
    if not all(w[:1].isupper() for w in words) or any(is_role_word(w) for w in words):
        return False
    return any(is_org_word(w) or (w.isupper() and len(w) > 1) for w in words)


def office_of_the(
    before: str, tokens: list[str], looks_like_a_name: Callable[[str], bool]
) -> Person | None:
    """The person of "inspecteur-generaal van de Arbeidsinspectie Rits de Boer": ``before``
    is the text up to the capitalised ``tokens``."""
    found = _ROLE_OF_THE.search(before[-60:])
    if found is None or not is_role_word(found["role"].split()[0]) or len(tokens) < 3:
        return None
    start = _name_start(tokens)
    if start is None or not _an_organisation(tokens[:start]):
        return None
    name = " ".join(tokens[start:])
    if not looks_like_a_name(name):
        return None
    return Person(name, f"{found['role']} {' '.join(tokens[:start])}")
