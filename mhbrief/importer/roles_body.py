"""The body every quoted person's role names, as the text's organisation when the rules
found none: "Ann Lee, director of the Harbour Safety Unit network of youth workers, said …"
and every other quote hers (or her colleagues').

The rules read the quoted people's roles with the text around them; when those readings
end without a body (a body the text has speak is turned down: "MPs", a committee's
members), the roles alone still say whose people are quoted. The body is the one each
role names (as a quote's own organisation is read, :func:`.organisation.org_of_role`),
given only when every quote has a named speaker and a role and all roles name one and the
same body (never a former post).
"""

from __future__ import annotations

from typing import Any

from mhbrief.importer.organisation import named_organisations, org_of_role
from mhbrief.importer.own_organisations import FORMER


def body_of_every_role(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The one body every quoted person's role names, when each quote has a speaker and a
    role."""
    if not quotes:
        return None
    roles = []
    for quote in quotes:
        speaker, role = quote.get("speaker") or "", quote.get("role") or ""
        if not speaker or speaker.startswith("TODO") or not role or FORMER.search(role):
            return None
        roles.append(role)
    named = named_organisations(text)
    bodies = {org_of_role(role, named) for role in set(roles)}
    if len(bodies) != 1:
        return None
    return bodies.pop()
