"""New briefings and plans: a commented template, or a short interactive prompt.

:func:`template` returns TOML text with ``format = 1``, today's date and
``"TODO: …"`` placeholders; ``mhbrief validate`` flags every placeholder until
it is replaced, so a half-filled template can never pass for a finished one.

:func:`prompt_document` asks for the values one by one (used when stdin is a
terminal) and returns a document for :func:`mhbrief.writer.render`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from mhbrief import FORMAT_VERSION
from mhbrief.model import SourceType, Stance

KINDS = ("briefing", "plan")

_BRIEFING = """\
# A briefing: what our organisation said, in format {format}.
# Replace every "TODO: ..." value, then check the file with `mhbrief validate`.
# The format is described in docs/briefing-format.md.

format = {format}
kind = "briefing"
# Not reviewed yet: the app marks its quotes [draft] and citations say so.
# Delete the next line (or write draft = false) once it is checked, to publish it.
draft = true
# A lowercase id (letters, digits, dashes), unique in the collection,
# e.g. "ckm-2018-11-13-plan-van-aanpak".
id = "TODO: organisation-yyyy-mm-dd-short-title"
title = "TODO: the headline of the statement"
published = {today}              # a date, without quotes
language = "nl"                     # "nl" or "en"
organisation = "TODO: the organisation that published it"
# organisation_short = "CKM"
source_type = "press-statement"     # or report, letter, interview, news-article, article, other
# url = "https://..."
# summary = "Two or three sentences: what the statement says."
# responds_to = ["plan-id"]         # ids of the plans this statement answers
# source_text = "sources/statement.txt"   # the archived source, to check quotes verbatim

# One [[quotes]] block per quote; copy the text exactly, without quotation marks.
[[quotes]]
id = "quote-1"
speaker = "TODO: who said it"
# role = "woordvoerder"
# organisation = "Universiteit Utrecht"   # only for a speaker from another organisation
# context = "The subheading the quote stood under"
text = "TODO: the quote, verbatim"
themes = []                         # theme ids, e.g. ["digitaal"]
sections = []                       # plan sections, e.g. ["plan-id/actielijn-1"]

# Statements that are not quotes: stance is critical, positive or neutral.
[[points]]
id = "point-1"
stance = "neutral"
text = "TODO: the point, in one or two sentences"
themes = []
sections = []
"""

_PLAN = """\
# A plan: a government programme that briefings respond to, in format {format}.
# Replace every "TODO: ..." value, then check the file with `mhbrief validate`.
# The format is described in docs/briefing-format.md.

format = {format}
kind = "plan"
# A lowercase id (letters, digits, dashes), unique in the collection.
id = "TODO: short-plan-id"
title = "TODO: the plan's title"
published = {today}              # a date, without quotes
language = "nl"                     # "nl" or "en"
publisher = "TODO: who published the plan"
# url = "https://..."
# Say that the section texts are summaries, and by whom.
summary = "TODO: what the plan is; the section texts below are summaries by ..."

# One [[sections]] block per section; parent nests a section under another.
[[sections]]
id = "actielijn-1"                  # letters, digits, dashes and dots
number = "1"
title = "TODO: the section's title"
text = "TODO: a summary of the section"
themes = []
# parent = "actielijn-1"
"""


def template(kind: str = "briefing", today: date | None = None) -> str:
    """The commented template for a new briefing or plan."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    text = _BRIEFING if kind == "briefing" else _PLAN
    return text.format(format=FORMAT_VERSION, today=(today or date.today()).isoformat())


Ask = Callable[[str], str]


def _ask(ask: Ask, question: str, default: str | None = None) -> str:
    shown = f"{question} [{default}]: " if default else f"{question}: "
    answer = ask(shown).strip()
    return answer or (default or "")


