"""A quotation from a written statement: "“…”, zegt Payoke in een persbericht", "Acme
said in a statement". One word before "in a statement" that names no person of the
text is the body that issued it, not a speaker: the quote stays unattributed (a
person named so, "Jansen said in a statement" after "Piet Jansen", keeps the quote)."""

from __future__ import annotations

import re
from collections.abc import Callable

from mhbrief.importer.speakers import Person

_RELEASE = (
    r"(?:statement|press\s+release|news\s+release|release|verklaring|persverklaring|"
    r"persbericht|nieuwsbericht|schriftelijke\s+reactie|written\s+response)"
)
_IN_A_RELEASE = (
    r"\s+(?:(?:said|says|stated|wrote|writes|zei|zegt|meldt|meldde|schrijft|schreef|"
    r"stelt|stelde)\s+)?in\s+(?:een|het|haar|zijn|hun|a|an|the|its|their)\s+"
    rf"(?:\w+\s+){{0,2}}?{_RELEASE}\b"
)
#: How far around the quote the attribution is looked for.
_REACH = 160


def issued_by_a_body(
    person: Person | None, before: str, after: str, known: Callable[[str], str | None]
) -> bool:
    """True when ``person`` is one word the text puts before "in a statement" near the
    quote and ``known`` (the full name the text gives a word) makes it no person's name."""
    if person is None or not person.name or " " in person.name:
        return False
    full = known(person.name)
    if full and " " in full:
        return False  # the surname of someone named in full before
    pattern = re.compile(rf"\b{re.escape(person.name)}{_IN_A_RELEASE}", re.IGNORECASE)
    return bool(pattern.search(after[:_REACH]) or pattern.search(before[-_REACH:]))
