"""A site's own lines around an article, not its text: a prompt to make the site the
reader's home page, a strip of reprint links, a section heading of a press office's
pages ("Press releases Special Procedures"), a byline label with no name before a date
("By Published On: …"), and the note that a person is available for interviews."""

from __future__ import annotations

import re
from datetime import date

from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.page_labels import is_page_label

_HOME_PAGE = re.compile(
    r"(?i)(?:make\s+(?:us|this(?:\s+site)?)\s+your\s+home\s?page|set\s+as\s+(?:your\s+)?"
    r"home\s?page|maak\s+(?:ons|dit)\s+(?:je|uw)\s+startpagina)[.!]?"
)
_REPRINTS = re.compile(
    r"(?i)(?:photo|article|page|story)\s+reprints?"
    r"(?:\s*[|•·]\s*(?:photo|article|page|story)\s+reprints?)+"
)
#: A press office's section heading: "Press releases Special Procedures", "News releases".
_RELEASES_SECTION = re.compile(
    r"(?:Press|News|Media)\s+[Rr]eleases?(?:\s+[A-Z][\w-]*){0,4}|Persberichten(?:\s+[A-Z][\w-]*){0,3}"
)
#: A byline's labels run together, a date after them: "By Published On: June 3rd, 2022".
#: "Written by on 3rd May 2018": the name between "by" and "on" lost.
_EMPTY_BYLINE = re.compile(
    r"(?i)(?:(?:written|posted|published)\s+)?by\s+(?:(?:published|posted|updated)\s+)?"
    r"on\s*:?\s+\S.{0,40}"
)
#: "Jane Roe is available for media interviews.": a note to the press, not the text.
_AVAILABLE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:is|are)\s+available\s+for\s+"
    r"(?:media\s+|press\s+)?(?:interviews?|comment)(?:\s+on\s+request)?\.?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+is\s+beschikbaar\s+voor\s+"
    r"(?:interviews?|de\s+pers)\.?"
)


def is_site_chrome(line: str) -> bool:
    """A line of the site's chrome or a note to the press, as described above."""
    stripped = line.strip()
    if len(stripped) > 120:
        return False
    return is_page_label(stripped) or any(
        pattern.fullmatch(stripped)
        for pattern in (_HOME_PAGE, _REPRINTS, _RELEASES_SECTION, _EMPTY_BYLINE, _AVAILABLE)
    )


def byline_date(line: str) -> date | None:
    """The date after a byline's empty labels ("By Published On: June 3rd, 2022")."""
    match = _EMPTY_BYLINE.fullmatch(line.strip())
    if match is None:
        return None
    return parse_date_line(
        re.sub(
            r"(?i)^(?:(?:written|posted|published)\s+)?by\s+(?:(?:published|posted|updated)\s+)?"
            r"on\s*:?\s+",
            "",
            match[0],
        )
    )
