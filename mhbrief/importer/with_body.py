"""A ranked person "with" the body they serve: "Sgt. Ann Lee with the Dover Police
Department", "Special Agent Ann Lee with FBI Dover". American copy names a person's force
or agency after "with"; the name ends before it and the rank is the role, as written. A
verb left over from a sentence that changed course ("said Sgt. Ann Lee with X told
officers") is no part of the body. Only a full name (two words) after a role: "Ann Lee
with the Dover Police" without a rank, or "Lee with X", is left to the other readings."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mhbrief.importer.speakers import Person

#: The person before "with", the capitalised body after it, and an optional stray verb.
_WITH_BODY = re.compile(
    r"^(?P<head>[^,;:]{3,100}?)\s+with\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&’'./-]*(?:\s+(?:[A-Z][\w&’'./-]*|of|for|and|&)){0,8})"
    r"(?:\s+(?:told|tells|said|says|announced|added|explained)\b[^,;:]{0,120})?$"
)


def ranked_with_body(text: str, parse: Callable[[str], Person]) -> Person | None:
    """The person ``text`` names with a rank before "with" and a body after it."""
    match = _WITH_BODY.match(text)
    if not match or match["body"].split()[-1].lower() in ("of", "for", "and", "&"):
        return None
    head = parse(match["head"])
    if not head.name or not head.role or head.back or len(head.name.split()) < 2:
        return None
    written = match["head"].split(head.name)[0].split()  # the rank as the text writes it
    if not written or not all(word[0].isupper() for word in written):
        return None  # "neighbour Ann Lee": no rank or office written as one
    return type(head)(head.name, " ".join(written))
