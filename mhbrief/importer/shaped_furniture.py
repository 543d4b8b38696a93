"""Page furniture known by its shape, whatever the site's wording: a line of topic tags
("Lees meer over: X , Y", "Tags: X, Y"), a comment widget's prompt or count ("Reageer",
"Leave a comment", "12 comments", a prompt that points to the house rules), an app's or
an alert's download prompt ("Download the X app to …", "Get the latest … in your
inbox"), a copyright line ("© 2023 X", "Copyright: X"), a picture's file name
("IMG_1234.jpg", "foto-haven-2.jpeg", "Normal_kind_speelt_4") and a link prompt
("Ontdek hier de spot", "Watch here"). Each is a whole, short line."""

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
    r"[A-Za-z0-9-]{1,40}(?:_[A-Za-z0-9-]{1,40}){2,12})$"
)
#: A link's prompt: "Ontdek hier de tv-spot", "Bekijk hier de video", "Watch here".
_LINK_PROMPT = re.compile(
    r"^(?:ontdek|bekijk|lees|klik|kijk|luister|watch|see|read|listen|click|discover)\s+"
    r"(?:hier|here)\b[^.!?]{0,80}$",
    re.IGNORECASE,
)
#: A line of furniture is short: longer ones are paragraphs.
_SHORT = 200
_PROMPT = 300


def is_shaped_furniture(line: str) -> bool:
    """A whole line of one of the shapes above."""
    line = line.strip()
    if not line or len(line) > _PROMPT:
        return False
    if _COMMENTING.search(line) and _COMMENT_RULES.search(line):
        return True
    if len(line) > _SHORT:
        return False
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
        )
    )
