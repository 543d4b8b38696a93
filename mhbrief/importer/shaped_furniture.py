"""Page furniture known by its shape, whatever the site's wording: a line of topic tags
("Lees meer over: X , Y", "Tags: X, Y"), a comment widget's prompt or count ("Reageer",
"Leave a comment", "12 comments", a prompt that points to the house rules), an app's or
an alert's download prompt ("Download the X app to …", "Get the latest … in your
inbox"), a copyright line ("© 2023 X", "Copyright: X"), a picture's file name
("IMG_1234.jpg", "foto-haven-2.jpeg", "Normal_kind_speelt_4") and a link prompt
("Ontdek hier de spot", "Watch here"), a credit saying who supplied the picture ("Banner
image supplied by X."), a breadcrumb ("Home » News » Item"), and a teaser's excerpt cut
off with its link glued on ("… to walk Read more"). Each is a whole, short line."""

from __future__ import annotations

import re

#: A label over a list of topics, then at least one topic: "Lees meer over: X , Y".
_TAGS = re.compile(
    r"^(?:(?:lees|read)\s+(?:meer|more)\s+(?:over|about)|meer\s+over|more\s+(?:on|about)|"
    r"tags?|topics?|onderwerpen|trefwoorden|keywords|thema'?s)\s*:\s*\S",
    re.IGNORECASE,
)
#: A comment widget's own line: "Reageer", "Leave a comment", "12 comments", "Reacties (3)".
_COMMENT_LABEL = re.compile(
    r"^(?:\d{1,5}\s+)?(?:reageer|reageren|reacties?|comments?|leave\s+a\s+(?:comment|reply)|"
    r"add\s+a\s+comment|post\s+a\s+comment|show\s+comments|plaats\s+een\s+reactie|"
    r"join\s+the\s+(?:discussion|conversation))(?:\s*\(\d{1,5}\))?\s*[.!:]?$",
    re.IGNORECASE,
)
#: Commenting and the rules or the tool for it, both in one line: a comment prompt.
_COMMENTING = re.compile(r"\b(?:reageren|reageert|reageer|comment(?:s|ing)?)\b", re.IGNORECASE)
_COMMENT_RULES = re.compile(
    r"\b(?:huisregels|spelregels|reglement|community\s+(?:guidelines|standards)|"
    r"house\s+rules|disqus|moderated|gemodereerd)\b",
    re.IGNORECASE,
)
#: An app to download, or news to get sent, told to the reader: "- Download the X app to
#: get alerts", "Get the latest updates sent to your inbox".
_APP_PROMPT = re.compile(
    r"^[-•*]?\s*(?:download|install|installeer|get|haal)\b[^.!?]{0,80}\bapps?\b", re.IGNORECASE
)
_ALERT_PROMPT = re.compile(
    r"^[-•*]?\s*(?:get|receive|ontvang|krijg)\b[^.!?]{0,80}\b(?:your|je|uw)\b[^.!?]{0,40}"
    r"\b(?:inbox|e-?mail|mailbox|notifications?|alerts?|meldingen)\b",
    re.IGNORECASE,
)
#: A copyright line: "© 2023 X", "(c) X", "Copyright: X", "Copyright 2021 X".
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\s*(?:[:©]|\(c\)|\d{4}\b))|^alle\s+rechten\s+voorbehouden|"
    r"^all\s+rights\s+reserved",
    re.IGNORECASE,
)
#: A picture's file name alone: "IMG_1234.jpg", "foto-haven.jpeg", or words joined by
#: underscores ("Normal_kind_speelt_4"), which no sentence or heading is.
_FILE_NAME = re.compile(
    r"^(?:[\w.-]{1,120}\.(?i:jpe?g|png|gif|webp|tiff?|heic|svg)|"
    r"[A-Za-z0-9-]{1,40}(?:_[A-Za-z0-9-]{1,40}){2,12}_*)$"
)
#: A link's prompt: "Ontdek hier de tv-spot", "Bekijk hier de video", "Watch here".
_LINK_PROMPT = re.compile(
    r"^(?:ontdek|bekijk|lees|klik|kijk|luister|watch|see|read|listen|click|discover)\s+"
    r"(?:hier|here)\b[^.!?]{0,80}$",
    re.IGNORECASE,
)
#: A comment widget with no comments yet, asking for the first: "No comments yet. Be the
#: first to comment", "Nog geen reacties", "Wees de eerste die reageert".
_NO_COMMENTS = re.compile(
    r"\b(?:be\s+the\s+first(?:\s+one)?\s+to|no\s+comments?\s+(?:yet|found|so\s+far)|"
    r"nog\s+geen\s+reacties?|wees\s+de\s+eerste)\b",
    re.IGNORECASE,
)
#: A picture's credit that says who supplied it: "Banner image supplied by X.", "Photo
#: courtesy of X", "Foto aangeleverd door X". Up to two words may name the picture's place.
_SUPPLIED_CREDIT = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}(?i:image|images|photo|photos|photograph|picture|pictures|foto|"
    r"foto's|beeld|afbeelding|illustration|illustratie|footage|beeldmateriaal)\s+"
    r"(?i:(?:kindly\s+)?(?:supplied|provided|courtesy|used\s+with\s+permission|aangeleverd|"
    r"beschikbaar\s+gesteld|ter\s+beschikking\s+gesteld))\b[^.!?“”„\"]{0,80}\.?$"
)
#: A breadcrumb: short parts between two or more chevrons, "Home » News » Item", "X › Y ›
#: Z", or a section's name glued to one at the line's start: "interview> Interview met X".
_CHEVRON = re.compile(r"\s[»›>]\s")
_SECTION_CHEVRON = re.compile(r"^[a-z][a-z-]{2,20}>\s*\S")
#: A teaser's excerpt cut off with its link glued on: "… supported 100 people to walk Read
#: more", "… de opvang van Lees verder": a word in small letters, no full stop, the link.
_CUT_TEASER = re.compile(
    r"[a-z,]\s+(?:Read\s+more|Continue\s+reading|Lees\s+meer|Lees\s+verder|Verder\s+lezen)"
    r"\s*[»›→>.…]*$"
)
#: A breadcrumb's part has at most this many words (its last, the page's title cut short).
_CRUMB_WORDS = 12
#: A line of furniture is short: longer ones are paragraphs.
_SHORT = 200
_PROMPT = 300


