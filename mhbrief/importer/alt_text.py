"""A picture's alt text: the person's name alone, right above the picture's caption that
opens with that name ("Ann Lee" ¶ "Ann Lee, director of X. Photo: Y"). Copied from the
page with the caption, it is no part of the story."""

from __future__ import annotations

import re

from mhbrief.importer.captions import is_caption

#: A person's name alone on its line: two to four capitalised words (a Dutch "van", "de").
_NAME_ALONE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+(?:(?:van|de|der|den|ter|te|von)\s+)*){1,3}[A-Z][\w'’-]+$"
)


def name_over_caption(lines: list[str]) -> set[int]:
    """The lines that are a name alone over a caption opening with that name."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        name = (line or "").strip()
        if not name or not _NAME_ALONE.match(name):
            continue
        after = [n for n in range(number + 1, min(number + 3, len(lines))) if lines[n]]
        if not after:
            continue
        caption = (lines[after[0]] or "").strip()
        if caption.startswith(f"{name},") and is_caption(caption, "", ""):
            found.add(number)
    return found


def caption_over_credited_copy(lines: list[str]) -> set[int]:
    """A caption printed twice, the second time with its picture's credit ("Ann Lee, director
    of X." ¶ "Ann Lee, director of X. FOTO BEN DE WIT"): the alt text and the caption."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        text = (line or "").strip()
        if len(text.split()) < 3:
            continue
        after = next((n for n in range(number + 1, min(number + 3, len(lines))) if lines[n]), None)
        copy = (lines[after] or "").strip() if after is not None else ""
        if len(copy) > len(text) and copy.startswith(text) and is_caption(copy, "", ""):
            found.add(number)
    return found
