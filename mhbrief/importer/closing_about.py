"""The organisation's standard paragraph at a statement's end without its "About X"
heading: "The Harbour Alliance (HA) is a coalition of …", "Stichting Vrije Haven (SVH)
is een organisatie die …". The release's last paragraph describes who sent it; it is
page furniture, not the statement."""

from __future__ import annotations

import re

from mhbrief.importer.boilerplate import is_boilerplate, is_press_office

#: A name with its abbreviation in parentheses, then "is a …"/"is een …".
_DESCRIBES_ITSELF = re.compile(
    r"^(?:(?:The|De|Het)\s+)?(?:[A-Z][\w&’'.-]*\s+)(?:(?:[A-Z][\w&’'.-]*|&|of|for|to|and|"
    r"against|on|in|van|voor|tegen|en|de|het|the)\s+){0,10}"
    r"\((?P<short>[A-Z][\w&.-]{1,11})\)\s+(?:is|are|zijn)\s+(?:a|an|een)\s+\w"
)
#: A standard paragraph is longer than a closing remark.
_LEAST_CHARS = 80


def closing_about(lines: list[str]) -> set[int]:
    """The last paragraph of the text, when it is the organisation describing itself
    (lines of contact details or site furniture after it do not count)."""
    for number in range(len(lines) - 1, -1, -1):
        line = (lines[number] or "").strip()
        if not line or is_boilerplate(line) or is_press_office(line):
            continue
        described = len(line) >= _LEAST_CHARS and _DESCRIBES_ITSELF.match(line)
        return {number} if described else set()
    return set()
