"""A past post given at a quote ("said Broadbent, a former assistant chief constable of
X") is not the capacity the person speaks in: when the text gave them a present role
before ("Paul Broadbent, the chief executive of Y, said …"), the quote keeps that one.
"""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found

#: A role that names a post the person no longer holds.
_PAST = re.compile(
    r"^(?:(?:a|an|the|een|de|het)\s+)?(?:former|ex-|erstwhile|retired|onetime|one-time|"
    r"voormalig|voormalige|oud-|gewezen|ex\s)",
    re.IGNORECASE,
)


def past_role(role: str | None) -> bool:
    """Whether ``role`` names a post held before ("former …", "voormalig …", "oud-…")."""
    return bool(role) and _PAST.match(role or "") is not None


def present_roles(found: Found) -> None:
    """Quotes whose role is a past post take the present role the text gave before."""
    for entry in found.quotes:
        role, name = entry.get("role"), entry.get("speaker")
        known = found.people.roles.get(name or "")
        if past_role(role) and known and not past_role(known) and known != role:
            entry["role"] = known
            found.notes.append(
                f"{entry['id']}: role '{known}' given to {name} before; '{role}' is a past post"
            )
