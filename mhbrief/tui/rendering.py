"""Briefing data as Textual ``Content``: result rows, detail bodies, links.

Every string from a briefing file enters a ``Content`` as plain text with a
style span around it, never as markup, so ``[bold]`` or ``a [/] b`` in a quote
is shown literally and ``[@click=...]`` never becomes an action.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content

from mhbrief import model
from mhbrief.citation import (
    SUMMARY_LABEL,
    bare,
    cite,
    cite_briefing,
    cite_hit,
    cite_plan,
    cite_section,
    flag_texts,
    format_date,
    item_label,
    point_words,
    role_names,
    section_label,
    section_words,
)
from mhbrief.highlight import attributed, highlight_text, own_text, word_start
from mhbrief.model import Briefing, Collection, Kind, Plan, Point, Quote, Section, Stance, Status
from mhbrief.plan_answers import answer_counts, responding_briefings
from mhbrief.plural import counted
from mhbrief.results import Hit, Span

MATCH = "bold underline $text-accent"
DIM = "$text-muted"
LABEL = "bold"
#: Introduces a text in the editors' words (a point, a summarised section), as its citation does.
SUMMARY_STYLE = "italic $text-muted"
WARN = "bold $text-warning"
ERROR = "bold $text-error"
STANCE_STYLES = {
    Stance.CRITICAL: "bold $text-error",
    Stance.POSITIVE: "bold $text-success",
    Stance.NEUTRAL: "bold $text-secondary",
}
KIND_LABELS = {
    Kind.QUOTE: "quote",
    Kind.POINT: "point",
    Kind.SECTION: "section",
    Kind.BRIEFING: "briefing",
}
#: Characters of a fragment shown in a result row.
ROW_FRAGMENT = 160


def spans_content(spans: Sequence[Span]) -> Content:
    """Search spans as content, matching words styled."""
    return Content.assemble(*((span.text, MATCH) if span.match else span.text for span in spans))


def text_content(text: str, terms: Sequence[str], language: str) -> Content:
    """A full text with the words the query matched highlighted."""
    if not terms:
        return Content(text)
    return spans_content(highlight_text(text, terms, language))


def is_old(day: datetime.date | None, today: datetime.date, old_after_days: int) -> bool:
    return day is not None and (today - day).days > old_after_days


@dataclass(frozen=True)
class Old:
    """When an item counts as old, for the link rows of a section or a plan."""

    today: datetime.date
    after_days: int

    def of(self, day: datetime.date) -> bool:
        return is_old(day, self.today, self.after_days)


def short_date(day: datetime.date | None) -> str:
    return day.isoformat() if day else ""


def _one_line(text: str, limit: int) -> str:
    """``text`` on one line, cut before the word ``limit`` falls in (never half a word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = word_start(text, limit - 1, limit=limit - 1)
    return text[: cut or limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Flags:
    """What a row or detail view warns about."""

    superseded: bool = False
    old: bool = False
    unverified: bool = False
    problem_file: bool = False
    draft: bool = False
    #: First seen by this user since their previous session (:mod:`mhbrief.whatsnew`).
    new: bool = False

    def labels(self) -> list[str]:
        found = ["new"] if self.new else []
        if self.draft:
            found.append("draft")
        if self.superseded:
            found.append("superseded")
        if self.unverified:
            found.append("not verbatim")
        if self.old:
            found.append("old")
        if self.problem_file:
            found.append("file has problems")
        return found


def hit_flags(hit: Hit, collection: Collection, today: datetime.date, old_after_days: int) -> Flags:
    return Flags(
        superseded=hit.status is Status.SUPERSEDED,
        old=is_old(hit.date, today, old_after_days),
        # An item whose file fails now is known only from its indexed copy.
        unverified=hit.unverified if hit.from_problem_file else hit.id in collection.unverified,
        problem_file=hit.from_problem_file,
        draft=hit.draft,
    )


def hit_prompt(hit: Hit, flagged: Flags, section_title: str | None = None) -> Content:
    """Two lines: what and who, then the highlighted fragment."""
    parts: list[str | tuple[str, str]] = [(f"{KIND_LABELS[hit.kind]:<8} ", DIM)]
    if hit.kind is Kind.QUOTE and hit.speaker:
        parts.append((hit.speaker, LABEL))
    elif hit.kind is Kind.POINT and hit.stance:
        parts.append((hit.stance.value, STANCE_STYLES[hit.stance]))
    elif hit.kind is Kind.SECTION:
        parts.append((_one_line(section_title or hit.title, 40), LABEL))
        if section_title:
            parts += [(" · ", DIM), _one_line(hit.title, 30)]
    else:
        parts.append((_one_line(hit.title, 50), LABEL))
    organisation = hit.organisation_short or hit.organisation
    if organisation and hit.kind is not Kind.SECTION:
        # The short name keeps the row on one line at 80 columns; the detail has the full one.
        parts += [(" · ", DIM), _one_line(organisation, 40)]
    if hit.date:
        parts += [(" · ", DIM), (short_date(hit.date), DIM)]
    for label in flagged.labels():
        parts += [" ", (f"[{label}]", WARN)]
    head = Content.assemble(*parts)
    lines = [head, Content("  ") + _trim_spans(own_text(hit, ROW_FRAGMENT), ROW_FRAGMENT)]
    # A match outside the item's own words says where it is: "context: Te weinig innovatie".
    lines += [
        Content.assemble("  ", (f"{h.field}: ", DIM)) + _trim_spans(h.spans, ROW_FRAGMENT)
        for h in attributed(hit)
    ]
    return Content("\n").join(lines)


def _trim_spans(spans: Sequence[Span], limit: int) -> Content:
    out: list[Span] = []
    used = 0
    for span in spans:
        text = " ".join(span.text.split(" "))
        text = text.replace("\n", " ")
        if used + len(text) > limit:
            # Before the word the limit falls in: never half a word ("…oord").
            room = max(0, limit - used)
            cut = word_start(text, room, limit=room)
            out.append(Span(text[:cut].rstrip() + "…", span.match))
            break
        out.append(Span(text, span.match))
        used += len(text)
    return spans_content(out)


# --- the detail pane ----------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A line in the detail pane's link list: where Enter goes, and what it says."""

    target: str
    label: Content


@dataclass(frozen=True)
class Detail:
    """Everything the detail pane shows for one opened id."""

    id: str
    heading: str
    body: Content
    links_title: str
    links: tuple[Link, ...]
    citation: str
    bare: str
    #: What the copied bar calls the citation: a section's says whose words it holds.
    citation_label: str = "citation"
    bare_flags: tuple[str, ...] = ()  # what ``C`` adds to ``bare`` (a draft's flag)


def build_detail(
    collection: Collection,
    global_id: str,
    *,
    terms: Sequence[str] = (),
    today: datetime.date,
    old_after_days: int,
    hit: Hit | None = None,
) -> Detail | None:
    """The detail view of a quote, point, section, briefing or plan; None if unknown."""
    found = collection.get(global_id)
    if isinstance(found, Quote | Point):
        return _item_detail(collection, found, terms, today, old_after_days)
    if isinstance(found, Section):
        return _section_detail(collection, found, terms, Old(today, old_after_days))
    if isinstance(found, Briefing):
        return _briefing_detail(collection, found, terms, today, old_after_days)
    if isinstance(found, Plan):
        return _plan_detail(collection, found, terms, Old(today, old_after_days))
    if hit is not None:
        return _hit_detail(hit, terms)
    return None


def _lines(*lines: Content | None) -> Content:
    return Content("\n").join([line for line in lines if line is not None])


def _field(label: str, value: str | Content) -> Content:
    return Content.assemble((f"{label}: ", DIM), value)


def _theme_labels(collection: Collection, themes: Sequence[str]) -> str:
    return ", ".join(collection.themes[t].label if t in collection.themes else t for t in themes)


def _warnings(flagged: Flags, briefing: Briefing | Hit | None, unverified: bool) -> list[Content]:
    lines = []
    if briefing is not None:
        # The flags its citation carries, in the app's language (the citation itself,
        # copied and shown in the copy bar, keeps the briefing's: "LET OP: …").
        superseded, draft = (
            (briefing.superseded, briefing.draft)
            if isinstance(briefing, Briefing)
            else (flagged.superseded, flagged.draft)
        )
        lines += [
            Content.styled(f"⚠ {flag.removeprefix('NOTE: ')}", WARN)
            for flag in flag_texts(
                "en",
                superseded=superseded,
                superseded_by=briefing.superseded_by,
                unverified=unverified,
                draft=draft,
            )
        ]
    if flagged.old:
        lines.append(Content.styled("⚠ old: check for something newer", WARN))
    if flagged.problem_file:
        lines.append(
            Content.styled("⚠ from the last good copy of a file that now has problems", ERROR)
        )
    return lines


def _item_detail(
    collection: Collection,
    item: Quote | Point,
    terms: Sequence[str],
    today: datetime.date,
    old_after_days: int,
) -> Detail:
    briefing = collection.briefing_of(item)
    unverified = item.global_id in collection.unverified
    flagged = Flags(
        superseded=briefing.superseded,
        old=is_old(briefing.published, today, old_after_days),
        unverified=unverified,
    )
    language = briefing.language
    text = text_content(item.text, terms, language)
    if isinstance(item, Quote):
        body_text = Content("“") + text + Content("”")
        who = Content.styled(", ".join(p for p in (item.speaker, item.role) if p), LABEL)
        heading = f"Quote · {item.speaker}"
    else:  # labelled as its citation is: the editors' words, not a quote
        body_text = Content.assemble((f"{point_words(language)}: ", SUMMARY_STYLE), text)
        who = Content.assemble(("stance: ", DIM), (item.stance.value, STANCE_STYLES[item.stance]))
        heading = f"Point · {item.stance.value}"
    # Who said it, for whom and when come before the words: at 80x24 a long quote
    # fills the pane, and the attribution must be on its first screen all the same.
    # As the citation does: no "directeur van Stichting X · Stichting X".
    role = item.role if isinstance(item, Quote) else None
    organisation = model.speaks_for(item, briefing)[0]
    named = role is not None and role_names(role, organisation)
    attribution = Content.assemble(
        who,
        *(() if named else ((" · ", DIM), organisation)),
        (" · ", DIM),
        format_date(briefing.published, language),
    )
    body = _lines(
        *_warnings(flagged, briefing, unverified),
        attribution,
        body_text,
        Content(""),
        # A word the query matched outside the text is marked where it is, under its label.
        _field("briefing", text_content(briefing.title, terms, language)),
        _field("outlet", briefing.outlet) if briefing.outlet else None,
        _field("under", text_content(item.context, terms, language))
        if isinstance(item, Quote) and item.context
        else None,
        _field("source", briefing.url) if briefing.url else None,
        _field("themes", text_content(_theme_labels(collection, item.themes), terms, language))
        if item.themes
        else None,
        _field("id", item.global_id),
    )
    links = (
        *(_section_link(collection, ref) for ref in item.sections),
        Link(briefing.id, Content.assemble(("briefing ", DIM), briefing.title)),
    )
    answered = "Plan sections it answers, and its" if item.sections else "No plan section; its"
    return Detail(
        id=item.global_id,
        heading=heading,
        body=body,
        links_title=f"{answered} briefing",
        links=links,
        citation=cite(item, briefing, unverified=unverified),
        bare=bare(item, language),
        citation_label=item_label(item),
        bare_flags=tuple(flag_texts(language, superseded=False, draft=briefing.draft)),
    )


def _section_link(collection: Collection, ref: str) -> Link:
    section = collection.section(ref)
    if section is None:
        return Link(ref, Content.assemble(("§ ", DIM), ref, (" (not found)", WARN)))
    plan = collection.plans[section.plan_id]
    return Link(ref, Content.assemble(("§ ", DIM), section.heading, (f" — {plan.title}", DIM)))


def section_title(collection: Collection, ref: str) -> str | None:
    """``1 Samenwerking met gemeenten`` for a section ref; None if unknown."""
    section = collection.section(ref)
    return section.heading if section else None


def backlink_label(collection: Collection, item: Quote | Point, *, old: bool = False) -> Content:
    """A backlink row: stance or speaker, organisation, date, its flags (``[old]`` as the
    results have it), then the text."""
    briefing = collection.briefing_of(item)
    if isinstance(item, Quote):
        who = Content.assemble(("quote ", DIM), (item.speaker, LABEL))
    else:
        who = Content.assemble(("point ", DIM), (item.stance.value, STANCE_STYLES[item.stance]))
    organisation, short = model.speaks_for(item, briefing)
    head = Content.assemble(
        who,
        (" · ", DIM),
        short or organisation,
        (" · ", DIM),
        (briefing.published.isoformat(), DIM),
    )
    if briefing.draft:
        head = head + Content.assemble(" ", ("[draft]", WARN))
    if briefing.superseded:
        head = head + Content.assemble(" ", ("[superseded]", WARN))
    if old:
        head = head + Content.assemble(" ", ("[old]", WARN))
    return Content("\n").join([head, Content("  " + _one_line(item.text, ROW_FRAGMENT))])


def _summary_words(words: str | None) -> Content:
    """``Samenvatting door de redactie, …: `` before a text that is the editors' summary."""
    return Content.styled(f"{words}: ", SUMMARY_STYLE) if words else Content("")


def _section_detail(
    collection: Collection, section: Section, terms: Sequence[str], old: Old
) -> Detail:
    plan = collection.plans[section.plan_id]
    parent = plan.section(section.parent) if section.parent else None
    backlinks = collection.backlinks(section.ref)
    # The words first, as for a quote: on a short screen the facts can wait for a scroll.
    body = _lines(
        text_content("§ " + section.heading, terms, plan.language).stylize_before(LABEL),
        _summary_words(section_words(plan)) + text_content(section.text, terms, plan.language),
        Content(""),
        _field("plan", plan.title),
        _field("published", format_date(plan.published, plan.language)),
        _field("part of", parent.heading) if parent else None,
        _field(
            "themes", text_content(_theme_labels(collection, section.themes), terms, plan.language)
        )
        if section.themes
        else None,
        Content.styled(
            counted(len(backlinks), "quote or point answers", "quotes and points answer")
            + " this section",
            DIM,
        ),
        _field("id", section.ref),
    )
    links = tuple(
        Link(
            item.global_id,
            backlink_label(collection, item, old=old.of(collection.briefing_of(item).published)),
        )
        for item in backlinks
    )
    children = tuple(
        Link(child.ref, Content.assemble(("§ ", DIM), child.heading))
        for child in plan.children(section.id)
    )
    links += children
    # Only what is there: "then subsections" under a section that has none misled.
    title = "Answered by (Enter opens)" + (", then subsections" if children else "")
    if children and not backlinks:
        title = "Subsections (Enter opens)"
    return Detail(
        id=section.ref,
        heading=f"Section · {section.heading}",
        body=body,
        links_title=title,
        links=links,
        citation=cite_section(section, plan),
        bare=section.text,
        citation_label=section_label(plan),
    )


def _briefing_detail(
    collection: Collection,
    briefing: Briefing,
    terms: Sequence[str],
    today: datetime.date,
    old_after_days: int,
) -> Detail:
    flagged = Flags(old=is_old(briefing.published, today, old_after_days))
    body = _lines(
        *_warnings(flagged, briefing, False),
        Content.styled(briefing.title, LABEL),
        Content(briefing.organisation),
        _field("date", format_date(briefing.published, briefing.language)),
        _field("type", briefing.source_type.value),
        _field("outlet", briefing.outlet) if briefing.outlet else None,
        _field("source", briefing.url) if briefing.url else None,
        Content(""),
        text_content(briefing.summary, terms, briefing.language) if briefing.summary else None,
        _field("id", briefing.id),
    )
    links = tuple(
        Link(plan_id, Content.assemble(("responds to ", DIM), _plan_title(collection, plan_id)))
        for plan_id in briefing.responds_to
    )
    links += tuple(
        Link(item.global_id, backlink_label(collection, item)) for item in briefing.items
    )
    return Detail(
        id=briefing.id,
        heading=f"Briefing · {briefing.title}",
        body=body,
        links_title="Plans it responds to, its quotes and points",
        links=links,
        citation=cite_briefing(briefing),
        bare=briefing.title,
    )


def _plan_title(collection: Collection, plan_id: str) -> str:
    plan = collection.plans.get(plan_id)
    return plan.title if plan else plan_id


def _plan_detail(collection: Collection, plan: Plan, terms: Sequence[str], old: Old) -> Detail:
    counts = answer_counts(collection)
    answered = sum(1 for section in plan.sections if counts.get(section.ref))
    responding = responding_briefings(collection, plan.id)
    body = _lines(
        Content.styled(plan.title, LABEL),
        Content(plan.publisher) if plan.publisher else None,
        _field("published", format_date(plan.published, plan.language)),
        _field("source", plan.url) if plan.url else None,
        Content(""),
        text_content(plan.summary, terms, plan.language) if plan.summary else None,
        Content.styled(
            f"{answered} of {counted(len(plan.sections), 'section')} answered; "
            f"{counted(len(responding), 'briefing responds', 'briefings respond')} to it",
            DIM,
        ),
        _field("id", plan.id),
    )
    links = tuple(
        Link(briefing.id, _briefing_label(briefing, old=old.of(briefing.published)))
        for briefing in responding
    )
    links += tuple(
        Link(section.ref, _section_count_label(section, counts.get(section.ref, 0)))
        for section in plan.sections
    )
    return Detail(
        id=plan.id,
        heading=f"Plan · {plan.title}",
        body=body,
        links_title="Briefings that respond to it (newest first), then its sections",
        links=links,
        citation=cite_plan(plan),
        bare=plan.title,
    )


def _briefing_label(briefing: Briefing, *, old: bool = False) -> Content:
    head = Content.assemble(
        ("briefing ", DIM),
        (briefing.published.isoformat(), DIM),
        (" · ", DIM),
        briefing.organisation_short or briefing.organisation,
    )
    if briefing.draft:
        head = head + Content.assemble(" ", ("[draft]", WARN))
    if briefing.superseded:
        head = head + Content.assemble(" ", ("[superseded]", WARN))
    if old:
        head = head + Content.assemble(" ", ("[old]", WARN))
    return Content("\n").join([head, Content("  " + _one_line(briefing.title, ROW_FRAGMENT))])


def _section_count_label(section: Section, count: int) -> Content:
    if not count:
        return Content.assemble(("§ ", DIM), section.heading, " ", ("[not answered]", WARN))
    return Content.assemble(("§ ", DIM), section.heading, (f"  {counted(count, 'answer')}", DIM))


def _hit_detail(hit: Hit, terms: Sequence[str]) -> Detail:
    """An item known only from the index (its file now fails to load)."""
    flagged = Flags(
        superseded=hit.status is Status.SUPERSEDED,
        problem_file=hit.from_problem_file,
        draft=hit.draft,
    )
    who = ", ".join(p for p in (hit.speaker, hit.role) if p)
    organisation = hit.organisation
    if hit.role and organisation and role_names(hit.role, organisation):
        organisation = None  # as the citation does
    facts = [
        p for p in (organisation, format_date(hit.date, hit.language) if hit.date else "") if p
    ]
    attribution = Content.styled(" · ", DIM).join(
        [Content.styled(who, LABEL)] * bool(who) + [Content(fact) for fact in facts]
    )
    text = text_content(hit.text, terms, hit.language)
    if hit.kind is Kind.QUOTE:  # drawn as a loaded quote is: in its marks, under its speaker
        text = Content("“") + text + Content("”")
    elif hit.kind is Kind.POINT:
        text = Content.assemble((f"{point_words(hit.language)}: ", SUMMARY_STYLE), text)
    body = _lines(
        *_warnings(flagged, hit, hit.unverified),
        attribution if who or facts else None,  # first, as for a loaded item
        text,
        Content(""),
        _field("briefing", hit.title),
        _field("outlet", hit.outlet) if hit.outlet else None,
        _field("under", text_content(hit.context, terms, hit.language))
        if hit.kind is Kind.QUOTE and hit.context
        else None,
        _field("id", hit.id),
    )
    heading = f"{KIND_LABELS[hit.kind].capitalize()} · {hit.title}"
    if hit.kind is Kind.QUOTE and hit.speaker:
        heading = f"Quote · {hit.speaker}"
    return Detail(
        id=hit.id,
        heading=heading,
        body=body,
        links_title="Plan sections",
        links=tuple(Link(ref, Content.assemble(("§ ", DIM), ref)) for ref in hit.sections),
        citation=cite_hit(hit),
        bare=f"{point_words(hit.language)}: {hit.text}" if hit.kind is Kind.POINT else hit.text,
        bare_flags=tuple(flag_texts(hit.language, superseded=False, draft=hit.draft)),
        citation_label=SUMMARY_LABEL
        if hit.kind is Kind.SECTION and not hit.own_words
        else item_label(hit.kind),
    )
