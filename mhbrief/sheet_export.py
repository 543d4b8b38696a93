"""A prep sheet as one page: Markdown (:func:`export_markdown`) or plain text (:func:`export_text`).

A title and date, then each item under a heading that names who said it and in which
briefing (never an internal id), flagged ``[not verbatim]``, ``[old]`` and ``[draft]``
where the app flags it; its note, warnings (a line above the quote for a quote not
found verbatim in its source, and for a draft), full text, its citation exactly as
``mhbrief show ID --cite`` prints it, a point's stance and its plan sections. The
labels are in the item's briefing language (Dutch items: ``Bronvermelding:``,
``Standpunt:``), the page's own words in the language most of its items have.

Every text from a briefing or a sheet file is untrusted: in Markdown it is escaped, so
it cannot open HTML, an image or a link (``javascript:``) or start a heading. No
Textual here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from mhbrief.citation import format_date
from mhbrief.config import DEFAULT_OLD_AFTER_DAYS
from mhbrief.model import Collection
from mhbrief.sheets import EntryState, SectionLink, Sheet, SheetEntry, review

#: What an export's name may end with, and whether that is Markdown.
EXPORT_SUFFIXES = {".md": True, ".markdown": True, ".txt": False}


class ExportNameError(ValueError):
    """An export name that would put the page in a file of another kind (.docx, .pdf)."""


def export_target(name: str, folder: Path) -> tuple[Path, bool]:
    """The file a typed export name means, and whether it gets Markdown (else plain text).

    ``~`` is the user's home, a relative name is in ``folder`` (where mhbrief was
    started, as in a shell); a name without an ending gets ``.md``. Any other ending
    is refused: Markdown in a ``.docx`` or ``.pdf`` would not open as one.
    """
    path = Path(name).expanduser()
    if not path.is_absolute():
        path = folder / path
    suffix = path.suffix.lower()
    if not suffix:
        return path.with_name(path.name + ".md"), True
    if suffix not in EXPORT_SUFFIXES:
        raise ExportNameError(
            f"{path.name}: a sheet is exported as Markdown (.md) or plain text (.txt), "
            f"not {suffix}; nothing was written. End the name with .md or .txt"
        )
    return path, EXPORT_SUFFIXES[suffix]


LABELS = {
    "nl": {
        "quote": "Citaat",
        "point": "Samenvatting",
        "cite": "Bronvermelding",
        "stance": "Standpunt",
        "sections": "Planonderdelen",
        "note": "Notitie",
        "pinned": "Tekst toen het werd toegevoegd",
        "pinned_cite": "Bronvermelding toen het werd toegevoegd",
        "sheet": "Voorbereiding",
        "empty": "(nog geen items)",
        "old": "oud",
        "draft": "concept",
        "unverified": "niet woordelijk",
        "critical": "kritisch",
        "positive": "positief",
        "neutral": "neutraal",
        "changed": "GEWIJZIGD sinds het op {day} werd toegevoegd",
        "problem_file": "BESTAND HEEFT PROBLEMEN (F8): de tekst zoals toegevoegd op {day}",
        "missing": "ONTBREEKT nu in de briefings (toegevoegd op {day})",
        "superseded_by": "VERVANGEN door {id}",
        "superseded": "VERVANGEN",
        "draft_warning": "CONCEPT: nog niet nagekeken",
        "unverified_warning": "NIET WOORDELIJK GEVONDEN in de bron: controleer het citaat",
    },
    "en": {
        "quote": "Quote",
        "point": "Summary",
        "cite": "Cite",
        "stance": "Stance",
        "sections": "Plan sections",
        "note": "Note",
        "pinned": "Text when pinned",
        "pinned_cite": "Cite when pinned",
        "sheet": "Prep sheet",
        "empty": "(no items yet)",
        "old": "old",
        "draft": "draft",
        "unverified": "not verbatim",
        "critical": "critical",
        "positive": "positive",
        "neutral": "neutral",
        "changed": "CHANGED since it was pinned on {day}",
        "problem_file": "FILE HAS PROBLEMS (F8): the text as pinned on {day}",
        "missing": "MISSING from the briefings now (pinned on {day})",
        "superseded_by": "SUPERSEDED by {id}",
        "superseded": "SUPERSEDED",
        "draft_warning": "DRAFT: not reviewed yet",
        "unverified_warning": "NOT FOUND VERBATIM in the source: check the quote",
    },
}


def page_language(entries: Sequence[SheetEntry]) -> str:
    """The language most of the items' briefings have (Dutch when none is known)."""
    counts = Counter(entry.language for entry in entries if entry.language in LABELS)
    return counts.most_common(1)[0][0] if counts else "nl"


def _words(entry: SheetEntry, page: str) -> dict[str, str]:
    return LABELS[entry.language if entry.language in LABELS else page]


def flags(entry: SheetEntry, today: date, old_after_days: int, words: dict[str, str]) -> list[str]:
    """``not verbatim`` (a possible misquote, the worst failure), ``old`` and ``draft``,
    as the app marks the item."""
    found = [words["unverified"]] if entry.unverified else []
    if entry.published is not None and (today - entry.published).days > old_after_days:
        found.append(words["old"])
    if entry.draft:
        found.append(words["draft"])
    return found


def heading(entry: SheetEntry, words: dict[str, str]) -> str:
    """``Citaat · Anna de Vries (woordvoerder) · Een stelling``: who and where, never an id
    (except for an item that is gone and was pinned without its speaker)."""
    parts = [words[entry.pin.kind] if entry.pin.kind in ("quote", "point") else entry.pin.kind]
    parts.append(entry.who or entry.id)
    if entry.title:
        parts.append(entry.title)
    return " · ".join(parts)


