"""The body as a whole, not its sub-unit: "ABC-Internationaal" of a text that writes "de
ABC" on its own is ABC's news; "Team Zedenzaken Oost" of a text whose people say "we als
politie" is the police's."""

from __future__ import annotations

import re

#: An abbreviation joined by a hyphen to a capitalised word: "ABC-Internationaal",
#: "XYZ-Jongeren".
_HYPHENED = re.compile(r"^(?P<head>[A-Z][A-Z&]{1,7})-(?P<unit>[A-Z][a-z]{2,30})$")
#: A sub-unit by its kind's word: "Team …", "Afdeling …", "Unit …".
_UNIT = re.compile(r"^(?:Team|Afdeling|Unit|Eenheid|Squad)\s+[A-Z]")
#: The body the text's people speak as: "we als politie", "wij als gemeente", "we as a
#: police force".
_WE_AS_BODY = re.compile(
    r"\b(?:[Ww]e|[Ww]ij)\s+(?:[a-z]+\s+){0,2}?(?:als|as)\s+(?:(?:de|het|the|a)\s+)?"
    r"(?P<body>politie|gemeente|inspectie|police|council)\b"
)


def parent_body(org: str, text: str) -> str:
    """``org``'s body as a whole when ``org`` is a sub-unit of it the text shows so;
    else ``org`` as it is."""
    if (match := _HYPHENED.match(org)) is not None:
        head = match["head"]
        alone = re.search(rf"(?<![\w&-]){re.escape(head)}(?![\w&-])", text)
        return head if alone else org  # "ABC-Internationaal" of "De ABC is kritisch"
    if _UNIT.match(org):
        bodies = {m["body"] for m in _WE_AS_BODY.finditer(text)}
        if len(bodies) == 1:
            return bodies.pop()
    return org
