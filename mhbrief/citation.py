"""Citations in house style, as the app copies them and ``mhbrief show --cite`` prints.

``“text” — Speaker, role, Organisation, d month yyyy (Briefing title)``, with the
outlet after the title for news copy (``(Briefing title, NOS)``); parts
that are missing are left out (the organisation too when the role names it),
months are Dutch for Dutch briefings, and a
quote that is superseded or not verified against its source carries a flag.

A point is the editors' summary of a position, not words anyone said: its
citation starts with that label, in the briefing's language, as a plan section's
summary does. An item known only from the index (its file fails to load now) is
cited by the same builder, with every flag it had and one that says so.

A plan section is cited with its number and title, the plan's title, publisher
and date, and where the plan can be read. Its text is labelled as the editors'
summary unless the plan marks its section texts as the plan's own words
(``section_texts = "verbatim"``), so nobody quotes a summary as the plan.
"""

from __future__ import annotations

import re
from datetime import date

from mhbrief.model import (
    Briefing,
    Collection,
    Kind,
    Plan,
    Point,
    Quote,
    Section,
    Status,
    section_heading,
    speaks_for,
)
from mhbrief.results import Hit

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
        "draft": "LET OP: concept, niet nagekeken",
    },
    "en": {
        "superseded": "NOTE: superseded by a newer briefing",
        "superseded_by": "NOTE: superseded by {id}",
        "unverified": "NOTE: not found verbatim in the source",
        "problem_file": "NOTE: from the last good version of a file that now has problems",
        "draft": "NOTE: draft, not reviewed",
    },
}


#: How a point's text is introduced: the editors' words, not a quote.
POINT_WORDS = {
    "nl": "Samenvatting door de redactie, geen citaat",
    "en": "Editors' summary, not a quote",
}
#: What the app says it copied, for a point's citation.
POINT_LABEL = "editors' summary (not a quote)"

#: How a section's text is introduced, and how its plan's web address is named.
SECTION_WORDS = {
    "nl": {
        "summary": "Samenvatting door de redactie, niet de tekst van het plan",
        "source": "bron",
    },
    "en": {
        "summary": "Editors' summary, not the plan's own words",
        "source": "source",
    },
}
#: What the app says it copied, for a section's citation.
SUMMARY_LABEL = "editors' summary of a plan section (not the plan's words)"
OWN_WORDS_LABEL = "citation of a plan section"


