"""A page's notes about the story itself, not part of it:

- how the story was made or where it came from: "This story is a partnership between X
  and Y", "This article was produced with support from X", "This post was sourced from
  X: View the original article here.", "Dit artikel kwam tot stand in samenwerking met X";
- a prompt pointing at a video or a recording beside the text: "Benieuwd naar de hele
  video? Bekijk dan de video hieronder.", "Watch the full interview below."

Each speaks of "this story" (the page) or of a video "below"/"hieronder", which a
sentence of the story does not; a sentence about a report or a film the story is about
("This report is part of …", "The video shows …") stays.
"""

from __future__ import annotations

import re

#: The page's own words for itself: "this story", "dit artikel".
_THIS_PAGE = (
    r"(?:this|dit|deze)\s+(?:story|article|post|piece|blog\s*post|artikel|bericht|"
    r"verhaal|stuk|blog)"
)
#: "This story is a partnership between …", "This article was produced with support of
#: …", "This post was sourced from …", "Dit artikel kwam tot stand in samenwerking met …".
_MAKING = re.compile(
    rf"^(?i:{_THIS_PAGE})\s+(?i:is|was|has\s+been|werd|is\s+eerder|kwam|verscheen)\s+"
    r"(?i:a\s+partnership|part\s+of\s+a\s+(?:partnership|collaboration|series)|"
    r"(?:produced|published|written|reported|made|sourced|republished|reproduced|"
    r"supported|funded|co-published)\s+(?:in|with|by|from|through|under|as|thanks)|"
    r"originally\s+(?:published|posted)|first\s+(?:published|posted)|"
    r"tot\s+stand|mede\s+mogelijk|mogelijk\s+gemaakt|geschreven\s+(?:door|in|met|voor)|"
    r"gemaakt\s+(?:door|in|met)|(?:eerder\s+)?(?:verschenen|gepubliceerd)|"
    r"in\s+samenwerking|onderdeel\s+van\s+een\s+(?:samenwerking|serie|reeks))\b"
)
#: "View the original article here.", "Read the original post on X."
_ORIGINAL = re.compile(
    r"(?i:view|read|see|bekijk|lees)\s+(?i:the|het|de)\s+(?i:original|originele|oorspronkelijke)\s+"
    r"(?i:article|post|story|artikel|bericht|stuk)\b[^.!?]{0,40}[.!]?$"
)
#: A pointer to a video or recording on the page: "Bekijk dan de video hieronder.",
#: "Watch the full interview below", "Luister de podcast hieronder".
_MEDIA_BELOW = re.compile(
    r"(?:^|[.!?]\s+)(?i:bekijk|kijk|luister(?:\s+naar)?|watch|view|see|listen\s+to|"
    r"hear)\s+(?i:dan\s+|hier\s+|now\s+)?(?i:de|het|the|our|onze|ons|this|deze)?\s*"
    r"(?:[\w'’-]+\s+){0,2}(?i:video|film|filmpje|clip|interview|podcast|uitzending|"
    r"opname|recording|broadcast|documentary|documentaire|reportage)\s+"
    r"(?i:hieronder|hierboven|below|above)\s*[.!]?$"
)
#: A note is short: one or two sentences.
_NOTE_CHARS = 300


def story_note(line: str) -> bool:
    """A note on how the story was made or where it came from, or a pointer to a video
    beside it: the whole line, at most two sentences."""
    text = line.strip()
    if len(text) > _NOTE_CHARS or len(re.findall(r"[.!?](?:\s|$)", text)) > 2:
        return False
    return (
        _MAKING.match(text) is not None
        or _ORIGINAL.search(text) is not None
        or _MEDIA_BELOW.search(text) is not None
    )