def warnings(entry: SheetEntry, words: dict[str, str]) -> list[str]:
    day = entry.pin.added.isoformat()
    # A possible misquote first, above the quote block (as loud as a draft, or louder).
    found = [words["unverified_warning"]] if entry.unverified else []
    if entry.state is EntryState.CHANGED:
        found.append(words["changed"].format(day=day))
    elif entry.state is EntryState.PROBLEM_FILE:
        found.append(words["problem_file"].format(day=day))
    elif entry.state is EntryState.MISSING:
        found.append(words["missing"].format(day=day))
    if entry.superseded:
        found.append(
            words["superseded_by"].format(id=entry.superseded_by)
            if entry.superseded_by
            else words["superseded"]
        )
    if entry.draft:
        found.append(words["draft_warning"])
    return found


def _section_text(link: SectionLink) -> str:
    if not link.title:
        return link.ref  # not found now: the reference is all there is
    return f"{link.label} ({link.plan})" if link.plan else link.label


# --- Markdown ------------------------------------------------------------------------

#: Characters that make Markdown of plain text: emphasis, code, links and images,
#: raw HTML, entities, and the backslash itself.
_INLINE = re.compile(r"([\\`*_\[\]!|~])")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
#: What starts a block at the start of a line: a heading, a list, a quote, a rule.
_BLOCK_START = re.compile(r"^(\s*)([#+\-=]|\d+[.)])")


def md(text: str) -> str:
    """Untrusted text as Markdown that shows it literally: no HTML, image, link or heading."""
    escaped = _INLINE.sub(r"\\\1", text.translate(_ENTITIES))
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def md_line(text: str) -> str:
    """One line of untrusted text for Markdown: no line breaks, nothing it could open."""
    return md(" ".join(text.split()))


def _quoted(text: str) -> list[str]:
    return [f"> {md(line)}".rstrip() for line in text.split("\n")]


def export_markdown(
    sheet: Sheet,
    collection: Collection,
    today: date,
    old_after_days: int = DEFAULT_OLD_AFTER_DAYS,
) -> str:
    """The sheet as one Markdown page (see the module docstring for what it holds)."""
    entries = review(sheet, collection)
    page = page_language(entries)
    words = LABELS[page]
    lines = [f"# {md_line(sheet.name)}", "", f"{words['sheet']}, {format_date(today, page)}", ""]
    for number, entry in enumerate(entries, start=1):
        said = _words(entry, page)
        head = f"## {number}. {md_line(heading(entry, said))}"
        head += "".join(f" \\[{flag}\\]" for flag in flags(entry, today, old_after_days, said))
        lines += [head, ""]
        if entry.pin.note:
            lines += [f"**{said['note']}:** {md_line(entry.pin.note)}", ""]
        lines += [f"**{md_line(warning)}**" for warning in warnings(entry, said)]
        if warnings(entry, said):
            lines.append("")
        lines += _quoted(entry.text)
        lines += ["", f"{said['cite']}: {md(entry.citation)}", ""]
        if entry.text_changed:
            lines += [f"{said['pinned']}:", "", *_quoted(entry.pin.text), ""]
        if entry.citation_changed:
            lines += [f"{said['pinned_cite']}: {md(entry.pin.citation)}", ""]
        if entry.stance:
            lines += [f"{said['stance']}: {said.get(entry.stance, md_line(entry.stance))}", ""]
        if entry.sections:
            lines += [f"{said['sections']}:", ""]
            lines += [f"- {md_line(_section_text(link))}" for link in entry.sections]
            lines.append("")
    if not sheet.pins:
        lines += [words["empty"], ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- plain text ----------------------------------------------------------------------


def _indented(text: str) -> list[str]:
    return [f"   {line}".rstrip() for line in text.split("\n")]


def export_text(
    sheet: Sheet,
    collection: Collection,
    today: date,
    old_after_days: int = DEFAULT_OLD_AFTER_DAYS,
) -> str:
    """The sheet as plain text, for mail or a phone screen."""
    entries = review(sheet, collection)
    page = page_language(entries)
    words = LABELS[page]
    title = sheet.name
    lines = [title, "=" * min(len(title), 72), f"{words['sheet']}, {format_date(today, page)}"]
    lines.append("")
    for number, entry in enumerate(entries, start=1):
        said = _words(entry, page)
        head = f"{number}. {heading(entry, said)}"
        head += "".join(f" [{flag}]" for flag in flags(entry, today, old_after_days, said))
        lines.append(head)
        if entry.pin.note:
            lines.append(f"   {said['note']}: {entry.pin.note}")
        lines += [f"   {warning}" for warning in warnings(entry, said)]
        lines += _indented(entry.text)
        lines.append(f"   {said['cite']}: {entry.citation}")
        if entry.text_changed:
            lines += [f"   {said['pinned']}:", *_indented(entry.pin.text)]
        if entry.citation_changed:
            lines.append(f"   {said['pinned_cite']}: {entry.pin.citation}")
        if entry.stance:
            lines.append(f"   {said['stance']}: {said.get(entry.stance, entry.stance)}")
        if entry.sections:
            lines.append(f"   {said['sections']}:")
            lines += [f"   - {_section_text(link)}" for link in entry.sections]
        lines.append("")
    if not sheet.pins:
        lines += [words["empty"], ""]
    return "\n".join(lines).rstrip("\n") + "\n"
