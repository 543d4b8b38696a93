"""A sentence that says whom the questions below it are put to.

"Vijf vragen over X aan Anna Bos, coördinator bij Y", "Three questions for Jane Roe",
"In gesprek met Anna Bos", "We spoke to Jane Roe": the person named right after is
the one who answers the questions that follow.
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"(?i)(?:\b(?:vragen|vraag)\b[^.!?]{0,80}?\baan"
    r"|\bquestions?\b[^.!?]{0,80}?\b(?:to|for)"
    r"|\b(?:in\s+gesprek\s+met|interview\s+met|interview\s+with|in\s+conversation\s+with"
    r"|spraken\s+met|spoke\s+(?:to|with)))\s+$"
)


def put_to(before: str) -> bool:
    """Whether ``before`` (a sentence up to a name) says the questions are put to it."""
    return _ASKED.search(before[-200:]) is not None
