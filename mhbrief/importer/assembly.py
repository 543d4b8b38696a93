"""Assembly: the phases run in order, and their findings put together as a draft briefing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mhbrief import FORMAT_VERSION
from mhbrief.importer.attribution import Found, attribute
from mhbrief.importer.duplicates import refuse_duplicate
from mhbrief.importer.fragments import fragment_speakers
from mhbrief.importer.headline import add_headline_quote
from mhbrief.importer.interview import asked_inline, interviewee, questions
from mhbrief.importer.organisation import (
    is_government,
    most_named_organisation,
    named_force,
    named_organisation,
    named_organisations,
    outlet_of,
    quoted_government,
    quoted_office,
    quoted_organisation,
    spokesperson_office,
)
from mhbrief.importer.orgnames import named_as_person
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.paragraphs import Paragraph, clean_lines, paragraphs
from mhbrief.importer.reported import reported_speakers
from mhbrief.importer.roles import SAY, is_org_word
from mhbrief.importer.sections import named_sections
from mhbrief.importer.source import SourceError, read_source
from mhbrief.importer.speakers import RANKS, parse_person
from mhbrief.importer.speaking import (
    described_organisation,
    grammar_organisation,
    opening_subject,
    speaking_named,
    speaking_organisation,
    statement_issuer,
)
from mhbrief.importer.themes import ThemeTerms
from mhbrief.importer.title import Cleaned, clean
from mhbrief.importer.words import SPACE, WordCounts, detect_language, fold_text, slugify
from mhbrief.model import Collection, Point, Quote, Stance, Theme
from mhbrief.sanitize import sanitize_line

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
    #: Sections and themes similar items suggest, by quote or point id; written as
    #: comments beside the lists (:mod:`mhbrief.importer.suggestions`).
    suggestions: Mapping[str, Suggested] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.data["id"])


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
    body = paragraphs(cleaned.lines)
    answering = interviewee(body, cleaned.title)
    asked = questions(body, answering)
    inline = any(asked_inline(paragraph.text) for paragraph in body)
    found = attribute(
        body,
        asked,
        answering if asked or inline else None,
        cleaned.title,
        captions=cleaned.captions,
    )
    fragment_speakers(found, body)
    reported_speakers(found, body)
    kicker = parse_person(cleaned.kicker) if cleaned.kicker else None
    add_headline_quote(found, cleaned.title, (answering if asked or inline else None) or kicker)
    notes = list(cleaned.notes)
    language = detect_language(text)
    _ambiguous_date(cleaned, lines, language, notes)
    given = (
        organisation
        or _about(cleaned.about, lines, notes)
        or _author_organisation(cleaned.author, notes)
        or _issuer_organisation(cleaned.issuer, notes)
    )
    organisation, short = _organisation(lines, given, found, cleaned.agency, notes)
    outlet = outlet_of(cleaned.site, cleaned.agency, organisation)
    _header_notes(cleaned, organisation, language, notes)
    source_type = _source_type(len(asked), outlet, cleaned, notes)
    themes: Mapping[str, Theme] = collection.themes if collection else {}
    summary, points = _summary_and_points(found, notes)
    _suggest_themes([*found.quotes, *points], themes, notes)
    _link_sections([*found.quotes, *points], text, collection, notes)
    taken = set(collection.briefings) | set(collection.plans) if collection else set()
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
        **_links(text, collection, summary),
        "quotes": found.quotes,
        "points": points,
    }
    _closing_notes(cleaned, found, notes)
    return Draft(
        data=data,
        quotes=tuple(_quote(briefing_id, q) for q in found.quotes),
        points=tuple(_point(briefing_id, p) for p in points),
        summary=summary,
        warnings=[*notes, *found.notes],
        suggested_filename=_filename(cleaned, source_name),
        source=raw,
        source_name=source_name,
        dropped=tuple(cleaned.dropped),
    )


def _person_test(
    lines: list[str], text: str, people: Any, speakers: set[Any], uses: WordCounts
) -> Callable[[str], bool]:
    """Whether a would-be organisation is a person the text names."""

    def is_person(org: str) -> bool:
        """A person the text names: with a role, as a speaker, by a surname alone, or
        at the start or end of a longer name ("Piet Kramer van het Leger des Heils",
        "Nationaal Rapporteur Piet Jansen")."""
        # a name the text used as a person's ("aldus Van Dam" of "Eric van Dam"); one it
        # only has speak ("Fier Fryslân noemt …") is looked at below
        others = [name for name in people.candidates(org) if name != org]
        if people.roles.get(org) or org in speakers or others:
            return True
        if named_as_person(org, "\n".join(lines)):
            return True  # "Prime Minister Theresa May" in the headline
        if any(
            org.startswith(name + " ")
            or org.endswith(" " + name)
            or (" " not in org and name.startswith(org + " "))  # "zegt Merel": Merel Bos
            or (" " not in org and name.endswith(" " + org))  # "Medina said": Ana Medina
            for name in [*people.roles, *(s for s in speakers if s)]
            if " " in name
        ):
            return True
        words = org.split()
        if len(words) == 2 and words[0].lower() in RANKS and words[1][:1].isupper():
            return True  # "said Sheriff Tolland": a rank and a surname
        if " " not in org and _says_he_or_she(org).search(text):
            return True  # "Sarah said she was aged 12": a person, by the pronoun after
        surname = org.rsplit(" ", 1)[-1]
        return org in people.roles and uses(surname) > uses(org)

    return is_person


def _organisation_otherwise(
    lines: list[str],
    text: str,
    found: Found,
    agency: str | None,
    roles: list[Any],
    named: list[Any],
    shorts: dict[str, Any],
    uses: WordCounts,
    is_person: Callable[[str], bool],
    notes: list[str],
) -> tuple[str | None, str | None]:
    """The organisation when no rule about its quoted people found one: named most with
    its abbreviation, a government body, the most named, the police or an office."""
    best = named_organisation(text)
    if best and _is_outlet(*best, agency):
        best = None
    governing = quoted_government(roles, text)
    if best and governing and is_government(best[0] + " " + best[1]):
        best = None  # a police spokesperson quoted beside the OM: the police's text
    if best and best[1] in shorts.values() and uses(best[1]) >= 2:
        notes.append(f"organisation '{best[0]}' ({best[1]}) found in the text")
        return best
    # A government body: the one a quoted person speaks for, or that speaks itself.
    for found_org, why in (
        (governing, "the body its quoted people speak for"),
        (statement_issuer(text, named), "the one it says issued a statement"),
        (
            _outside_quotes(speaking_organisation(text, named), text, found),
            "the one it has speak for itself",
        ),
    ):
        if found_org and not _is_outlet(found_org, found_org, agency):
            notes.append(f"organisation '{found_org}' found in the text: {why}")
            return found_org, shorts.get(fold_text(found_org))
    if best:
        notes.append(f"organisation '{best[0]}' ({best[1]}) found in the text")
        return best
    if most := most_named_organisation("\n".join(line for line in lines if line), is_person):
        notes.append(f"organisation '{most}' found in the text: the one it names most")
        return most, shorts.get(fold_text(most))
    opening = found.rests[0].text if found.rests else ""
    if police := _POLICE_OPENS.match(opening):
        # "LEEUWARDEN - De politie heeft vijf verdachten aangehouden": a police case
        force = named_force(text) or police["police"].lower()
        notes.append(f"organisation '{force}' found in the text: the police its news opens with")
        return force, shorts.get(fold_text(force))
    if office := spokesperson_office(text):
        notes.append(f"organisation '{office}' found in the text: its spokesperson speaks in it")
        return office, shorts.get(fold_text(office))
    return None, None


def _organisation(
    lines: list[str], given: str | None, found: Found, agency: str | None, notes: list[str]
) -> tuple[str | None, str | None]:
    """The organisation and its abbreviation: as given, else the one whose people are
    quoted, else the one the text has speak by its name, else the one named most with
    its abbreviation; a government body only when no other is found; never an outlet."""
    text = " ".join(line for line in lines if line)
    named = [n for n in named_organisations(text) if not _is_outlet(n.name, n.short, agency)]
    shorts = {fold_text(n.name): n.short for n in named}
    if given:
        given = sanitize_line(given)
        return given, shorts.get(fold_text(given))
    roles = [q["role"] for q in found.quotes if q.get("role")]
    people = found.people
    uses = WordCounts(text)

    speakers = {q["speaker"] for q in found.quotes}
    is_person = _person_test(lines, text, people, speakers, uses)

    rules: list[tuple[Callable[[], str | None], str]] = [
        (lambda: quoted_organisation(roles, named, uses), "the one whose people are quoted"),
        (
            lambda: quoted_office(roles, text, [*people.roles, *speakers]),
            "the office its quoted people hold",
        ),
        (
            lambda: grammar_organisation(roles, named, text, is_person),
            "the one whose people are quoted",
        ),
        (
            lambda: _outside_quotes(
                speaking_named("\n".join(lines), named, is_person, agency), text, found
            ),
            "the one that speaks in it by name",
        ),
        (
            lambda: described_organisation("\n".join(lines), is_person),
            "the one it says what it is",
        ),
        (
            lambda: opening_subject(
                found.rests[0].text if found.rests else "", text, named, is_person
            ),
            "the one its first paragraph opens with",
        ),
        (
            # "In gesprek met X, directeur van Y": quotes left unattributed
            lambda: _named_again(
                quoted_organisation([r for r in people.roles.values() if r], named, uses), uses
            ),
            "the one whose people it names",
        ),
    ]
    for rule, why in rules:
        if found_org := _without_description(rule()):
            short = shorts.get(fold_text(found_org))
            shown = f"'{found_org}'" + (f" ({short})" if short else "")
            notes.append(f"organisation {shown} found in the text: {why}")
            return found_org, short
    return _organisation_otherwise(
        lines, text, found, agency, roles, named, shorts, uses, is_person, notes
    )


#: A news item that opens with what the police did, after a place's dateline.
_POLICE_OPENS = re.compile(
    r"^(?:[A-Z][\w'’./ -]{1,40}?\s*[-–—]{1,2}\s+)?(?:(?i:de|the)\s+)?"
    r"(?P<police>(?i:politie|police))\s"
)


def _outside_quotes(org: str | None, text: str, found: Found) -> str | None:
    """``org`` when the text names it outside its quotations too: an organisation a
    quoted person cites ("Volgens het VN-Bureau … wordt …" inside a quote) does not
    speak in the text."""
    if not org:
        return org
    inside = sum(q["text"].count(org) for q in found.quotes)
    return org if text.count(org) > inside else None


def _says_he_or_she(name: str) -> re.Pattern[str]:
    """``Sarah said she …``, ``Piet zegt dat hij …``: a name whose verb of saying a
    personal pronoun follows is a person's."""
    return re.compile(
        rf"(?<![\w-]){re.escape(name)}\s+(?:{SAY})\s+(?:that\s+|dat\s+)?(?:she|he|hij)\b",
        re.IGNORECASE,
    )


