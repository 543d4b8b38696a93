"""Lines a site shows its reader about the site or the reader's safety, not the article:
a button to leave the site quickly, a notice that the site is new ("beta") or that the
page is old (or the site's disclaimer over it), a strip of
the page's meta data with its reading time or view count, and a helpline's number."""

from __future__ import annotations

import re

from mhbrief.importer.captions import QUOTE_MARKS
from mhbrief.importer.site_chrome import is_site_chrome

#: A safe-exit button of a site on abuse or exploitation: "Quickly exit this site",
#: "Leave this site", "Snel weg van deze site", "Verlaat deze website".
_QUICK_EXIT = re.compile(
    r"(?i)\b(?:(?:quick(?:ly)?|safe(?:ly)?)\s+(?:exit|leave|close|hide)\s+(?:this\s+)?"
    r"(?:site|website|page)|(?:exit|leave|hide)\s+(?:this\s+)?(?:site|website|page)\s+"
    r"(?:quickly|now|fast)|(?:quick|safe)\s+exit|"
    r"snel\s+(?:weg|verlaten|sluiten)|verlaat\s+(?:deze\s+)?(?:site|website|pagina)|"
    r"(?:site|website|pagina)\s+snel\s+(?:verlaten|sluiten))\b"
)
#: A site calling itself new or unfinished: "This site is a beta, …", "Deze website is
#: nog in bèta", "Your feedback helps us make things better".
_BETA = re.compile(
    r"(?i)\b(?:this\s+(?:site|website|service|page)\s+is\s+(?:a\s+|in\s+|still\s+in\s+)?"
    r"(?:new\s+)?beta|(?:deze\s+)?(?:site|website|dienst|pagina)\s+is\s+(?:nog\s+)?"
    r"(?:in\s+)?(?:een\s+)?b[eè]ta|your\s+feedback\s+(?:will\s+)?helps?\s+us|"
    r"(?:je|jouw|uw)\s+feedback\s+helpt\s+ons)\b"
)
#: A notice over an old page, or the site's disclaimer: "Disclaimer: This article is more
#: than 7 years old …", "Dit artikel is meer dan een jaar oud", "This page is archived".
_OLD_PAGE = re.compile(
    r"(?i)^disclaimer\s*:|"
    r"\b(?:this|the)\s+(?:article|post|page|story|content|news\s+item)\s+(?:is|was)\s+"
    r"(?:more\s+than\s+|over\s+|older\s+than\s+)?(?:\d{1,2}|an?|one|two|three|four|five)\s+"
    r"(?:years?|months?)\s+old\b|"
    r"\b(?:dit|het)\s+(?:artikel|bericht|nieuwsbericht|item)\s+is\s+"
    r"(?:meer\s+dan\s+|ouder\s+dan\s+)?(?:\d{1,2}|een|twee|drie|vier|vijf)\s+"
    r"(?:jaar|jaren|maanden|maand)\s+oud\b|"
    r"\b(?:this|the)\s+(?:article|page|content|post)\s+(?:is|has\s+been)\s+archived\b"
)
#: The parts of a page's meta strip: "Actueel • Vandaag • leestijd 3 minuten • 12 keer
#: bekeken", "News | 4 min read | 1,203 views".
_STRIP_SEPARATOR = re.compile(r"\s+[•|·]\s+")
_METER = re.compile(
    r"(?i)^(?:(?:leestijd|reading\s+time|read\s+time)\s*:?\s*\d+\s*(?:min\w*|m)|"
    r"\d+\s*(?:min\w*|m)\.?\s+(?:leestijd|read|reading(?:\s+time)?)|"
    r"[\d.,]+\s+(?:keer\s+(?:bekeken|gelezen|gedeeld)|views?|reads|reacties|comments?|"
    r"shares|likes))$"
)
#: A phone number: "0300 3038151", "+44 800 123 456", "0800-1234".
_PHONE = re.compile(r"(?:\+\s?|\b0)\d[\d \-()]{5,}\d")
#: A helpline offered to the reader: "… has a 24-hour helpline on 0800 …", "Bel de
#: meldlijn: 0800-…".
_HELPLINE = re.compile(
    r"(?i)\b(?:helpline|hotline|help\s+line|advice\s+line|meldlijn|hulplijn|"
    r"meldpunt|advieslijn|kindertelefoon|crisislijn|support\s+line)\b"
)
#: A helpline's line is at most this long (a paragraph that mentions one is longer).
_HELPLINE_CHARS = 300


def meta_strip(line: str) -> bool:
    """ "Actueel • Vandaag • leestijd 1 minuten • 136 keer bekeken • bewaren": a strip of
    short parts, one a reading time or a count of views."""
    parts = [part.strip() for part in _STRIP_SEPARATOR.split(line.strip())]
    return (
        len(parts) >= 3
        and all(1 <= len(part.split()) <= 5 for part in parts)
        and any(_METER.match(part) for part in parts)
    )


def helpline_line(line: str) -> bool:
    """A short line giving a helpline's phone number, not someone's words."""
    stripped = line.strip()
    return (
        len(stripped) <= _HELPLINE_CHARS
        and _HELPLINE.search(stripped) is not None
        and _PHONE.search(stripped) is not None
        and QUOTE_MARKS.search(stripped) is None
    )


def is_site_notice(line: str) -> bool:
    """A line of the site to its reader: leave quickly, the site is new, the page's meta
    strip, a helpline's number."""
    stripped = line.strip()
    if len(stripped) <= 300 and (_QUICK_EXIT.search(stripped) or _BETA.search(stripped)):
        return QUOTE_MARKS.search(stripped) is None
    if len(stripped) <= 400 and _OLD_PAGE.search(stripped):
        return QUOTE_MARKS.search(stripped) is None
    return meta_strip(stripped) or helpline_line(stripped) or is_site_chrome(stripped)
