"""The organisation of the quoted people, read beyond their roles' usual shapes.

- A name the text writes before a role of one word or a few ("Harbourside leader Ann Lee",
  "Harbourside steward and deputy convenor X") that the draft's role gives in lower case:
  the name is the organisation's when the text never writes that word in lower case nor
  after "in"/"across" (a place's), and it is no role's, rank's, government's or general
  word.
- The government body most quotes speak for, when more quotes are its officers' than any
  other organisation's ("said Police Chief X" twice, a council president once): the
  police's news with a guest quoted, not the guest's.
- The body a person is named with right before a quote no speaker was found for ("Jan
  Smit van vakbond ABC vertelt …: „…”"): that person is who speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from mhbrief.importer.organisation import (
    government_of_role,
    is_government,
    org_of_role,
    quoted_government,
    quoted_organisation,
)
from mhbrief.importer.roles import is_org_word, is_role_word
from mhbrief.importer.speakers import RANKS
from mhbrief.importer.words import WordCounts

#: Words written before a role that name no organisation: a kind of group, a level, a
#: rank's modifier ("Community leader", "Senior adviser", "Shadow minister").
_GENERAL = frozenset(
    [
        *("community", "team", "project", "opposition", "party", "union", "church"),
        *("youth", "group", "campaign", "programme", "program", "shadow", "deputy"),
        *("acting", "chief", "assistant", "interim", "local", "national", "regional"),
        *("county", "city", "state", "federal", "general", "managing", "executive"),
        *("lead", "head", "board", "company", "business", "former", "senior", "junior"),
        *("world", "global", "council", "police", "labour", "labor", "trade", "branch"),
        *("oud", "voormalig", "landelijk", "regionaal", "lokaal", "senior", "junior"),
    ]
)


def quoted_body(roles: list[str], named: list[Any], uses: WordCounts, text: str) -> str | None:
    """The organisation the quoted people speak for: as their roles name it, else by a
    name written before their roles; the government body when most quotes are its."""
    found = quoted_organisation(roles, named, uses)
    if found is None:
        counts = Counter(name for role in roles if (name := name_before_role(role, text)))
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            # "eurolab spokesperson": the name the text gives that short form in brackets
            found = next((n.name for n in named if n.short == ranked[0][0]), ranked[0][0])
    return _government_over(found, roles, named, text)


def _government_over(
    found: str | None, roles: list[str], named: list[Any], text: str
) -> str | None:
    """The government body when its officers hold two quotes or more, and more than the
    organisation found; none found leaves the choice to the rules after this one."""
    if found is None:
        return None
    officers = sum(1 for r in roles if government_of_role(r) and not org_of_role(r, named))
    if officers < 2:
        return found
    held = sum(1 for r in roles if org_of_role(r, named) == found)
    if officers <= held:
        return found
    return quoted_government(roles, text) or found


def name_before_role(role: str, text: str) -> str | None:
    """``Harbourside`` of the role "harbourside leader" when the text writes "Harbourside
    leader" and never "harbourside": a name before the role, not a word of it."""
    words = role.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].islower():
        return None  # a role the draft gives capitalised was read for its names already
    written = re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text, re.IGNORECASE)
    if written is None:
        return None
    name = written[0].split()[0]
    if not (name[:1].isupper() and name[1:].islower() and len(name) > 2):
        return None
    if _no_name(name) or re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text):
        return None  # a word the text also writes in lower case is no name
    if re.search(rf"{_WHERE}\s+(?:the\s+)?{re.escape(name)}\b", text):
        return None  # "working in Wessex": a place's name ("Wessex manager"), not a body's
    return name


#: The prepositions a place's name follows: "in Wessex", "across the Midlands".
_WHERE = r"\b(?:in|across|throughout|around|outside|within|near|naar|uit|rond)"


def _no_name(word: str) -> bool:
    lower = word.lower()
    return (
        lower in _GENERAL
        or lower in RANKS
        or is_role_word(word)
        or is_org_word(word)
        or is_government(word)
    )


#: A person's name, "van"/"of"/"from"/"bij", a kind of organisation in lower case and its
#: name: "Jan Smit van vakbond ABC", "Ann Lee of charity Harbour Aid".
_NAMED_WITH_BODY = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|ter|ten))*(?:\s+[A-Z][\w'’-]+)+\s+"
    r"(?:van|bij|of|from|at)\s+(?:(?:de|het|the)\s+)?"
    r"(?:vakbond|stichting|organisatie|hulporganisatie|vereniging|union|charity|"
    r"organisation|organization|foundation)\s+"
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)


def body_beside_unnamed_quote(quotes: list[dict[str, Any]], lines: list[str]) -> str | None:
    """The body of the one person named with it in the paragraph of the first quote no
    speaker was found for, before that quote."""
    unnamed = [q for q in quotes if str(q.get("speaker", "")).startswith("TODO")]
    if not unnamed or len(unnamed) < len(quotes):
        return None  # a quote with its speaker says whose it is
    start = unnamed[0]["text"][:40]
    for line in lines:
        at = line.find(start)
        if at < 0:
            continue
        bodies = {m["org"] for m in _NAMED_WITH_BODY.finditer(line[:at])}
        return bodies.pop() if len(bodies) == 1 else None
    return None
