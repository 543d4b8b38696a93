"""How far a body's name in a role runs, and whose post a possessive title is.

- "executive director of the Harbour Commission on Women": a commission, committee,
  council or board "on" a subject keeps it as part of its name ("Council on Foreign
  Relations"); elsewhere "on" ends the name ("head of X on Monday").
- "Harbour Project's Survivor Leader for Outreach and Training": a title in Title Case
  after a body's possessive is a post in that body; the words after "for" name the post's
  field, not a body. The possessor must have two capitalised words at least, so that a
  place ("Britain's Home Secretary") or a person is not read as the body.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_role_word

#: "on" inside a body's name: after the kind of body that is named for a subject.
BODY_ON = (
    r"(?:(?<=Commission)|(?<=Committee)|(?<=Council)|(?<=Board)|(?<=Institute)"
    r"|(?<=Coalition)|(?<=Task Force))\s+on(?=\s+[A-Z])"
)
_OWNER_TITLE = re.compile(
    r"^(?:the\s+|The\s+)?(?P<org>[A-Z][\w&.-]{0,40}(?:\s+[A-Z][\w&.-]{0,40}){1,5})[’']s\s+"
    r"(?P<title>[A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40}){0,4})"
    r"(?:\s+(?:for|of|on)\s+[^,;]{1,120})?$"
)


def title_owner(role: str) -> str | None:
    """The body whose post a possessive title names: "Harbour Project" of "Harbour
    Project's Chief Executive" or "… Survivor Leader for Outreach"."""
    match = _OWNER_TITLE.match(role.strip())
    if match is None or not is_role_word(match["title"].split()[-1]):
        return None
    return match["org"]
