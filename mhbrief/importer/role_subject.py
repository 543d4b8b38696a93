"""An unnamed office-holder as the subject of the sentence before a quote.

"Tijdens de uitreiking bedankte de Kinderhulp-directeur alle vrijwilligers. “…”",
"At the ceremony, the director thanked the volunteers. “…”": the text names no
one, but the sentence right before the quote has someone with a role do something.
The quote is that role's: the speaker stays to be filled in, the role is kept. Not
when the role follows a preposition ("Hij sprak met de directeur"): then it is not
the subject.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_role_word
from mhbrief.importer.speakers import Person

#: "de/het/the" and a role, then the next word: "… bracht de X-directeur een …".
_ROLE = re.compile(
    r"(?<!\S)(?:de|het|the)\s+(?P<role>[A-Z][\w&.]*-[a-z][\w-]*|[a-z][\w-]*)\s+(?P<next>\S+)",
    re.IGNORECASE,
)
#: How many words may come before the subject's article.
_LEAD = 6
#: Words a role after them is no subject of: "met de directeur", "to the director".
_PREPOSITIONS = frozenset(
    [
        *("met", "aan", "van", "voor", "bij", "naar", "over", "tegen", "door", "op", "om"),
        *("with", "to", "of", "by", "for", "from", "about", "against", "at", "on", "than"),
        *("dan", "als", "as", "uit", "in"),
    ]
)


def role_subject(sentence: str) -> Person | None:
    """The role of "… bracht de X-directeur een hulde …" or "The director thanked …":
    a role word (an organisation's name before its hyphen allowed) as the sentence's
    subject, near its start and after no preposition."""
    sentence = sentence.strip()
    if not sentence.endswith((".", "!", "?")):
        return None
    for match in _ROLE.finditer(sentence):
        lead = sentence[: match.start()].split()
        if len(lead) > _LEAD:
            return None
        role = match["role"]
        if not is_role_word(role.rsplit("-", 1)[-1]):
            continue  # "Tijdens de uitreiking": a time, not the subject
        if (lead and lead[-1].lower().strip(",") in _PREPOSITIONS) or match[
            "next"
        ].lower() in _PREPOSITIONS:
            return None  # "met de directeur", "de directeur van X": whose is not known
        return Person(None, role)
    return None
