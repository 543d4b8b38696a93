"""An organisation's name read with the noun it is compounded with.

"manager van de Stichting Kinderhulp-projecten in Peru": the role's organisation is
read as "Stichting Kinderhulp-projecten in Peru", but the name is what comes before
the hyphen; "-projecten", "-kantoor" is the noun made of it, and what follows ("in
Peru") is where. A name that goes on with a capitalised word after the lowercase part
("Anti-slavernij Netwerk") or whose first part is a prefix ("Anti-", "Pro-") is kept.
"""

from __future__ import annotations

import re

_COMPOUNDED = re.compile(
    r"^(?P<name>[A-Z][\w&.’' ]*?[\w&.])-(?P<noun>[a-z][\w]*)(?P<rest>(?:\s+[a-z][\w-]*)*.*)$"
)
_PREFIXES = frozenset(["anti", "pro", "co", "ex", "non", "oud", "neo", "post", "pre"])
#: The words after "-projecten" that say where or whose: "in Peru", "van het land".
_WHERE = frozenset(["in", "op", "te", "at", "on", "van", "of", "voor", "for"])


def name_before_compound(org: str | None) -> str | None:
    """The name before "-projecten" in "Kinderhulp-projecten in Peru"; other names as
    they are."""
    if not org:
        return org
    match = _COMPOUNDED.match(org)
    if match is None or match["name"].split()[-1].lower() in _PREFIXES:
        return org
    rest = match["rest"].split()
    if rest and rest[0][:1].isupper():
        return org  # "Anti-slavernij Netwerk": the name goes on
    if rest and rest[0] not in _WHERE:
        return org  # "X-projecten en Y": not a place after it
    return match["name"]