def _named_again(org: str | None, uses: WordCounts) -> str | None:
    """An organisation the text names more than once ("Payoke"), not a phrase read once
    from a role ("Interpol’s Unit")."""
    return org if org and uses(org) >= 2 else None


#: Lowercase words before an organisation's name: "belangenvereniging Proud".
_DESCRIPTION = re.compile(r"^(?!(?:vzw|asbl|bv|nv|vof|cv|ev)\s)(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")


def _without_description(org: str | None) -> str | None:
    """``belangenvereniging Proud`` is Proud: what it is, then its name."""
    return _DESCRIPTION.sub("", org) if org else org


def _about(about: str | None, lines: list[str], notes: list[str]) -> str | None:
    """The organisation an "Over X" / "About X" block is about, when the text names it
    above that block too: a press release's own boilerplate names who issued it."""
    if not about or is_outlet(about):
        return None
    text = "\n".join(line for line in lines if line)
    if WordCounts(text)(about) < 2:
        return None
    # "Over SZZG": the name the short form stands for
    about = next((n.name for n in named_organisations(text) if n.short == about), about)
    notes.append(f"organisation '{about}' found in the text: the 'About' block at its end")
    return about


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


def _author_organisation(author: str | None, notes: list[str]) -> str | None:
    """An "Author: X" line naming an organisation (not a person, not an outlet)."""
    if not author or is_outlet(author) or not any(is_org_word(w) for w in author.split()):
        return None
    notes.append(f"organisation '{author}' found in the text: the page's 'Author' line")
    return author


