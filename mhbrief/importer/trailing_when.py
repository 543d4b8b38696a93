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
#: An adverb of when or of sequence between the words naming who and the verb: "the
#: attorney general later noted", "de woordvoerder ook zei". Lowercase only.
_TRAILING_ADVERB = re.compile(
    r"\s+(?:later|also|then|again|earlier|previously|further|additionally|ook|nog|verder|"
    r"eerder|daarna|vervolgens)$"
)


def without_trailing_when(text: str) -> str:
    """``text`` without a day, "yesterday" or an adverb of when at its end."""
    return _TRAILING_WHEN.sub("", _TRAILING_ADVERB.sub("", text))
