"""A diplomatic mission as the organisation: the embassy or consulate the quoted
diplomats serve.

A consul, a consul general, an ambassador or a chargé d'affaires speaks for the mission
they head, and news copy names it beside them: "the Harbourland Embassy in Eastport",
"the Embassy of Harbourland", "the Harbourland Consulate General", "de Harbourlandse
ambassade in Eastport". When every quoted person's role is such a post and the text names
one mission only, that mission is the text's body. A "goodwill" or "brand" ambassador is
no diplomat; a "High Commissioner" heads a body of its own, not a mission. The text is read
in a bounded window.
"""

from __future__ import annotations

import re

#: How much of the text is read for the mission's name.
_REACH = 20_000

#: A diplomat's post in a quoted person's role.
_DIPLOMAT = re.compile(
    r"(?i)(?<!goodwill\s)(?<!brand\s)(?<!youth\s)\b(?:consul(?:[\s-]general|-generaal)?|"
    r"ambassador|ambassadeur|ambassadrice|chargé\s+d['’]affaires)\b"
)
_PLACE = r"[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?"
#: A mission by its name: "Harbourland Embassy in Eastport", "Embassy of Harbourland".
_MISSION = re.compile(
    rf"\b(?P<en>(?:(?!(?:The|An?|Our|This|That)\b)[A-Z][\w'’-]+[^\S\n]+){{1,2}}(?:Embassy|Consulate(?:[^\S\n]+General)?)"
    rf"(?:[^\S\n]+(?:in|to)[^\S\n]+{_PLACE})?"
    rf"|(?:Embassy|Consulate(?:[^\S\n]+General)?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{_PLACE}"
    rf"(?:[^\S\n]+in[^\S\n]+{_PLACE})?)"
    rf"|\b(?P<nl>[A-Z]\w+e[^\S\n]+(?:ambassade|consulaat)(?:[^\S\n]+in[^\S\n]+{_PLACE})?)"
)
_ARTICLES = frozenset(["The", "De", "Het", "An", "A", "Our", "This", "That"])


def diplomats_mission(roles: list[str], text: str) -> str | None:
    """The one mission the text names, when every quoted person is a diplomat."""
    if not roles or not all(_DIPLOMAT.search(role) for role in roles):
        return None
    found = set()
    for match in _MISSION.finditer(text[:_REACH]):
        words = (match["en"] or match["nl"]).split()
        while words and words[0] in _ARTICLES:
            words = words[1:]
        if words and (words[0] not in ("Embassy", "Consulate") or "of" in words):
            found.add(" ".join(words))
    # "the Harbourland Embassy" and "the Harbourland Embassy in Eastport": one mission
    fullest = {name for name in found if not any(o != name and o.startswith(name) for o in found)}
    return fullest.pop() if len(fullest) == 1 else None
