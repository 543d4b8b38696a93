"""Lines a web page leaves loose around its pictures and widgets: a caption or teaser
that kept the bar it stood behind, a picture agency's bare acronym, a group photo's
"left to right" caption, a caption ending in its picture's library number. None of
them is an article's paragraph."""

from __future__ import annotations

import re

from mhbrief.importer.furniture_lines import is_furniture_line
from mhbrief.importer.reader_prompts import is_reader_prompt
from mhbrief.importer.shaped_furniture import is_shaped_furniture

#: A caption or a related story's teaser that kept the bar separating it from its
#: picture or credit: "| Three men were jailed on Friday", "|Ann Lee at the court".
_BARRED = re.compile(r"^\|\s*\S")
#: A credit or label that is a bare acronym: "PA", "ANP", "EPA/AFP". Two to six
#: capitals; an article's heading is never just that.
_ACRONYM = re.compile(r"^[A-Z]{2,6}(?:\s*/\s*[A-Z]{2,6})?$")
#: A group picture's caption naming who stands where: "Top row, left to right: …",
#: "Click image to see all: Left to right: …", "V.l.n.r.: …", "Van links naar rechts: …".
_LEFT_TO_RIGHT = re.compile(
    r"(?:^|[\s:.(])(?:(?:from\s+)?left\s+to\s+right|v\.?\s?l\.?\s?n\.?\s?r\.?|"
    r"van\s+links\s+naar\s+rechts)\s*[:,]\s*[A-Z]",
    re.IGNORECASE,
)
#: A picture's caption that kept the picture library's number in brackets at its end:
#: "Officers at the site (40218837)". Six or more digits in brackets end no sentence of
#: an article (a year has four, a phone number has spaces or a leading plus or zero).
_PICTURE_NUMBER = re.compile(r"^[^.!?]{3,120}\(\d{6,}\)$")
#: A caption with who stands where is at most this long.
_CAPTION_CHARS = 320


def is_loose_line(line: str) -> bool:
    """A whole line that is a picture's or a widget's, not the article's."""
    stripped = line.strip()
    if _BARRED.match(stripped) or _ACRONYM.match(stripped) or _PICTURE_NUMBER.match(stripped):
        return True
    if stripped and (
        is_furniture_line(stripped) or is_reader_prompt(stripped) or is_shaped_furniture(stripped)
    ):
        return True  # "By  |", "(X image/file)", "Wilt u een gift doen?", a bank account
    return len(stripped) <= _CAPTION_CHARS and _LEFT_TO_RIGHT.search(stripped) is not None
