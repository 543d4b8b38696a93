"""Citations in house style, as the app copies them and ``mhbrief show --cite`` prints.

``“text” — Speaker, role, Organisation, d month yyyy (Briefing title)``; parts
that are missing are left out, months are Dutch for Dutch briefings, and a
quote that is superseded or not verified against its source carries a flag.
"""

from __future__ import annotations

from datetime import date

from mhbrief.model import Briefing, Collection, Kind, Point, Quote, Status
from mhbrief.search import Hit

_NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november"
_EN_MONTHS = "January February March April May June July August September October November"
MONTHS = {
    "nl": (*_NL_MONTHS.split(), "december"),
    "en": (*_EN_MONTHS.split(), "December"),
}

FLAGS = {
    "nl": {
        "superseded": "LET OP: vervangen door een nieuwere briefing",
        "superseded_by": "LET OP: vervangen door {id}",
        "unverified": "LET OP: niet woordelijk gevonden in de bron",
        "problem_file": (
            "LET OP: uit de laatste goede versie van een bestand dat nu problemen heeft"
        ),
    },
    "en": {
        "superseded": "NOTE: superseded by a newer briefing",
        "superseded_by": "NOTE: superseded by {id}",
        "unverified": "NOTE: not found verbatim in the source",
        "problem_file": "NOTE: from the last good version of a file that now has problems",
    },
}


def format_date(day: date, language: str) -> str:
    """``13 november 2018`` (nl) or ``13 November 2018`` (en)."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def flags(briefing: Briefing, *, unverified: bool = False, problem_file: bool = False) -> list[str]:
    """Warnings that travel with a quote: superseded, not verbatim, from a failing file."""
    words = FLAGS.get(briefing.language, FLAGS["en"])
    found = []
    if briefing.superseded:
        if briefing.superseded_by:
            found.append(words["superseded_by"].format(id=briefing.superseded_by))
        else:
            found.append(words["superseded"])
    if unverified:
        found.append(words["unverified"])
    if problem_file:
        found.append(words["problem_file"])
    return found


def cite(
    item: Quote | Point,
    briefing: Briefing,
    *,
    unverified: bool = False,
    problem_file: bool = False,
) -> str:
    """The full citation of a quote (or point) in house style."""
    who: list[str] = []
    if isinstance(item, Quote):
        who.append(item.speaker)
        if item.role:
            who.append(item.role)
    who.append(briefing.organisation)
    who.append(format_date(briefing.published, briefing.language))
    text = f"“{item.text}”" if isinstance(item, Quote) else item.text
    citation = f"{text} — {', '.join(who)} ({briefing.title})"
    for flag in flags(briefing, unverified=unverified, problem_file=problem_file):
        citation += f" [{flag}]"
    return citation


def cite_item(collection: Collection, item: Quote | Point) -> str:
    """An item's citation, exactly as ``mhbrief show ID --cite`` prints it."""
    briefing = collection.briefing_of(item)
    return cite(item, briefing, unverified=item.global_id in collection.unverified)


def cite_hit(hit: Hit) -> str:
    """A citation in house style (as :func:`cite`) from what the index holds.

    For an item whose file now fails to load, so only its indexed copy is known;
    the citation says so, as it says superseded.
    """
    who = [part for part in (hit.speaker, hit.role, hit.organisation) if part]
    if hit.date:
        who.append(format_date(hit.date, hit.language))
    text = f"“{hit.text}”" if hit.kind is Kind.QUOTE else hit.text
    citation = text
    if who:
        citation += f" — {', '.join(who)}"
    if hit.title:
        citation += f" ({hit.title})"
    words = FLAGS.get(hit.language, FLAGS["en"])
    if hit.status is Status.SUPERSEDED:
        citation += f" [{words['superseded']}]"
    if hit.from_problem_file:
        citation += f" [{words['problem_file']}]"
    return citation


def bare(item: Quote | Point) -> str:
    """The text alone, as it stands in the briefing."""
    return item.text
