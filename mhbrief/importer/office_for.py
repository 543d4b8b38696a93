"""An office held for a place or a field, and a person's words after a relative clause.

"the Police and Crime Commissioner for West Yorkshire", "MP for Bristol North", "Minister
for Women": the capitalised words after an office and "for"/"voor" name the place or the
field the office is for, never a person. "Jane Roe, the commissioner, who told the
audience:": the person named before the relative clause is the one who speaks.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import THINK, is_role_word

#: "… Commissioner for", "… woordvoerder voor": an office word and "for" right before a name.
_OFFICE_FOR = re.compile(r"(?P<office>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:for|voor)\s+$")
#: ", who told attendees:", ", die zei:": a relative clause whose verb says.
_WHO_SAYS = re.compile(
    rf"^\s*,?\s*(?:who|die)\s+(?:(?:then|also|later|ook|toen)\s+)?(?:{THINK})\b",
    re.IGNORECASE,
)


def after_an_office_for(text: str, start: int) -> bool:
    """The name at ``start`` comes right after an office and "for": "Commissioner for
    West Yorkshire" (a place or a field, not a person)."""
    before = _OFFICE_FOR.search(text, max(0, start - 60), start)
    # "Member of Parliament for …": the role word may stand a few words before "for"
    return before is not None and any(is_role_word(w) for w in before["office"].split())


def who_says(rest: str) -> bool:
    """``rest`` (after a name and its apposition) opens a relative clause that says:
    ", who told attendees:"."""
    return _WHO_SAYS.match(rest) is not None
