"""The body written right before a quoted officer's rank and name: "Harbour Criminal
Investigation Department Chief Inspector Ann Lee said", "ACT Coastguard (ACTC) …" then
"ACT Coastguard Acting Superintendent Ann Lee said".

The run of capitalised words before the speaker's name is the body and then the rank.
The body ends at its last organisation's word before the first word of a rank
("Department", then "Chief"), or is an organisation the text names with its short form
("ACT Coastguard (ACTC)"). Such a body is the draft's organisation when every quoted
person written so has the same one: the unit that speaks, not the force it is part of
(named more often), and not the rank (an office, no body).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from mhbrief.importer.roles import is_org_word, is_role_word

#: Speakers looked at: each is looked for in the whole text once.
_MAX_SPEAKERS = 10


#: Capitalised words (up to twelve, each up to 40 letters) that end right before a name.
_RUN = re.compile(r"(?:[A-Z][\w&'’.-]{0,40}[ \u00a0]+){2,12}$")
#: How far before a name its run of capitalised words is looked for.
_RUN_CHARS = 12 * 44


def _run_before(name: str, text: str) -> list[str] | None:
    """The capitalised words right before the first ``name`` they stand before. Read
    back from each place the name stands (a pattern tried at every place of the text
    took minutes on a long run of capitals: each start read the run to its end)."""
    for found in re.finditer(rf"{re.escape(name)}(?![\w-])", text):
        match = _RUN.search(text, max(0, found.start() - _RUN_CHARS), found.start())
        if match is not None:
            break
    else:
        return None
    words = match[0].split()
    # "… Authority. Detective …": a new one; "Police Insp. Ann Lee": a rank's abbreviation
    ends = [
        i for i, w in enumerate(words) if w.endswith(".") and len(w) > 4 and not is_role_word(w)
    ]
    return words[ends[-1] + 1 :] if ends else words


def _body_in(words: list[str], shorts: Iterable[str]) -> str | None:
    run = " ".join(words)
    for known in shorts:  # "ACT Coastguard Acting Superintendent": named with its short form
        if run.startswith(known + " ") and len(known.split()) >= 2:
            rest = words[len(known.split()) :]
            return known if any(is_role_word(w) for w in rest) else None
    first_rank = next((i for i, w in enumerate(words) if is_role_word(w)), None)
    if first_rank is None or first_rank < 2:
        return None
    ends = [i for i in range(first_rank) if is_org_word(words[i])]
    if not ends or ends[-1] < 1 or ends[-1] != first_rank - 1:
        return None  # "Department Chief …": the body's word right before the rank
    return " ".join(words[: ends[-1] + 1])


def body_before_rank(quotes: list[dict[str, Any]], text: str, named: list[Any]) -> str | None:
    """The body before every quoted officer's rank, when it is one and the same."""
    speakers = [
        s
        for s in dict.fromkeys(q.get("speaker", "") for q in quotes)
        if s and not s.startswith("TODO") and " " in s
    ][:_MAX_SPEAKERS]
    names = sorted((n.name for n in named), key=len, reverse=True)
    bodies = set()
    for speaker in speakers:
        words = _run_before(speaker, text)
        if words and (body := _body_in(words, names)):
            bodies.add(body)
    return bodies.pop() if len(bodies) == 1 else None