def _issuer_organisation(issuer: str | None, notes: list[str]) -> str | None:
    """The name over a press label under the headline ("Parketten van de procureur des
    Konings West-Vlaanderen" ¶ "Persberichten"), unless it is an outlet."""
    if not issuer or is_outlet(issuer):
        return None
    notes.append(f"organisation '{issuer}' found in the text: the name over its press label")
    return issuer


def _is_outlet(name: str, short: str, agency: str | None) -> bool:
    """A news outlet or the dateline's agency: never the organisation of the text. A short
    form the text spells out as another name ("Australian Federal Police (AFP)") is that
    name's, whatever outlet has the same letters."""
    if agency is not None and agency in (name, short):
        return True
    return is_outlet(name) or (name == short and is_outlet(short))


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
    cleaned: Cleaned, organisation: str | None, language: str, notes: list[str]
) -> None:
    if not cleaned.title:
        notes.append("no headline found; fill in 'title'")
    if cleaned.published is None:
        notes.append("no date line found; fill in 'published' (YYYY-MM-DD)")
    if not organisation:
        notes.append("no organisation found; fill in 'organisation' or pass --organisation")
    notes.append(f"language detected: {language}")


def _summary_and_points(found: Found, notes: list[str]) -> tuple[str | None, list[dict[str, Any]]]:
    """The first paragraph before any subheading is the summary; the others are points."""
    summary: str | None = None
    rests: list[Paragraph] = list(found.rests)
    if rests and rests[0].context is None:
        summary = rests.pop(0).text
    # A subheading is kept as a quote's context; one over paragraphs without
    # quotes would be lost, so it leads the first point under it instead.
    headings = {quote.get("context") for quote in found.quotes}
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


