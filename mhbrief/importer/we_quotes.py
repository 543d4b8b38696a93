"""The body named beside quotes that speak as "we": "‘We help parents,’ says Ann Lee. The
new campaign of Stichting Harbour Aid …" names whom "we" are.

A quoted person whose role the text does not give often speaks for the body the same
paragraph names: the quote says "we", "our", "wij", "ons" or "onze", and outside the
quotation marks the paragraph names one body by a name with an organisation's word in
it ("Stichting X", "X Foundation", "X Center"). Every such paragraph must name the same
one body; government bodies, outlets and two different names give none. The scan looks
at a bounded number of quotes and one paragraph each.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.organisation import is_government
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word

#: A first-person plural word in a quote.
_WE = re.compile(r"(?i)(?<![\w-])(?:we|wij|our|ours|us|ons|onze)(?![\w-])")
#: Text inside quotation marks, dropped before names are read.
_QUOTED = re.compile(r"[“\"‘„][^“”\"‘’„\n]{0,2000}[”\"’]")
#: A possessive right before a name: the name is a part of another's body.
_POSSESSIVE = re.compile(r"(?i)(?<![\w-])(?:its|their|his|her|our|zijn|haar|hun|ons|onze)\s+$")
#: A capitalised name of one to six words (small joining words between).
_JOIN = r"(?:of|for|and|on|against|van|voor|tegen|en|op)"
_NAME = re.compile(
    rf"(?<![\w-])[A-Z][\w&'’-]{{0,40}}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)?[A-Z][\w&'’-]{{0,40}}){{0,5}}"
)
#: How many quotes are looked at.
_QUOTES = 12


def _bodies(paragraph: str, quoted: list[str]) -> set[str]:
    """The names with an organisation's word the paragraph writes outside its quotes;
    not a part of a body written as another's ("its Intelligence Department")."""
    for said in quoted:
        paragraph = paragraph.replace(said, " ")
    outside = _QUOTED.sub(" ", paragraph)
    found = set()
    for match in _NAME.finditer(outside):
        if _POSSESSIVE.search(outside[max(0, match.start() - 12) : match.start()]):
            continue
        words = match[0].split()
        while words and words[0] in ("The", "De", "Het", "Een", "A", "An"):
            words = words[1:]
        name = " ".join(words)
        parts = _AND.split(name)  # "Stichting X en Vereniging Y": two bodies
        if len(parts) > 1 and all(_a_body(part) for part in parts):
            found.update(parts)
        elif _a_body(name):
            found.add(name)
    return found


#: "and"/"en" between two names: "Stichting X en Vereniging Y".
_AND = re.compile(r"\s+(?:and|en)\s+(?=[A-Z])")


def _a_body(name: str) -> bool:
    """``name`` is a body's: an organisation's word among more words; no government
    body's or outlet's."""
    words = name.split()
    if len(words) < 2 or not any(is_org_word(w) for w in words):
        return False
    return not (all(is_org_word(w) for w in words) or is_government(name) or is_outlet(name))


def body_beside_we(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The one body named in every paragraph that holds a quote speaking as "we"."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    bodies: set[str] = set()
    texts = [q.get("text") or "" for q in quotes[:_QUOTES] if len(q.get("text") or "") > 3]
    read: dict[int, set[str]] = {}  # each paragraph read once, however many quotes
    for quote in quotes[:_QUOTES]:
        words = quote.get("text") or ""
        if not _WE.search(words):
            continue
        start = words[:40]
        at = next((n for n, p in enumerate(paragraphs) if start in p), None)
        if at is None:
            continue
        if at not in read:
            read[at] = _bodies(paragraphs[at], texts)
        named = read[at]
        if len(named) != 1:
            return None  # a "we" beside no body, or beside two: whose is not said
        bodies |= named
    return bodies.pop() if read and len(bodies) == 1 else None
