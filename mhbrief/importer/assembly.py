"""Assembly: the phases run in order, and their findings put together as a draft briefing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mhbrief import FORMAT_VERSION
from mhbrief.importer.attribution import Found, attribute
from mhbrief.importer.beside_quote import beside_quote_speakers
from mhbrief.importer.body_in_name import split_bodies
from mhbrief.importer.duplicates import refuse_duplicate
from mhbrief.importer.fragments import fragment_speakers
from mhbrief.importer.headline import add_headline_quote
from mhbrief.importer.interview import asked_inline, interviewee, questions
from mhbrief.importer.known_orgs import NOTED, known_organisations
from mhbrief.importer.later_speakers import later_speakers
from mhbrief.importer.name_shape import shaped_speakers
from mhbrief.importer.opening_date import today_in_opening
from mhbrief.importer.org_shape import drafted_organisation
from mhbrief.importer.organisation import (
    outlet_of,
)
from mhbrief.importer.own_organisations import own_organisations
from mhbrief.importer.page_blocks import (
    about_organisation,
    author_organisation,
    issuer_organisation,
    logo_organisation,
)
from mhbrief.importer.paragraphs import Paragraph, clean_lines, paragraphs
from mhbrief.importer.past_roles import present_roles
from mhbrief.importer.portrait import portraits
from mhbrief.importer.pulled_ahead import drop_pulled_ahead
from mhbrief.importer.pulled_headings import drop_pulled_headings
from mhbrief.importer.reported import reported_speakers
from mhbrief.importer.restated_heading import not_quotes_but_headings
from mhbrief.importer.role_phrases import without_ministry
from mhbrief.importer.sections import named_sections
from mhbrief.importer.source import SourceError, read_source
from mhbrief.importer.source_address import address_note, own_address
from mhbrief.importer.speaker_notes import agreeing_notes
from mhbrief.importer.speakers import parse_person
from mhbrief.importer.subject_next import note_subject_next
from mhbrief.importer.themes import ThemeTerms
from mhbrief.importer.title import Cleaned, clean
from mhbrief.importer.words import SPACE, detect_language, fold_text, slugify
from mhbrief.model import Collection, Point, Quote, Stance, Theme

if TYPE_CHECKING:
    from mhbrief.importer.suggestions import Suggested

PLACEHOLDER_TITLE = "TODO: the headline of the statement"
PLACEHOLDER_DATE = "TODO: publication date as YYYY-MM-DD, without quotes"
PLACEHOLDER_ORGANISATION = "TODO: the organisation that published this statement"


@dataclass(frozen=True)
class Draft:
    """A briefing drafted from a source text, ready for review and writing."""

    data: dict[str, Any]
    quotes: tuple[Quote, ...]
    points: tuple[Point, ...]
    summary: str | None
    warnings: list[str]
    suggested_filename: str
    #: The source exactly as read (bytes), archived next to the briefing on write.
    source: bytes = b""
    #: The source file's name, when it came from a file.
    source_name: str | None = None
    #: Lines left out as site boilerplate, for review.
    dropped: tuple[str, ...] = ()
    #: The organisations of the folder's briefings, those the text names first: the
    #: choices offered where the text did not say who published it.
    organisations: tuple[str, ...] = ()
    #: Sections and themes similar items suggest, by quote or point id; written as
    #: comments beside the lists (:mod:`mhbrief.importer.suggestions`).
    suggestions: Mapping[str, Suggested] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.data["id"])


#: The first lines cleaning left out may be a kicker saying whom the page interviews.
_KICKERS = 3


def import_source(
    path_or_text: Path | bytes | str,
    *,
    collection: Collection | None = None,
    organisation: str | None = None,
    briefing_id: str | None = None,
) -> Draft:
    """Draft a briefing from a statement's text. Raises :class:`SourceError`, also
    (as :class:`~mhbrief.importer.duplicates.DuplicateSourceError`) when a briefing of
    ``collection`` has the same source text."""
    text, raw, source_name = read_source(path_or_text)
    refuse_duplicate(raw, collection)
    lines = clean_lines(text)
    cleaned = clean(lines)
    body = drop_pulled_ahead(paragraphs(cleaned.lines), cleaned.notes)
    answering = interviewee(body, cleaned.title, tuple(cleaned.dropped[:_KICKERS]))
    asked = questions(body, answering)
    inline = any(asked_inline(paragraph.text) for paragraph in body)
    found = attribute(
        body,
        asked,
        answering if asked or inline else None,
        cleaned.title,
        captions=cleaned.captions,
    )
    not_quotes_but_headings(found, body, cleaned.title)  # standfirst, restated subheading
    fragment_speakers(found, body)
    reported_speakers(found, body)
    portraits(found, body, answering, interview=bool(asked), inline=inline)
    present_roles(found)
    split_bodies(found, text)  # "zegt Patsy Jansen van Payoke"
    beside_quote_speakers(found, text)  # "said Ann Lee of X", "schrijft Argos", …
    later_speakers(found, body, interview=bool(asked))
    kicker = parse_person(cleaned.kicker) if cleaned.kicker else None
    add_headline_quote(found, cleaned.title, (answering if asked or inline else None) or kicker)
    shaped_speakers(found, text)  # no "Africa Thesis Award", no "Collega Jona Ceuppens"
    note_subject_next(found, body)  # "‘…’ De Zwolse Ineke Bakker schudt haar hoofd."
    notes = list(cleaned.notes)
    language = detect_language(text)
    _ambiguous_date(cleaned, lines, language, notes)
    if cleaned.published is None and (today := today_in_opening(body)):
        cleaned.published = today  # "Today (22.06.2023) the council …"
    given = (
        organisation
        or about_organisation(cleaned.about, lines, notes)
        or author_organisation(cleaned.author, notes)
        or issuer_organisation(cleaned.issuer, notes)
        or logo_organisation(lines, notes)
    )
    organisation, short = drafted_organisation(
        lines, given, found, cleaned.agency, notes, section=cleaned.site
    )
    own_organisations(found.quotes, organisation, short, text, notes)
    for quote in found.quotes:  # read for the organisation; the ministry is the employer
        if quote.get("role"):
            quote["role"] = without_ministry(quote["role"])
    outlet = outlet_of(cleaned.site, cleaned.agency, organisation)
    known = known_organisations(collection, text)
    _header_notes(cleaned, organisation, language, notes, known.named)
    source_type = _source_type(len(asked), outlet, cleaned, notes)
    themes: Mapping[str, Theme] = collection.themes if collection else {}
    drop_pulled_headings(found, notes)
    summary, points = _summary_and_points(found, notes)
    _suggest_themes([*found.quotes, *points], themes, notes)
    _link_sections([*found.quotes, *points], text, collection, notes)
    taken = set(collection.briefings) | set(collection.plans) if collection else set()
    given_id = briefing_id
    briefing_id = _briefing_id(briefing_id, taken, short, cleaned, source_name)
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "kind": "briefing",
        "id": briefing_id,
        "title": cleaned.title or PLACEHOLDER_TITLE,
        "published": cleaned.published or PLACEHOLDER_DATE,
        "language": language,
        "organisation": organisation or PLACEHOLDER_ORGANISATION,
        **_present(organisation_short=short, outlet=outlet),
        "source_type": source_type,
        **_links(text, collection, summary, notes),
        "quotes": found.quotes,
        "points": points,
    }
    found.notes[:] = agreeing_notes(found.notes, found.quotes)  # no "carried over" beside none
    _closing_notes(cleaned, found, notes, organisation)
    return Draft(
        data=data,
        quotes=tuple(_quote(briefing_id, q) for q in found.quotes),
        points=tuple(_point(briefing_id, p) for p in points),
        summary=summary,
        warnings=[*notes, *found.notes],
        # Named for the id before it was numbered: a second import of one statement
        # meets the first one's file, and is refused, rather than saved beside it.
        suggested_filename=_filename(
            _briefing_id(given_id, set(), short, cleaned, source_name), short
        ),
        source=raw,
        source_name=source_name,
        dropped=tuple(cleaned.dropped),
        organisations=known.all,
    )


#: A date of numbers only: "4/2/2024", "04-02-2024".
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")


def _ambiguous_date(cleaned: Cleaned, lines: list[str], language: str, notes: list[str]) -> None:
    """An English page's "4/2/2024" may be 4 February or April 2 (American sites write
    the month first): left for the user, with a note, rather than guessed."""
    when = cleaned.published
    if when is None or language != "en" or when.day > 12 or when.day == when.month:
        return
    for line in lines[:_DATE_LINES]:
        for match in _NUMERIC_DATE.finditer(line or ""):
            day, month, year = (int(part) for part in match.groups())
            if (day, month, year) == (when.day, when.month, when.year):
                cleaned.published = None
                other = when.replace(month=when.day, day=when.month)  # read month first
                notes.append(
                    f"'{match[0]}' may be {when.day} {when:%B} or {other:%B} {other.day}: "
                    "fill in 'published' (YYYY-MM-DD)"
                )
                return


#: How many of a text's first lines are read for the date's own writing.
_DATE_LINES = 60


def _source_type(asked: int, outlet: str | None, cleaned: Cleaned, notes: list[str]) -> str:
    """``interview`` for questions and answers, ``article`` for news copy (an outlet,
    an agency dateline or a byline), else ``press-statement``."""
    if asked:
        kind, why = "interview", f"{asked} questions answered by name"
    elif outlet or cleaned.byline:
        kind, why = "news-article", f"news copy: {'outlet ' + outlet if outlet else 'a byline'}"
    else:
        kind, why = "press-statement", "no outlet, byline or interview questions"
    notes.append(f'source_type set to "{kind}" ({why}); change it if the source is another kind')
    if outlet:
        notes.append(f"outlet '{outlet}' found in the text")
    if asked:
        notes.append(f"{asked} interview question(s) kept as the context of the answers")
    return kind


def _header_notes(
    cleaned: Cleaned,
    organisation: str | None,
    language: str,
    notes: list[str],
    named: tuple[str, ...] = (),
) -> None:
    if not cleaned.title:
        notes.append("no headline found; fill in 'title'")
    if cleaned.published is None:
        notes.append("no date line found; fill in 'published' (YYYY-MM-DD)")
    if not organisation:
        maybe = "; ".join(named[:NOTED])
        notes.append(
            "no organisation found; fill in 'organisation' or pass --organisation"
            + (
                f" (maybe: {maybe}: named in the text, and in this folder's briefings)"
                if maybe
                else ""
            )
        )
    notes.append(f"language detected: {language}")


#: Words of a sentence's start that find the quotes a pull quote may repeat.
_KEY_WORDS = 6
#: A pull quote is a sentence or two: longer paragraphs are not looked up.
_PULL_WORDS = 80


class _PullQuotes:
    """Paragraphs that repeat a quote's words without marks: the page's pull quote ("De
    stijgende cijfers zijn mogelijk …" set large beside the text), no point. Each quote is
    folded once and filed by its sentences' first words, so a text of thousands of quotes
    and paragraphs costs one look-up a paragraph, not a pass over every quote."""

    def __init__(self, quotes: list[dict[str, Any]]) -> None:
        self.quotes = quotes
        self.folded = [fold_text(str(quote.get("text", ""))) for quote in quotes]
        self.by_start: dict[tuple[str, ...], list[int]] = {}
        for number, folded in enumerate(self.folded):
            for sentence in re.split(r"(?<=[.!?…])\s+", folded):
                key = tuple(sentence.split()[:_KEY_WORDS])
                if len(key) == _KEY_WORDS:
                    self.by_start.setdefault(key, []).append(number)

    def repeated(self, text: str, notes: list[str]) -> bool:
        words = text.split()
        if not _KEY_WORDS <= len(words) <= _PULL_WORDS:
            return False
        folded = fold_text(text.rstrip(".!?…"))
        for number in self.by_start.get(tuple(folded.split()[:_KEY_WORDS]), [])[:20]:
            if folded in self.folded[number]:
                quote = self.quotes[number]
                notes.append(f"'{text}' left out: it repeats {quote.get('id')} (a pull quote)")
                return True
        return False


def _summary_and_points(found: Found, notes: list[str]) -> tuple[str | None, list[dict[str, Any]]]:
    """The first paragraph before any subheading is the summary; the others are points."""
    summary: str | None = None
    rests: list[Paragraph] = list(found.rests)
    if rests and rests[0].context is None:
        summary = rests.pop(0).text
    # A subheading is kept as a quote's context; one over paragraphs without
    # quotes would be lost, so it leads the first point under it instead.
    headings = {quote.get("context") for quote in found.quotes}
    pulled = _PullQuotes(found.quotes)
    rests = [rest for rest in rests if not pulled.repeated(rest.text, notes)]
    points = []
    for n, rest in enumerate(rests, start=1):
        text = rest.text
        if rest.context and rest.context not in headings:
            headings.add(rest.context)
            text = f"{rest.context} — {text}"
            notes.append(f"point-{n}: subheading '{rest.context}' kept at its start")
        points.append({"id": f"point-{n}", "stance": Stance.NEUTRAL.value, "text": text})
    return summary, points


def _suggest_themes(
    items: list[dict[str, Any]], themes: Mapping[str, Theme], notes: list[str]
) -> None:
    terms = ThemeTerms(themes)
    for item in items:
        item["themes"] = terms.suggest(item["text"])
        item["sections"] = []
    if themes and any(item["themes"] for item in items):
        notes.append("themes suggested from the collection's themes; check them")


def _unique_id(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _briefing_id(
    given: str | None,
    taken: set[str],
    short: str | None,
    cleaned: Cleaned,
    source_name: str | None,
) -> str:
    """``--id`` if free, else abbreviation, date and title words, numbered if taken."""
    if given is not None and given in taken:
        raise SourceError(
            f"the id '{given}' is already used in the collection; "
            f"choose another with --id (for example '{_unique_id(given, taken)}')"
        )
    if given is not None:
        return given
    fallback = slugify(Path(source_name).stem) if source_name else ""
    short_slug = slugify(cleaned.title or "", 40) or fallback or "import"
    published = cleaned.published.isoformat() if cleaned.published else ""
    prefix = slugify(short or "")
    if prefix and short_slug.startswith(prefix + "-"):  # "CKM: …" would give ckm-…-ckm-…
        short_slug = short_slug.removeprefix(prefix + "-")
    parts = [prefix, published, short_slug]
    return _unique_id("-".join(p for p in parts if p), taken)


def _filename(briefing_id: str, short: str | None) -> str:
    """The draft's file name: its id without the organisation's short form in front, as
    files in an organisation's folder are named ("ckm/2018-11-13-x.toml" for the id
    "ckm-2018-11-13-x"). A file named after its id keeps that id against a copy saved
    with it (:mod:`mhbrief.id_owners`), and the two never differ by a cut-off word."""
    prefix = slugify(short or "")
    stem = briefing_id.removeprefix(f"{prefix}-") if prefix else briefing_id
    return f"{stem or briefing_id}.toml"


def _present(**values: object) -> dict[str, object]:
    """The values that are given (not ``None``, not empty), in order."""
    return {key: value for key, value in values.items() if value}


def _link_sections(
    items: list[dict[str, Any]], text: str, collection: Collection | None, notes: list[str]
) -> None:
    """Link each item to the plan sections it names ("actielijn 3")."""
    if not collection or not collection.plans:
        return
    folded = fold_text(SPACE.sub(" ", text))
    named = [plan for plan in collection.plans.values() if fold_text(plan.title) in folded]
    for item in items:
        refs = named_sections(item["text"], named, all_plans=collection.plans.values())
        if refs:
            item["sections"] = refs
            notes.append(f"{item['id']}: linked to {', '.join(refs)}, named in its text")


def _links(
    text: str, collection: Collection | None, summary: str | None, notes: list[str]
) -> dict[str, object]:
    """``url``, ``summary`` and ``responds_to``, in that order; the plans are those whose
    title the statement names, the address its own (:mod:`.source_address`)."""
    responds_to = []
    if collection:
        folded = fold_text(SPACE.sub(" ", text))
        responds_to = sorted(
            plan.id for plan in collection.plans.values() if fold_text(plan.title) in folded
        )
    address, others = own_address(text)
    if address is None and others:
        notes.append(address_note(others))
    return _present(url=address, summary=summary, responds_to=responds_to)


#: Left-out lines named in the note: a page has a few; a long paste joined from many
#: pages had a thousand, in one line of the draft's comments.
LISTED_DROPPED = 30


def _closing_notes(
    cleaned: Cleaned, found: Found, notes: list[str], organisation: str | None
) -> None:
    if cleaned.dropped:
        listed = "; ".join(cleaned.dropped[:LISTED_DROPPED])
        more = len(cleaned.dropped) - LISTED_DROPPED
        notes.append(
            f"left out {len(cleaned.dropped)} line(s) of site boilerplate or press-office text: "
            + listed
            + (f"; and {more} more" if more > 0 else "")
        )
    if not found.quotes:
        notes.append("no quotes found: the statement's paragraphs are points")
    unknown = [q["id"] for q in found.quotes if q.get("speaker", "").startswith("TODO")]
    if unknown and organisation:
        # Whoever is filled in is cited as the draft's organisation's, unless told.
        notes.append(
            f"{', '.join(unknown)}: a speaker you fill in is cited as {organisation}'s; for "
            'one who speaks for another body, add organisation = "…" to that quote'
        )


def _quote(briefing_id: str, entry: Mapping[str, Any]) -> Quote:
    return Quote(
        id=entry["id"],
        briefing_id=briefing_id,
        speaker=entry["speaker"],
        text=entry["text"],
        role=entry.get("role"),
        organisation=entry.get("organisation"),
        context=entry.get("context"),
        themes=tuple(entry["themes"]),
    )


def _point(briefing_id: str, entry: Mapping[str, Any]) -> Point:
    return Point(
        id=entry["id"],
        briefing_id=briefing_id,
        stance=Stance(entry["stance"]),
        text=entry["text"],
        themes=tuple(entry["themes"]),
    )
