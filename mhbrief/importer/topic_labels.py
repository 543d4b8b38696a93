"""A topic's label over a story: a line of one word, the story's subject ("Mensenhandel",
"Trafficking") as the page's section or tag, near the top between the headline's lines
and the story. The text writes the same word in small letters, as a common noun, often:
it is no name, and a story's one-word line near its top is the page's, not the story's.
"""

from __future__ import annotations

import re
from collections import Counter

#: A label of one word: capitalised, in small letters after (no acronym, no name's shape).
_LABEL = re.compile(r"^[A-Z][a-zà-ÿ-]{3,30}$")
#: Lines with text read from the top for a label.
_TOP = 12
#: How often the text writes the word in small letters for it to be a topic.
_USES = 3
_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ-]{3,30}\b")


def topic_labels(lines: list[str]) -> set[int]:
    """The lines near the top that are a topic's one-word label, standing alone below the
    headline; the numbers of those lines."""
    content = [n for n, line in enumerate(lines) if line and line.strip()][:_TOP]
    candidates = [
        n
        for n in content[1:]
        if _LABEL.match(lines[n].strip())
        and not (n > 0 and (lines[n - 1] or "").strip())
        and not (n + 1 < len(lines) and (lines[n + 1] or "").strip())
    ]
    if not candidates:
        return set()
    uses = Counter(_WORD.findall("\n".join(line or "" for line in lines)))
    return {n for n in candidates if uses[lines[n].strip().lower()] >= _USES}
