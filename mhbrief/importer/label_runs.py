"""Labels with a colon one under another and nothing after any of them but the next
label ("Shelters in the region:" ¶ "Legal aid:" ¶ "Helplines:"): a side column's list of
links whose links were not copied. A colon announces what follows it; when a label
follows, the line announced nothing. The run's last label stays: it may head the text
under it."""

from __future__ import annotations

import re

#: A short label ending with a colon: one to six words, no quotation, no sentence inside.
_LABEL = re.compile(r"^[^\W\d_][^.!?:;“”„«»\"]{0,58}:$")
#: A label has at most this many words.
_WORDS = 6
#: A run of this many labels or more is a list of lost links.
_RUN = 3


def _label(line: str | None) -> bool:
    text = (line or "").strip()
    return len(text.split()) <= _WORDS and _LABEL.match(text) is not None


def label_runs(lines: list[str]) -> set[int]:
    """The numbers of the labels in a run of three or more, all but the run's last."""
    found: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, "end"]):
        if not (line or "").strip():
            continue  # blank lines between the labels
        if _label(line):
            run.append(number)
            continue
        if len(run) >= _RUN:
            found.update(run[:-1])
        run = []
    return found
