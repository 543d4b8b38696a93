"""An office for a place, written before its holder's name: "Consul General to Port
Moresby Anna Wirth said", "Ambassador to Norway Lena Holt", "ambassadeur in Noorwegen
Lena Holt". The capitalised run after "to"/"for"/"in"/"te" holds the place and then the
name; the place belongs to the role. Where the place ends is read only when sure: a run
of three words is a place of one word and a name of two; a longer one splits where the
text writes the place again without the name after it (the place alone, elsewhere), and
only when one split has that. Unsure, or a name of one word, and nobody is read there:
a speaker "Moresby Anna Wirth" would be wrong.
"""

from __future__ import annotations

import re
from typing import Literal

from mhbrief.importer.carryover import People
from mhbrief.importer.roles import ARTICLES, ROLE_MODIFIERS, is_role_word
from mhbrief.importer.speakers import Person, capitalised

#: An office and the preposition of its place, right before a name: "Consul General to ",
#: "Ambassador to the ", "ambassadeur in ".
_OFFICE_AT = re.compile(
    r"(?P<office>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s+(?P<at>to|for|in|te)\s+(?P<the>the\s+)?$"
)
#: Offices abroad that are no role word elsewhere ("Consul" may open a name's run).
_ABROAD = frozenset({"consul", "envoy", "gezant", "consul-generaal"})
#: How far before the name the office is looked for.
_REACH = 80
#: Places looked for in the whole text, per text: each look reads all of it, so a text
#: of a thousand offices would cost a thousand readings (2 MiB of them: minutes). Past
#: this many, a longer run is unsure, and no one is read there.
MAX_LOOKS = 32

#: ``(start, end, person)`` of a name read after its office, False where the place's end
#: is unsure (no one is read), None where no office for a place stands before the name.
Placed = tuple[int, int, Person]


def office_at_place(
    text: str, start: int, run: str, people: People
) -> Placed | Literal[False] | None:
    """The holder of an office for a place, named in the capitalised ``run`` at
    ``start`` after that office and place (see the module's doc)."""
    before = _OFFICE_AT.search(text, max(0, start - _REACH), start)
    if before is None:
        return None
    office = _office(before["office"].split())
    tokens = run.split()
    if not office or any(is_role_word(t) or not capitalised(t) for t in tokens):
        return None  # "sailed to Port Moresby", "reports to Chief Inspector Ann Lee"
    split = _split(tokens, people)
    if split is None:
        return False
    place, name = " ".join(tokens[:split]), " ".join(tokens[split:])
    role = f"{office} {before['at']} {before['the'] or ''}{place}"
    spans = [word.span() for word in re.finditer(r"\S+", run)]
    return start + spans[split][0], start + spans[-1][1], Person(name, role)


def _office(words: list[str]) -> str | None:
    """The office's words at the end of ``words`` (capitalised words and role words, an
    article before them left out), when one of them is a role word."""
    kept: list[str] = []
    for word in reversed(words):
        if not (capitalised(word) or is_role_word(word) or word.lower() in ROLE_MODIFIERS):
            break
        kept.insert(0, word)
    while kept and kept[0].lower() in ARTICLES:
        kept.pop(0)
    held = any(is_role_word(word) or word.lower() in _ABROAD for word in kept)
    return " ".join(kept) if held else None


def _split(tokens: list[str], people: People) -> int | None:
    """Where the place ends and the name (of two or three words) begins in ``tokens``;
    None when unsure."""
    if len(tokens) < 3:
        return None  # "Ambassador to Norway Holt": no full name after the place
    if len(tokens) == 3:
        return 1
    if people.place_looks + 2 > MAX_LOOKS:
        return None  # each split's place would be looked for: past the budget, unsure
    written = [
        split
        for split in (len(tokens) - 3, len(tokens) - 2)
        if split >= 1 and _place_alone(" ".join(tokens[:split]), tokens[split], people)
    ]
    return written[0] if len(written) == 1 else None


def _place_alone(place: str, first_name: str, people: People) -> bool:
    """The text writes ``place`` somewhere not followed by ``first_name`` (one look of
    the :data:`MAX_LOOKS` a text has)."""
    people.place_looks += 1
    pattern = rf"(?<![\w'’-]){re.escape(place)}(?![\w'’-])(?!\s+{re.escape(first_name)}\b)"
    return re.search(pattern, people.text) is not None
