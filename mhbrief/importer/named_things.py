"""Names in quotation marks that nobody said: a report's, an exhibition's or an
operation's name ("getiteld '…'", "de tentoonstelling '…'", "during '…'")."""

from __future__ import annotations

import re

from mhbrief.importer.roles import THINK, with_title_spaces

#: A report's or a programme's title after the word that says it is one: "een rapport,
#: getiteld 'Daders vrijuit, slachtoffers niet geholpen.'".
_TITLED = re.compile(
    r"(?i)\b(?:getiteld|met\s+de\s+titel|onder\s+de\s+titel|genaamd|titled|entitled|"
    r"under\s+the\s+title)\s*:?\s*$"
)
#: The word before a name in quotes: "vanwege 'De dag van de betaalde liefde'".
_BEFORE_A_NAME = re.compile(
    r"(?i)\b(?:vanwege|tijdens|van|het|de|the|of|during|for|voor|called|heet|heette)\s*$"
)


#: A common noun for a kind of work, event or plan, written before its name in quotes:
#: "de tentoonstelling 'Zie de mens'", "the campaign 'Look Closer'".
_KIND_BEFORE = re.compile(
    r"(?i)\b(?:de|het|the|a|an|een|deze|this|our|onze)\s+(?:\w+\s+)?[\w-]*(?:tentoonstelling|"
    r"campagne|expositie|voorstelling|documentaire|film|boek|rapport|project|operatie|"
    r"actie|programma|podcast|serie|exhibition|campaign|documentary|book|report|"
    r"project|operation|programme|program|series|initiative|initiatief)\s*$"
)


def named_thing(before: str, quote_text: str) -> bool:
    """A report's, an event's or a programme's name in quotes, not words someone said:
    after "getiteld", or a short phrase without punctuation after an article, a
    preposition or a noun for its kind ("de tentoonstelling")."""
    if _TITLED.search(before):
        return True
    return (
        len(quote_text.split()) <= 8
        and quote_text[:1].isupper()
        and not re.search(r"[.!?,;:]", quote_text)
        and (_BEFORE_A_NAME.search(before) is not None or _KIND_BEFORE.search(before) is not None)
    )


#: A verb of saying or calling anywhere in a sentence, singular or plural.
_SAYING = re.compile(
    rf"(?i)\b(?:{THINK}|zeiden|noemden|vonden|stelden|schreven|called|call|calls|noemen)\b"
)
#: The most words of a term in quotation marks inside a sentence ("scare quotes").
_TERM_WORDS = 5


def scare_quote(before: str, quote_text: str, after: str) -> bool:
    """A few words in quotation marks inside a sentence, in lowercase and without
    punctuation ("worden met “subtiele vormen van dwang” gedwongen"): the writer's term
    for something, not words someone said."""
    head = before.rstrip()
    if not (
        len(quote_text.split()) <= _TERM_WORDS
        and quote_text[:1].islower()
        and not re.search(r"[.!?,;:]", quote_text)
        and bool(head)
        and head[-1] not in ".!?:;,"
        and re.match(r"\s+[a-z]", after) is not None
    ):
        return False
    # "Critics called it “…”", "“…” with “…,” X said": words someone said, in part
    ends = r"[.!?](?:[ \t\n]|$)"  # a rank's or title's guarded space ends no sentence
    sentence = (
        re.split(ends, with_title_spaces(head))[-1]
        + " "
        + re.split(ends, with_title_spaces(after))[0]
    )
    return _SAYING.search(sentence) is None
