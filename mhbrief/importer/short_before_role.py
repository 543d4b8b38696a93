"""A body's short form written right before a quoted person's role: "HPS detective
inspector Ann Lee", "FNV bestuurder Piet Mol". The person speaks for that body; when the
quoted people name one such body and the text names it again, it is the text's
organisation (a body another story on the page has speak does not win)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_role_word

#: The short form, then one to three lowercase words of a role, right before the name.
_SHORT_ROLE = re.compile(r"(?<![\w.-])(?P<short>[A-Z]{2,6})\s+(?P<role>(?:[a-z][\w-]*\s+){1,3})$")


def short_before_role(speakers: Iterable[str], text: str) -> str | None:
    """The one short form written before a quoted person's role at their first naming,
    when the text names it again elsewhere."""
    found: set[str] = set()
    for name in speakers:
        at = text.find(name)
        if at <= 0:
            continue
        match = _SHORT_ROLE.search(text[max(0, at - 80) : at])
        if match is None or not is_role_word(match["role"].split()[-1]):
            continue
        if not is_outlet(match["short"]):
            found.add(match["short"])
    if len(found) != 1:
        return None
    short = found.pop()
    return short if len(re.findall(rf"(?<![\w.-]){short}(?![\w-])", text)) >= 2 else None
