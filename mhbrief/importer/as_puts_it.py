"""A lead-in of the form "as X puts it", right before the quote and without a colon:
"Zoals onze voorzitter Anna Bos het mooi samenvat “…”", "As director Jane Roe put it,
“…”". The clause names who said the quoted words; its verb comes last in Dutch, a
separable one written as one word ("samenvat", "uitlegt").

Read only when the clause opens a sentence with "Zoals" or "As", ends right at the quote
and names a person (or is a pronoun): a clause naming a body or nobody leaves the quote
to the other rules.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import SEPARABLE
from mhbrief.importer.speakers import Person, parse_person

#: "samenvat", "uitlegde": a separable verb of saying as a subordinate clause writes it.
_JOINED = sorted(
    {particle + verb for verb, particles in SEPARABLE.items() for particle in particles},
    key=len,
    reverse=True,
)
_VERB = (
    r"(?:" + "|".join(_JOINED) + r"|zegt|zei|stelt|stelde|verwoordt|verwoordde|schrijft|"
    r"schreef|noemt|noemde|says|said|puts|put|writes|wrote|explains|explained)"
)
#: The clause, at the end of the text before the quote (a comma or colon may close it).
_AS_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”’\"])\s+)(?P<lead>zoals|as)\s+"
    r"(?P<who>[^.!?,:;“”„\"‘’()]{2,100}?)\s+(?:(?:het|dat|it|this|so)\s+)?"
    rf"(?-i:[a-z]+\s+)?{_VERB}(?:\s+it)?\s*[,:]?\s*$",
    re.IGNORECASE,
)
#: How far back from the quote the clause is looked for.
_REACH = 200


def as_puts_it(before: str) -> tuple[Person, str] | None:
    """The person of an "as X puts it" clause ending ``before``, and the text before the
    clause."""
    start = max(0, len(before) - _REACH)
    match = _AS_CLAUSE.search(before, start)
    if match is None or not match["lead"][0].isupper():
        return None  # "zoals" inside a sentence: "groter zoals X zegt" reads another way
    person = parse_person(match["who"])
    if not (person.name and " " in person.name) and not person.back:
        return None
    return person, before[: match.start("lead")]