#: A date written day first, as Dutch staff write it: "6-12-2026", "06/12/2026", "6.12.2026".
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def _read_date(answer: str) -> date | None:
    """``answer`` as a date: ``YYYY-MM-DD``, or day first with the year last."""
    try:
        return date.fromisoformat(answer)
    except ValueError:
        pass
    day_first = _DAY_FIRST.match(answer)
    if day_first is None:
        return None
    day, month, year = (int(part) for part in day_first.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ask_date(ask: Ask, say: Callable[[str], None], today: date) -> date:
    while True:
        answer = _ask(ask, "Published (YYYY-MM-DD, or day first: 6-12-2026)", today.isoformat())
        when = _read_date(answer)
        if when is not None:
            if when.isoformat() != answer:
                say(f"  read as {when.isoformat()} (year, month, day)")
            return when
        day_first = f"{today.day}-{today.month}-{today.year}"
        say(f"'{answer}' is not a date; write it as {today.isoformat()} or {day_first}")


def _ask_choice(ask: Ask, say: Callable[[str], None], question: str, choices: list[str]) -> str:
    while True:
        answer = _ask(ask, f"{question} ({'/'.join(choices)})", choices[0])
        if answer in choices:
            return answer
        say(f"choose one of {', '.join(choices)}")


def slugify(text: str, max_length: int = 60) -> str:
    """The importer's slug; the importer is imported when a prompt asks, not with the CLI."""
    from mhbrief.importer import slugify as slug

    return slug(text, max_length)


def prompt_document(
    kind: str, ask: Ask, say: Callable[[str], None], today: date | None = None
) -> dict[str, Any]:
    """Ask for a new document's values; empty answers become ``TODO`` placeholders."""
    today = today or date.today()
    say(f"New {kind}. Press Enter to accept [defaults]; leave a value empty to fill it in later.")
    title = _ask(ask, "Title") or "TODO: the title"
    published = _ask_date(ask, say, today)
    language = _ask_choice(ask, say, "Language", ["nl", "en"])
    doc: dict[str, Any] = {"format": FORMAT_VERSION, "kind": kind}
    if kind == "plan":
        publisher = _ask(ask, "Publisher") or "TODO: who published the plan"
        default_id = slugify(title, 40) if not title.startswith("TODO") else ""
        doc.update(
            id=_ask(ask, "Id (lowercase, dashes)", default_id or None) or "TODO: plan-id",
            title=title,
            published=published,
            language=language,
            publisher=publisher,
            summary="TODO: what the plan is; the section texts are summaries by ...",
            sections=_ask_sections(ask),
        )
        return doc
    organisation = _ask(ask, "Organisation") or "TODO: the organisation"
    short = _ask(ask, "Organisation abbreviation (optional)")
    parts = [slugify(short), published.isoformat(), slugify(title, 40)]
    default_id = "-".join(p for p in parts if p) if not title.startswith("TODO") else ""
    source_type = _ask_choice(ask, say, "Source type", [t.value for t in SourceType])
    doc["draft"] = True  # until reviewed: delete the line to publish
    doc.update(
        id=_ask(ask, "Id (lowercase, dashes)", default_id or None) or "TODO: briefing-id",
        title=title,
        published=published,
        language=language,
        organisation=organisation,
    )
    if short:
        doc["organisation_short"] = short
    doc["source_type"] = source_type
    summary = _ask(ask, "Summary (optional)")
    if summary:
        doc["summary"] = summary
    doc["quotes"] = _ask_quotes(ask)
    doc["points"] = _ask_points(ask, say)
    if not doc["quotes"] and not doc["points"]:
        # a briefing with nothing in it: a placeholder keeps validate red until it is filled
        say("No quote or point given: a placeholder quote was written for you to fill in.")
        doc["quotes"] = [
            {
                "id": "quote-1",
                "speaker": "TODO: who said it",
                "text": "TODO: the quote, verbatim",
                "themes": [],
                "sections": [],
            }
        ]
    return doc


def _ask_quotes(ask: Ask) -> list[dict[str, Any]]:
    quotes: list[dict[str, Any]] = []
    speaker = ""
    while True:
        text = _ask(ask, f"Quote {len(quotes) + 1}, verbatim (empty to finish)")
        if not text:
            return quotes
        speaker = _ask(ask, "  Speaker", speaker or None) or "TODO: who said it"
        quote: dict[str, Any] = {"id": f"quote-{len(quotes) + 1}", "speaker": speaker}
        role = _ask(ask, "  Role (optional)")
        if role:
            quote["role"] = role
        quote.update(text=text, themes=[], sections=[])
        quotes.append(quote)


def _ask_points(ask: Ask, say: Callable[[str], None]) -> list[dict[str, Any]]:
    points: list[dict[str, Any]] = []
    while True:
        text = _ask(ask, f"Point {len(points) + 1} (empty to finish)")
        if not text:
            return points
        stance = _ask_choice(ask, say, "  Stance", [s.value for s in reversed(Stance)])
        points.append(
            {"id": f"point-{len(points) + 1}", "stance": stance, "text": text, "themes": []}
        )


def _ask_sections(ask: Ask) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    while True:
        title = _ask(ask, f"Section {len(sections) + 1} title (empty to finish)")
        if not title:
            return sections
        number = str(len(sections) + 1)
        sections.append(
            {
                "id": slugify(title, 40) or f"section-{number}",
                "number": number,
                "title": title,
                "text": _ask(ask, "  Summary of the section") or "TODO: a summary",
                "themes": [],
            }
        )
