"""The body a quoted person works at, as the text describes it: "HVO-Querido, de
instantie waar Bos zorgcoördinator is", "Harbourwatch, the charity where Lee works".

A body's name, a comma, a noun saying what it is, then "waar"/"where" (or "bij wie",
"for which") and a quoted person's surname: the body whose people are quoted. Read only
when every body so described is one and the same, and its person is quoted.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

#: "X, de organisatie waar Bos …", "X, the charity where Lee …": the body and the name.
_WHERE_WORKS = re.compile(
    # no hyphen inside a word: "A-B" splits one way only, however long the run
    # and a name starts only at a word's start: each place is tried once
    r"(?<![\w&’'-])(?P<org>(?-i:[A-Z])[\w&’']*(?:[ -](?-i:[A-Z])[\w&’']*){0,4}),\s+"
    r"(?:de|het|een|the|a|an)\s+"
    r"(?:[a-z]+\s+){0,2}?"
    r"(?:instantie|organisatie|stichting|instelling|vereniging|zorginstelling|zorgaanbieder|"
    r"hulpverleningsorganisatie|organisation|organization|charity|agency|nonprofit|"
    r"non-profit|ngo|foundation|association|body)\s+"
    r"(?:waar|waarvoor|waarbij|bij\s+wie|where|for\s+which|at\s+which)\s+"
    r"(?:(?:[a-z]+\s+){0,2})(?P<who>(?-i:[A-Z])[\w’'-]+)",
    re.IGNORECASE,
)
#: The most such descriptions read in one text.
_MOST = 8


def workplace_of_speakers(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The body the text says a quoted person works at (see above)."""
    speakers = {str(q.get("speaker") or "") for q in quotes}
    surnames = {name.split()[-1] for name in speakers if name and not name.startswith("TODO")}
    bodies = {
        match["org"]
        for match in itertools.islice(_WHERE_WORKS.finditer(text), _MOST)
        if match["who"] in surnames
    }
    return bodies.pop() if len(bodies) == 1 else None