def is_shaped_furniture(line: str) -> bool:
    """A whole line of one of the shapes above."""
    line = line.strip()
    if not line or len(line) > _PROMPT:
        return False
    if _COMMENTING.search(line) and (_COMMENT_RULES.search(line) or _NO_COMMENTS.search(line)):
        return True
    if _CUT_TEASER.search(line) and "“" not in line and "„" not in line:
        return True
    if len(line) > _SHORT:
        return False
    if _breadcrumb(line):
        return True
    return any(
        shape.match(line)
        for shape in (
            _TAGS,
            _COMMENT_LABEL,
            _APP_PROMPT,
            _ALERT_PROMPT,
            _COPYRIGHT,
            _FILE_NAME,
            _LINK_PROMPT,
            _SUPPLIED_CREDIT,
        )
    )


def _breadcrumb(line: str) -> bool:
    """ "Home » News » Item…": two chevrons or more between short parts, no quotation
    (a French quote's « » has one); or "interview> Interview met X"."""
    if _SECTION_CHEVRON.match(line):
        return True
    parts = _CHEVRON.split(line)
    return (
        len(parts) >= 3
        and "«" not in line
        and all(len(part.split()) <= _CRUMB_WORDS for part in parts)
        and not any(mark in line for mark in '“”„"')
    )


def comment_widget(line: str) -> bool:
    """A comment widget's count, label or empty prompt: "0 Comments", "Leave a Comment",
    "No comments yet. Be the first to comment."."""
    line = line.strip()
    return len(line) <= _SHORT and (
        _COMMENT_LABEL.match(line) is not None
        or (_COMMENTING.search(line) is not None and _NO_COMMENTS.search(line) is not None)
    )
