"""A quoted person's body known only by its letters: "zegt Ann Lee van de HVZ", "said Ann
Lee of the HPU".

When every named speaker of a text is read with one and the same role, and that role is
a short form alone (capitals, maybe with a digit: "HVZ", "HPU2") that the text writes
right after a speaker's name and "van"/"of"/"bij"/"at"/"from" (maybe with an article),
the short form is the body the speaker is of: no post is written in capitals alone
("CEO" and "MP" are posts, and a country's letters are a place's). The text need not
spell the letters out: a reader knows the body by them.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.orgnames import COUNTRY_LETTERS
from mhbrief.importer.roles import is_role_word

#: A short form alone: two to eight capitals, maybe with a digit or an ampersand.
_LETTERS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")

#: How many speakers are looked for in the text: each is one bounded search.
_MAX_SPEAKERS = 6


def acronym_body(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The short form every named speaker's role is, written after a speaker's name as
    the body they are of; None otherwise."""
    speakers = {str(q.get("speaker") or "") for q in quotes}
    roles = {str(q.get("role") or "") for q in quotes}
    if not speakers or any(not s or s.startswith("TODO") for s in speakers) or len(roles) != 1:
        return None
    role = roles.pop()
    if not _LETTERS.fullmatch(role) or role in COUNTRY_LETTERS or is_role_word(role):
        return None
    for speaker in sorted(speakers)[:_MAX_SPEAKERS]:
        of = rf"{re.escape(speaker)},?\s+(?:van|of|bij|at|from)\s+(?:(?:de|het|the)\s+)?"
        if re.search(rf"{of}{re.escape(role)}(?![\w-])", text):
            return role
    return None
