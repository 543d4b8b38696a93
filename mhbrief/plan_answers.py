"""Which plan sections have been answered: counts of the quotes and points that link to each."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from mhbrief.model import Briefing, Collection, Plan


def answer_counts(collection: Collection) -> Mapping[str, int]:
    """``{section ref: quotes and points linking to it}``, over every briefing."""
    return Counter(
        ref
        for briefing in collection.briefings.values()
        for item in briefing.items
        for ref in dict.fromkeys(item.sections)
    )


def answered_below(plan: Plan, counts: Mapping[str, int]) -> frozenset[str]:
    """Refs of the plan's sections answered themselves or in one of their subsections."""
    answered = {section.id for section in plan.sections if counts.get(section.ref)}
    parents = {section.id: section.parent for section in plan.sections}
    for section_id in list(answered):
        parent = parents.get(section_id)
        seen: set[str] = set()
        while parent is not None and parent not in seen:  # a cycle is a problem, not a hang
            seen.add(parent)
            answered.add(parent)
            parent = parents.get(parent)
    return frozenset(f"{plan.id}/{section_id}" for section_id in answered)


def responding_briefings(collection: Collection, plan_id: str) -> tuple[Briefing, ...]:
    """Briefings that respond to the plan (``responds_to``), newest first."""
    return tuple(
        sorted(
            (b for b in collection.briefings.values() if plan_id in b.responds_to),
            key=lambda b: (b.published, b.id),
            reverse=True,
        )
    )
