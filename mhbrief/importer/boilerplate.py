"""Site furniture: whole lines of buttons, share bars and link texts, left out of a draft."""

from __future__ import annotations

import re

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|instagram|youtube|bluesky|e-?mail|print|mail)"
#: Whole lines of site furniture: buttons, share bars, link texts. Each pattern
#: must match the entire line, and open-ended ones only a short line, so that a
#: headline like "Geef nu slachtoffers een stem" or prose starting "Volg ons
#: advies" stays in the draft.
_BOILERPLATE = re.compile(
    r"^(?:"
    r"(?:lees|bekijk|download) (?:hier|meer|ook|verder)\b.*|read (?:more|here|the full|also)\b.*|"
    r"volg ons(?: op\b.*)?|follow us(?: on\b.*)?|onderdeel van:?|part of:?|"
    r"wij worden gesteund door:?|we are supported by:?|supported by:?|met steun van:?|"
    r"steun ?ons(?: werk)?|support us|support our work|"
    r"(?:doneer|donate|geef)(?: nu| now| direct| online)?(?: €\s?\d+)?|"
    r"word (?:donateur|vriend)(?: van \S+)?|"
    r"deel (?:dit|deze) (?:bericht|artikel|pagina|nieuwsbericht)|deel (?:op|via) \S+|delen:?|"
    r"share(?: this(?: article| page| post)?| on \S+| via \S+)?:?|tweet|"
    r"kopieer (?:de )?link|copy link|"
    rf"{_SOCIAL}(?:\s*[|/·,]?\s*{_SOCIAL})*|"
    r"terug naar (?:boven|het overzicht|overzicht|nieuws|home|de homepage)|"
    r"back to (?:top|overview|news|home)|"
    r"naar (?:boven|het overzicht)|"
    r"(?:schrijf je in|meld je aan|aanmelden|subscribe|sign up)\b.*|nieuwsbrief|newsletter|"
    r"gerelateerde (?:berichten|artikelen|nieuws)|meer nieuws|"
    r"related (?:articles|posts|news)|more news|"
    r"persbericht|press release|nieuws(?:bericht)?|news|"
    r"home(?:\s*[›>»/|]\s*[^›>»/|]+)+|"
    r"cookies?\b.*|deze website gebruikt cookies.*|tags?:.*|categorie(?:ën)?:.*"
    r")$",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    return len(line) <= 80 and _BOILERPLATE.match(line.strip().rstrip(" .!»>›→")) is not None
