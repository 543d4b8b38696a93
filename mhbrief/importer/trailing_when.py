"""When something was said, after the words naming who said it: "…, de directeur van X
maandag", "…, director of X, on Monday". The day is no part of the person's role."""

from __future__ import annotations

import re

#: Case matters: a Dutch day and "yesterday" are lowercase, an English day follows "on"
#: or a comma; "Ann Sunday" (a surname) keeps its name.
_TRAILING_WHEN = re.compile(
    r"(?:,?\s+(?:(?:op|afgelopen|vorige)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|gisteren|vandaag)(?:ochtend|middag|avond)?|"
    r"(?:,\s*|\s+(?:on|last)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening))?|,?\s+(?:yesterday|today))$"
)


def without_trailing_when(text: str) -> str:
    """``text`` without a day or "yesterday" at its end."""
    return _TRAILING_WHEN.sub("", text)
