"""The party a quoted council or parliament member speaks for, from its group.

"Opmerkelijk, vindt de gemeenteraadsfractie van Partij X … zegt fractievoorzitter Anna
Bos": the quoted person's role names no party, but the text names one party's group
("fractie van X", "X-fractie"). That party is whose people are quoted. Two parties'
groups named: none is taken.
"""

from __future__ import annotations

import re

#: Roles of a member of a council's or parliament's party group, said without the party.
_MEMBER_ROLES = frozenset(
    [
        *("fractievoorzitter", "fractieleider", "fractiewoordvoerder", "raadslid"),
        *("gemeenteraadslid", "statenlid", "kamerlid", "tweede-kamerlid", "commissielid"),
    ]
)
_GROUP = r"(?:gemeenteraads|raads|staten|kamer|senaats)?fractie"
#: "de (gemeenteraads)fractie van X", "X-fractie", "de raadsfractie X".
_PARTY = re.compile(
    rf"\b{_GROUP}\s+(?:van\s+)?(?:de\s+|het\s+)?"
    rf"(?P<after>[A-Z][\w&]*(?:-[A-Z][\w&]*)?(?:\s+[A-Z][\w&]*){{0,2}})"
    rf"|(?<![\w-])(?P<before>[A-Z][\w&]*(?:-[A-Z][\w&]*)?)-{_GROUP}\b"
)
#: How many groups are looked at: a bound on the cost.
_LOOKED_AT = 20


def party_of_members(roles: list[str], text: str) -> str | None:
    """The one party whose group the text names, when a quoted person holds a member's
    role without a party ("fractievoorzitter", "raadslid")."""
    if not any(role.strip().lower() in _MEMBER_ROLES for role in roles):
        return None
    parties = set()
    for number, match in enumerate(_PARTY.finditer(text)):
        if number >= _LOOKED_AT:
            break
        parties.add(match["after"] or match["before"])
    return parties.pop() if len(parties) == 1 else None
