"""The body whose press release a text quotes its speaker from: "In a press release from
the Harbour Office, Lee was quoted as saying …", "In een persbericht van de Inspectie
zegt De Wit …". The quoted person speaks for that body."""

from __future__ import annotations

import re
from collections.abc import Iterable

_RELEASE = re.compile(
    r"\b(?:[Ii]n|[Aa]ccording\s+to|[Vv]olgens)\s+(?:a|an|the|its|their|een|het|zijn|haar)\s+"
    r"(?:press\s+release|news\s+release|statement|persbericht|verklaring)\s+"
    r"(?:from|by|issued\s+by|of|van)\s+(?:the\s+|de\s+|het\s+)?"
    r"(?P<org>[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|for|and|van|voor|en)){0,6})"
    r"(?:,\s+|\s+(?:zegt|zei|laat|says|said)\s+)(?:[A-Z][\w'’-]+\s+){0,3}(?P<who>[A-Z][\w'’-]+)\b"
)


def release_of_speaker(text: str, speakers: Iterable[str]) -> str | None:
    """The body whose release the text says a quoted speaker (by surname) is quoted
    in, when the text names exactly one."""
    surnames = {name.split()[-1] for name in speakers if name and not name.startswith("TODO")}
    bodies = {match["org"] for match in _RELEASE.finditer(text) if match["who"] in surnames}
    return bodies.pop() if len(bodies) == 1 else None
