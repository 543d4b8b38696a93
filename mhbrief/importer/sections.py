"""Plan sections an item names: "actielijn 3", or a section's title in the item's text.

Only sections of the plans the statement names (its ``responds_to``) are linked; when
it names none, a section reference that fits exactly one section of the collection
is. Suggestions from similar statements stay comments (:mod:`.suggestions`); these
are the sections the text itself names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from mhbrief.importer.words import SPACE, fold_text
from mhbrief.model import Plan, Section

#: A section id of a word and a number: "actielijn-3", "pijler-2", "h4.1" is not one.
_WORD_AND_NUMBER = re.compile(r"^(?P<word>[a-z]{4,})[-.](?P<number>\d+(?:[-.]\d+)*)$")
#: A section title long enough to be named on purpose.
_MIN_TITLE_WORDS = 3


#: A way a text names a section: a literal every naming holds, and the pattern itself.
_Naming = tuple[str, re.Pattern[str]]


def _patterns(section: Section) -> tuple[_Naming, ...]:
    return _patterns_of(section.id, section.title)


@functools.lru_cache(maxsize=4096)
def _patterns_of(section_id: str, title: str) -> tuple[_Naming, ...]:
    """Built once per section, not once per item that may name it. The literal is looked
    for first: a long text's thousands of items ask each section in turn."""
    found: list[_Naming] = []
    if match := _WORD_AND_NUMBER.match(section_id):
        number = re.sub(r"[-.]", r"[.-]", match["number"])
        found.append((match["word"], re.compile(rf"\b{match['word']}\s*[-.]?\s*{number}\b")))
    if len(title.split()) >= _MIN_TITLE_WORDS:
        folded = fold_text(SPACE.sub(" ", title))
        found.append((folded, re.compile(re.escape(folded))))
    return tuple(found)


def _names(folded: str, naming: _Naming) -> bool:
    literal, pattern = naming
    return literal in folded and pattern.search(folded) is not None


def named_sections(
    text: str, plans: Iterable[Plan], *, all_plans: Iterable[Plan] = ()
) -> list[str]:
    """``plan-id/section-id`` of the sections ``text`` names, in the plans' order."""
    folded = fold_text(SPACE.sub(" ", text))
    refs = [
        f"{plan.id}/{section.id}"
        for plan in plans
        for section in plan.sections
        if any(_names(folded, naming) for naming in _patterns(section))
    ]
    if refs:
        return refs
    everywhere = [
        f"{plan.id}/{section.id}"
        for plan in all_plans
        for section in plan.sections
        if _WORD_AND_NUMBER.match(section.id) and _names(folded, _patterns(section)[0])
    ]
    return everywhere if len(everywhere) == 1 else []