def format_date(day: date, language: str) -> str:
    """``13 november 2018`` (nl) or ``13 November 2018`` (en)."""
    months = MONTHS.get(language, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def flags(briefing: Briefing, *, unverified: bool = False, problem_file: bool = False) -> list[str]:
    """Warnings that travel with a quote: superseded, not verbatim, from a failing file,
    and last, a draft not reviewed yet."""
    return flag_texts(
        briefing.language,
        superseded=briefing.superseded,
        superseded_by=briefing.superseded_by,
        unverified=unverified,
        problem_file=problem_file,
        draft=briefing.draft,
    )


def flag_texts(
    language: str,
    *,
    superseded: bool,
    superseded_by: str | None = None,
    unverified: bool = False,
    problem_file: bool = False,
    draft: bool = False,
) -> list[str]:
    """The flags of :func:`flags` from plain facts (a briefing's, or an indexed copy's)."""
    words = FLAGS.get(language, FLAGS["en"])
    found = []
    if superseded:
        if superseded_by:
            found.append(words["superseded_by"].format(id=superseded_by))
        else:
            found.append(words["superseded"])
    if unverified:
        found.append(words["unverified"])
    if problem_file:
        found.append(words["problem_file"])
    if draft:
        found.append(words["draft"])
    return found


def point_words(language: str) -> str:
    """``Samenvatting door de redactie, geen citaat`` (nl) or its English."""
    return POINT_WORDS.get(language, POINT_WORDS["en"])


def _cite(
    text: str,
    *,
    quote: bool,
    who: list[str],
    title: str,
    outlet: str | None,
    language: str,
    warnings: list[str],
) -> str:
    """The one citation builder: text (quoted, or labelled a summary), who, where (the
    briefing's title, and the outlet that published it for news copy), flags."""
    said = f"“{text}”" if quote else f"{point_words(language)}: {text}"
    citation = said
    if who:
        citation += f" — {', '.join(who)}"
    where = ", ".join(part for part in (title, outlet) if part)
    if where:
        citation += f" ({where})"
    for flag in warnings:
        citation += f" [{flag}]"
    return citation


def cite(
    item: Quote | Point,
    briefing: Briefing,
    *,
    unverified: bool = False,
    problem_file: bool = False,
) -> str:
    """The full citation of a quote (or point) in house style."""
    if isinstance(item, Quote):
        who = _who(item.speaker, item.role, speaks_for(item, briefing)[0])
    else:
        who = _who(None, None, briefing.organisation)
    who.append(format_date(briefing.published, briefing.language))
    return _cite(
        item.text,
        quote=isinstance(item, Quote),
        who=who,
        title=briefing.title,
        outlet=briefing.outlet,
        language=briefing.language,
        warnings=flags(briefing, unverified=unverified, problem_file=problem_file),
    )


def _who(speaker: str | None, role: str | None, organisation: str | None) -> list[str]:
    """Speaker, role and organisation, the organisation left out when the role already
    names it ("directeur van Stichting X", as ``import`` reads it), so no citation
    says "directeur van Stichting X, Stichting X"."""
    if role and organisation and role_names(role, organisation):
        organisation = None
    return [part for part in (speaker, role, organisation) if part]


def role_names(role: str, organisation: str) -> bool:
    """True when the organisation's words stand in the role, in order (any case): the
    detail line and the citation then leave the organisation out, alike."""
    named = " ".join(_WORD.findall(organisation.casefold()))
    return bool(named) and f" {named} " in f" {' '.join(_WORD.findall(role.casefold()))} "


_WORD = re.compile(r"\w+")


def cite_briefing(briefing: Briefing) -> str:
    """A briefing as a whole (no words of anyone's): ``Title — Organisation, 13 november
    2018`` (``Title (NOS) — …`` for news copy), with its web address and flags
    (superseded, draft) as an item's carry."""
    outlet = f" ({briefing.outlet})" if briefing.outlet else ""
    citation = (
        f"{briefing.title}{outlet} — {briefing.organisation}, "
        f"{format_date(briefing.published, briefing.language)}"
    )
    if briefing.url:
        words = SECTION_WORDS.get(briefing.language, SECTION_WORDS["en"])
        citation += f" ({words['source']}: {briefing.url})"
    return citation + "".join(f" [{flag}]" for flag in flags(briefing))


def cite_plan(plan: Plan) -> str:
    """A plan as a whole: ``Title, Publisher, 13 november 2018`` and its web address."""
    citation = ", ".join(
        part
        for part in (plan.title, plan.publisher, format_date(plan.published, plan.language))
        if part
    )
    if plan.url:
        words = SECTION_WORDS.get(plan.language, SECTION_WORDS["en"])
        citation += f" ({words['source']}: {plan.url})"
    return citation


def item_label(item: Quote | Point | Kind) -> str:
    """What the app says it copied: a quote's citation, or a point's summary."""
    is_point = item is Kind.POINT or isinstance(item, Point)
    return POINT_LABEL if is_point else "citation"


def cite_item(collection: Collection, item: Quote | Point) -> str:
    """An item's citation, exactly as ``mhbrief show ID --cite`` prints it."""
    briefing = collection.briefing_of(item)
    return cite(item, briefing, unverified=item.global_id in collection.unverified)


def section_mark(number: str | None, title: str) -> str:
    """``§ 1 Samenwerking met gemeenten`` (``§ Title`` without a number)."""
    return f"§ {section_heading(number, title)}"


def _cite_section_text(
    text: str,
    own_words: bool,
    where: list[str],
    url: str | None,
    language: str,
) -> str:
    words = SECTION_WORDS.get(language, SECTION_WORDS["en"])
    said = f"“{text}”" if own_words else f"{words['summary']}: {text}"
    citation = f"{said} — {', '.join(part for part in where if part)}"
    if url:
        citation += f" ({words['source']}: {url})"
    return citation


def cite_section(section: Section, plan: Plan) -> str:
    """A plan section's citation: whose words, which section of which plan, and its source.

    ``Samenvatting door de redactie, niet de tekst van het plan: … — § 1 Title,
    Plan title, Publisher, 13 november 2018 (bron: https://…)``; with
    ``section_texts = "verbatim"`` the text stands in quotation marks instead.
    """
    where = [
        section_mark(section.number, section.title),
        plan.title,
        plan.publisher or "",
        format_date(plan.published, plan.language),
    ]
    return _cite_section_text(section.text, plan.own_words, where, plan.url, plan.language)


def section_words(plan: Plan) -> str | None:
    """How a section's text is introduced where it is the editors' summary
    (``Samenvatting door de redactie, niet de tekst van het plan``); None for the plan's words."""
    if plan.own_words:
        return None
    return SECTION_WORDS.get(plan.language, SECTION_WORDS["en"])["summary"]


def section_label(plan: Plan) -> str:
    """What the app calls a copied section citation."""
    return OWN_WORDS_LABEL if plan.own_words else SUMMARY_LABEL


def cite_hit(hit: Hit) -> str:
    """A citation in house style (as :func:`cite`) from what the index holds.

    For an item whose file now fails to load, so only its indexed copy is known:
    built as :func:`cite` builds it, with every flag the item had (superseded by,
    not verbatim, draft) and one more that says its file has problems now.
    """
    if hit.kind is Kind.SECTION:
        return _cite_section_hit(hit)
    who = _who(hit.speaker, hit.role, hit.organisation)
    if hit.date:
        who.append(format_date(hit.date, hit.language))
    return _cite(
        hit.text,
        quote=hit.kind is Kind.QUOTE,
        who=who,
        title=hit.title,
        outlet=hit.outlet,
        language=hit.language,
        warnings=flag_texts(
            hit.language,
            superseded=hit.status is Status.SUPERSEDED,
            superseded_by=hit.superseded_by,
            unverified=hit.unverified,
            problem_file=hit.from_problem_file,
            draft=hit.draft,
        ),
    )


def bare(item: Quote | Point, language: str = "nl") -> str:
    """The text alone, as it stands in the briefing; a point's still says whose words
    they are (the editors', not a quote), as the screen does: pasted bare, a summary
    could pass for the organisation's own words."""
    if isinstance(item, Point):
        return f"{point_words(language)}: {item.text}"
    return item.text


def _cite_section_hit(hit: Hit) -> str:
    where = [
        f"§ {hit.context}" if hit.context else "",
        hit.title,
        hit.organisation or "",
        format_date(hit.date, hit.language) if hit.date else "",
    ]
    citation = _cite_section_text(hit.text, hit.own_words, where, hit.url, hit.language)
    if hit.from_problem_file:
        citation += f" [{FLAGS.get(hit.language, FLAGS['en'])['problem_file']}]"
    return citation
