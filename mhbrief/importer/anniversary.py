"""The organisation whose anniversary a text marks: "een congres ter gelegenheid van het
30-jarig bestaan van X", "to mark the 25th anniversary of X", "X’s 10th anniversary". A
visit or an event for it is that organisation's news, though nobody of it is quoted."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from mhbrief.importer.orgnames import NAME, clean_name, described
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word
from mhbrief.importer.words import WordCounts

_ANNIVERSARY = re.compile(
    rf"\b(?:\d{{1,3}}|[a-z]+)-?jarig(?:e)?\s+(?:bestaan|jubileum)\s+van\s+(?:de\s+|het\s+)?"
    rf"(?P<nl>{NAME})"
    rf"|\b\d{{1,3}}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?P<en>{NAME})"
    rf"|(?P<pos>{NAME})[’']s\s+\d{{1,3}}(?:st|nd|rd|th)\s+anniversary"
)
#: How many anniversaries a text is read for: a bound on the cost.
_READ = 20


def anniversary_organisation(
    text: str, uses: WordCounts, is_other: Callable[[str], bool]
) -> str | None:
    """The one organisation whose anniversary the text names, when it names it again
    and writes it as one (not a person, a government body, an outlet or an event: "the
    75th anniversary of D-Day")."""
    found = set()
    for match in itertools.islice(_ANNIVERSARY.finditer(text), _READ):
        org = clean_name(match["nl"] or match["en"] or match["pos"])
        fits = org and uses(org) >= 2 and not is_outlet(org) and not is_other(org)
        if fits and _shaped(org, text):
            found.add(org)
    return found.pop() if len(found) == 1 else None


def _shaped(org: str, text: str) -> bool:
    """Written as an organisation: a word of its kind, a short form ("CoMensha",
    "ECPAT"), or described as one ("X, de landelijke stichting voor …")."""
    words = org.split()
    if any(is_org_word(word) for word in words) or described(org, text):
        return True
    camel = "-" not in org and any(c.isupper() for c in org[1:])  # not "D-Day"
    return len(words) == 1 and (org.isupper() or camel)
