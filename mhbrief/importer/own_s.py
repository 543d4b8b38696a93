"""An organisation whose name ends in "’s" ("Barnardo’s", "Sainsbury's"): a role reads
as a possessive ("Barnardo’s chief executive X" gives "Barnardo"), but where the text
writes the name with its "’s" and nothing after it ("…, says Barnardo’s.", "warns
Barnardo’s" at a headline's end), the "’s" is part of the name."""

from __future__ import annotations

import re

#: How far into the text the name with its "’s" is looked for: a bound on the cost.
_REACH = 20_000


def with_own_s(org: str, text: str) -> str:
    """``org`` with the "’s" the text ends its name with where it stands alone: before
    a stop, a comma or a line's end ("says Barnardo’s.")."""
    if not org or org.endswith(("’s", "'s", "’", "'")) or not org[-1:].isalpha():
        return org
    alone = re.compile(
        rf"(?<![\w’'-]){re.escape(org)}(?P<s>[’']s)(?=[ \t]*(?:[.,;:!?)]|$))", re.MULTILINE
    )
    found = alone.search(text[:_REACH])
    return org + found["s"] if found else org


#: A role that ends in a name with its own "’s": "Barnardo’s" (the role is the name, as
#: from "X of Barnardo’s"), "chief executive of Barnardo’s", "adviser at Hallam's".
_OWN_S_AT_END = re.compile(
    r"(?:^|\b(?:of|at|from|for|with|bij|van)\s+)"
    r"(?P<org>[A-Z][\w&-]{1,40}(?:\s+[A-Z][\w&-]{1,40}){0,3}[’']s)$"
)


def own_s_in_role(role: str) -> str | None:
    """The organisation with its own "’s" a quoted person's role ends in, if any."""
    found = _OWN_S_AT_END.search(role.strip())
    return found["org"] if found else None
