"""The organisation a text speaks as in the first person plural: "Wij zeggen als
gemeente Oost-Veld toe …", "Als stichting willen wij …", "We, as Harbour Aid, …". An
organisation's own news written as "wij" names its author so."""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_org_word

_NAME = (
    r"(?:(?:gemeente|provincie|stichting|vereniging|Gemeente|Provincie|Stichting|Vereniging)"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})"
)
#: "wij … als gemeente X", "als gemeente X willen wij", "we, as X,": the body named right
#: after "als"/"as" beside "wij"/"we".
_WE_AS = re.compile(
    rf"\b(?:[Ww]ij|[Ww]e)\s+(?:[a-z]+\s+){{0,2}}?als\s+(?:de\s+|het\s+)?(?P<a>{_NAME})\b"
    rf"|\b[Aa]ls\s+(?:de\s+|het\s+)?(?P<b>{_NAME})\s+(?:[a-z]+\s+){{1,2}}?wij\b"
    rf"|\b[Ww]e,\s+as\s+(?:the\s+)?(?P<c>{_NAME}),"
    # "our own experience in projects run by X": the body "our" work is run by
    rf"|\b(?:[Oo]ur|[Oo]nze)\s+(?:own\s+|eigen\s+)?(?:[a-z]+\s+){{0,4}}?"
    rf"(?:run|led|managed|geleid|beheerd)\s+(?:by|door)\s+(?P<d>{_NAME})"
)


def we_speak_as(text: str) -> str | None:
    """The one body the text speaks as "wij"/"we", when it names one only."""
    found = {m["a"] or m["b"] or m["c"] or m["d"] for m in _WE_AS.finditer(text)}
    # "wij als Nederlanders": a group, no body; a body has its kind's word in its name
    found = {name for name in found if any(is_org_word(word) for word in name.split())}
    return found.pop() if len(found) == 1 else None
