"""The shape of an organisation's name, as the draft gives it.

A name read from the text may run on into when it spoke ("the Foreign Ministry on
Wednesday"): the day is no part of it. An officer's rank ("Deputy Commissioner of
Police", "Chief Inspector") is a person's post, not the body they work for, and a
court's district ("District of Northland", "Eastern District of X") is a place where
a prosecutor acts, not who speaks: neither is given as the organisation.
"""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.choosing import draft_organisation
from mhbrief.importer.org_doubts import doubted_organisation
from mhbrief.importer.organiser import organiser
from mhbrief.importer.roles import is_role_word
from mhbrief.importer.roles_body import body_of_every_role
from mhbrief.importer.second_choice import second_choice
from mhbrief.importer.trailing_when import without_trailing_when

#: A court district or a like area, by its name alone: "(Eastern) District of X".
_DISTRICT = re.compile(
    r"(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+\S.{0,60}"
)


#: Words that make a post a rank: "Deputy Commissioner", "Additional Director".
_RANK_WORDS = frozenset(
    ["deputy", "assistant", "acting", "chief", "senior", "associate", "vice", "additional"]
)


def _a_rank(org: str) -> bool:
    """``org`` is a post: a role word with rank words before it ("Deputy Commissioner of
    Police", "Chief Inspector"), or a role word "of" a body ("Commissioner of Police").
    "Police Department", "National Rapporteur" and "Children's Commissioner" are not."""
    parts = re.split(r"\s+(?:of|van)\s+", org, maxsplit=1)
    head = parts[0].split()
    if not head or len(head) > 4 or not is_role_word(head[-1]):
        return False
    ranked = all(word.lower() in _RANK_WORDS for word in head[:-1])
    return ranked and (len(head) > 1 or len(parts) > 1)


def shaped_organisation(org: str | None) -> str | None:
    """``org`` without a day at its end; ``None`` when it is a rank or a district."""
    if not org:
        return org
    org = without_trailing_when(org)
    if _a_rank(org) or _DISTRICT.fullmatch(org):
        return None
    return org


def drafted_organisation(
    lines: list[str],
    given: str | None,
    found: Found,
    agency: str | None,
    notes: list[str],
    section: str | None = None,
) -> tuple[str | None, str | None]:
    """The draft's organisation and abbreviation (:func:`.choosing.draft_organisation`),
    read in its shape: one given by the user is kept as given."""
    org, short = draft_organisation(lines, given, found, agency, notes, section=section)
    if given:
        return org, short
    text = "\n".join(lines)
    first = org
    if org:
        org, short = _in_shape(org, short, text, found, notes)
    if org:
        return org, short
    org, short = second_choice(text, found.quotes, notes, first)  # none, or turned down
    if org:  # the second choice in its shape too: no rank, outlet or unit
        return doubted_organisation(org, short, text, found.quotes, notes)
    if org := body_of_every_role(found.quotes, text):  # "director of the X Unit network"
        notes.append(f"organisation '{org}' found in the text: the body every quoted role names")
        return doubted_organisation(org, None, text, found.quotes, notes)
    if org := organiser(text):  # "De bijeenkomst was een initiatief van X"
        notes.append(f"organisation '{org}' found in the text: the one that organised it")
        return doubted_organisation(org, None, text, found.quotes, notes)
    return None, None


def _in_shape(
    org: str, short: str | None, text: str, found: Found, notes: list[str]
) -> tuple[str | None, str | None]:
    """``org`` in its shape: without a day, none when a post, a district or doubted."""
    shaped = shaped_organisation(org)
    if shaped == org:
        return doubted_organisation(org, short, text, found.quotes, notes)
    if shaped:
        notes.append(f"organisation '{org}' read as '{shaped}': the day is not part of it")
        return shaped, short
    notes.append(
        f"organisation: maybe: '{org}' (not given: a post or a district, not a body); "
        "fill in 'organisation'"
    )
    return None, None
