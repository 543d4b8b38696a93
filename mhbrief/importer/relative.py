"""A lead-in whose subject is a relative clause's: "… the judge, Ann Lee, at the hearing,
who called it a “sham” and said: “…”". The verb of saying after "and" has the subject of
"who"/"die": the person named right before that clause, when only one is named so."""

from __future__ import annotations

import re

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.roles import SAY
from mhbrief.importer.speakers import Person

#: "… and said:", "… en zei:" ending the text before a quote.
_AND_SAID = re.compile(rf"\s(?:and|en)\s+(?:{SAY})\s*:\s*$", re.IGNORECASE)
#: After a name: a few words (where, when) and ", who"/", die".
_WHO_CLAUSE = re.compile(r"[^,.;:!?“”„\"]{0,60},\s+(?:who|die)\s")
#: How much of the text before the quote the sentence is looked for in.
_REACH = 400


def relative_speaker(before: str, people: People) -> Person | None:
    """The person a "…, who … and said:" lead-in ending ``before`` is about, else ``None``."""
    if not _AND_SAID.search(before[-60:]):
        return None
    tail = before[-_REACH:]
    start = max(tail.rfind(". "), tail.rfind("? "), tail.rfind("! ")) + 1
    sentence = tail[start:]
    # a name of two words or more counts, though given no role: the clause says it is someone
    found = [m for m in mentions(sentence, people) if _a_name(m.person.name, m.sure)]
    subjects = [m for m in found if _WHO_CLAUSE.match(sentence, m.end)]
    return subjects[0].person if len(subjects) == 1 else None


def _a_name(name: str | None, sure: bool) -> bool:
    if not name or name.endswith(("'s", "’s", "'", "’")):
        return False  # "Jane Roe's lawyer, who …": whose, not who
    return sure or " " in name