def _filename(cleaned: Cleaned, source_name: str | None) -> str:
    fallback = slugify(Path(source_name).stem) if source_name else ""
    slug = slugify(cleaned.title or "") or fallback or "import"
    published: date | None = cleaned.published
    return f"{published.isoformat()}-{slug}.toml" if published else f"{slug}.toml"


_URL = re.compile(r"https?://[^\s/$.?#][^\s]*\.[^\s]+")


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


def _links(text: str, collection: Collection | None, summary: str | None) -> dict[str, object]:
    """``url``, ``summary`` and ``responds_to``, in that order; the links come from the
    whole statement: the first web address, and the plans whose title it names."""
    responds_to = []
    if collection:
        folded = fold_text(SPACE.sub(" ", text))
        responds_to = sorted(
            plan.id for plan in collection.plans.values() if fold_text(plan.title) in folded
        )
    url = _URL.search(text)
    address = url[0].rstrip(".,;:)»”’\"'") if url else None
    return _present(url=address, summary=summary, responds_to=responds_to)


def _closing_notes(cleaned: Cleaned, found: Found, notes: list[str]) -> None:
    if cleaned.dropped:
        notes.append(
            f"left out {len(cleaned.dropped)} line(s) of site boilerplate or press-office text: "
            + "; ".join(cleaned.dropped)
        )
    if not found.quotes:
        notes.append("no quotes found: the statement's paragraphs are points")


def _quote(briefing_id: str, entry: Mapping[str, Any]) -> Quote:
    return Quote(
        id=entry["id"],
        briefing_id=briefing_id,
        speaker=entry["speaker"],
        text=entry["text"],
        role=entry.get("role"),
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
