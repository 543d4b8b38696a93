"""A quote right after the sentence that says whom a reaction was asked of: "Het programma
vroeg een reactie van de inspecteur-generaal Ann Lee. “…”", "The paper sought comment
from harbour master Tom Bell. “…”". The quote is that person's answer: the sentence ends
with their full name (two words at least), and only white space and the opening quotation
mark stand between it and the quote. It only fills a speaker left TODO.
"""

from __future__ import annotations

import re

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.roles import is_org_word, is_role_word
from mhbrief.importer.speakers import Person, parse_person, plausible_name

#: Whom a reaction or a comment was asked of, ending the sentence before the quote.
_ASKED_OF = re.compile(
    r"(?:\breacti(?:e|es)\s+(?:bij|van|aan)|\bcommentaar\s+(?:bij|van)|"
    r"\b(?:comment|response|reaction)\s+from|\bspoke\s+(?:to|with)|\bsprak\s+met)\s+"
    r"(?:(?:de|het|the)\s+)?(?P<who>[^.!?\n“”\"]{3,160})\.\s?[“\"„‘]?$"
)
#: How far before a quote the sentence is looked for.
_ROOM = 260


def reaction_speakers(found: Found, text: str) -> None:
    """Fill a TODO speaker from the sentence naming whom a reaction was asked of."""
    for entry in found.quotes:
        if entry.get("speaker") != PLACEHOLDER_SPEAKER:
            continue
        at = text.find(entry["text"])
        if at <= 0:
            continue
        match = _ASKED_OF.search(text[max(0, at - _ROOM) : at].rstrip(" \u00a0"))
        if match is None:
            continue
        person = parse_person(match["who"])
        if not person.name:
            person = _role_then_name(match["who"]) or person
        if (
            not person.name
            or len(person.name.split()) < 2
            or not match["who"].endswith(person.name)
        ):
            continue
        entry["speaker"] = person.name
        if person.role and not entry.get("role"):
            items = [item for item in entry.items() if item[0] != "role"]
            entry.clear()
            entry.update([*items[:2], ("role", person.role), *items[2:]])
        ident = entry["id"]
        found.notes[:] = [n for n in found.notes if not n.startswith(f"{ident}: no speaker")]
        found.notes.append(f"{ident}: said by {person.name}, asked for a reaction just before")


#: A long office, then a full name at the end: "Nationaal Rapporteur X en Y Ann Lee".
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>.{3,140}?\S)\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|ter|ten)){0,2}"
    r"\s+[A-Z][\w'’-]+)$"
)


def _role_then_name(who: str) -> Person | None:
    """An office too long for the main reading, then a full name: that person."""
    match = _ROLE_THEN_NAME.match(who)
    if match is None or not plausible_name(match["name"]):
        return None
    if any(is_role_word(w) or is_org_word(w) for w in match["name"].split()):
        return None
    if not any(is_role_word(w) for w in match["role"].split()):
        return None
    return Person(match["name"], match["role"])
