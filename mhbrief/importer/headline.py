"""A quote a headline holds: "Ann de Wit: ‘Uitbuiting stopt pas …’", or the quote alone
over an interview, when the body does not repeat it and the text says who said it."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.speakers import Person, parse_person
from mhbrief.importer.words import fold_text

#: A headline that is a quote, with its speaker's name before it or not.
_HEADLINE_QUOTE = re.compile(
    r"^(?:(?P<who>[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|ter|te)\s+)*[A-Z][\w'’-]+){1,3})"
    r"\s*:\s*)?[‘“„\"'](?P<words>[^‘’“”„\"]{10,300})[’”\"']$"
)
#: The fewest words a headline's quote has (a shorter one is a title in quotes).
_MIN_WORDS = 4


def add_headline_quote(found: Found, title: str | None, interviewee: Person | None) -> None:
    """Append the headline's quote to ``found`` (with a note), said by the person the
    headline names or, over an interview, by the interviewee."""
    match = _HEADLINE_QUOTE.match(title or "")
    if match is None or len(match["words"].split()) < _MIN_WORDS:
        return
    words = match["words"].strip()
    folded = fold_text(words)
    if any(folded in fold_text(quote["text"]) for quote in found.quotes):
        return  # the body says it again: the quote is there already
    people = found.people
    # "Ann de Wit: ‘…’" names her; "Directie Alexandra: ‘…’" or "Minister Bos: ‘…’" a role
    # and one word, no full name
    who = parse_person(match["who"]).name if match["who"] else None
    named = (people.known(who) or who) if who else None
    if match["who"] and named is None:
        return
    if named is None and interviewee is not None:
        named = interviewee.name
    if not named or len(named.split()) < 2:
        return
    entry = {"id": f"quote-{len(found.quotes) + 1}", "speaker": named}
    if role := people.roles.get(named):
        entry["role"] = role
    entry["text"] = words
    found.quotes.append(entry)
    found.notes.append(f"{entry['id']}: the headline's quote")
