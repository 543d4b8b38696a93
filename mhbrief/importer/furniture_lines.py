"""Short lines of page furniture known by their shape: a byline with no name in it, a
picture's credit in brackets on a line of its own, a press office's label, a statement's
label over its text, and a widget's labels run together. None is the story's text."""

from __future__ import annotations

import re

from mhbrief.importer.contact_lines import contact_line, read_link
from mhbrief.importer.licence_credits import licence_credit
from mhbrief.importer.message_alerts import is_alert_line
from mhbrief.importer.story_notes import story_note
from mhbrief.importer.widget_lines import is_widget_line
from mhbrief.importer.wire_and_player import player_loading, wire_dateline_alone

#: A byline left without a name ("By  |", "Door:") or with only the newsroom's
#: ("Door: redactie", "By Staff").
_EMPTY_BYLINE = re.compile(
    r"^(?i:door|by|tekst|text)\s*:?\s*(?:[|·•,/-]\s*)*"
    r"(?:(?i:de|het|the|onze|our)\s+)?"
    r"(?i:(?:web|nieuws|news|eind)?redactie|staff(?:\s+(?:writer|reporter))?|newsroom|"
    r"news\s*desk|editorial\s+(?:team|staff)|web\s*team)?"
    r"\s*(?:[|·•,/-]\s*)*$"
)
#: A byline naming no writer, only "one of our reporters": "Van een onzer verslaggevers",
#: "Door onze correspondent", "From our own correspondent", "By our staff reporter".
_UNNAMED_WRITER = re.compile(
    r"^(?i:(?:van|door)\s+(?:een\s+)?(?:onze|onzer)\s+(?:eigen\s+|\w+\s+)?"
    r"(?:verslaggevers?|verslaggeefster|redacteuren|redacteur|redactrice|correspondenten|"
    r"correspondent|medewerkers?)"
    r"|(?:from|by)\s+(?:one\s+of\s+)?our\s+(?:own\s+|\w+\s+)?"
    r"(?:correspondents?|reporters?|staff|writers?))\s*[.:]?$"
)
#: A picture's credit in brackets, the whole line: "(Harbour TV image/file)", "(Foto: ANP)",
#: "(File photo)".
_BRACKETED_CREDIT = re.compile(
    r"^\((?:[^()]{0,50}\s)?(?i:image|images|photo|photos|foto|foto's|beeld|picture|"
    r"afbeelding|file|archief|archive|illustration|illustratie)(?:/\w+)?\b[^()]{0,50}\)$"
)
#: A bracketed credit has at most this many words.
_CREDIT_WORDS = 8
#: A press office's name as a label: "Harbour Trust Press Office", "Persdienst Gemeente X".
_PRESS_OFFICE_LABEL = re.compile(
    r"^(?:(?:[A-Z][\w&'’-]*|of|for|the|van|voor|de|het|and|en)\s+){1,6}"
    r"(?i:press\s+office|press\s+team|media\s+team|media\s+office|communications\s+team)$"
    r"|^(?i:persdienst|persbureau|afdeling\s+communicatie|team\s+communicatie)"
    r"(?:\s+[A-Z][\w&'’-]*){0,5}$"
)
#: A statement's label over its text: "Statement: Ann Lee, director of X",
#: "Reactie: Jan Smit, woordvoerder".
_STATEMENT_LABEL = re.compile(
    r"^(?i:statement|verklaring|reactie|response|comment|commentaar|quote|citaat)\s*:\s*"
    r"(?P<person>(?:[A-Z][\w'’.-]*\s+(?:(?:van|de|der|den|ter)\s+)*){1,3}[A-Z][\w'’-]+"
    r"\s*,\s*[^.!?;:“”„\"]{2,80})$"
)
#: Labels of a widget run together when copied: "Launch consoleNEWS CHANNEL" (a word
#: in small letters glued to one in capitals).
_GLUED_LABELS = re.compile(r"[a-z]{4,}[A-Z]{2,}")
#: A line of run-together labels has at most this many words.
_GLUED_WORDS = 8
#: A web site's address: "example.co.uk", "www.example.org/news".
_DOMAIN = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?"
#: A time stamp and the agency a story came from: "12u01 Bron: Belga", "09:30 Source: PA"
#: (what is left of "16/01/17 - 12u01 Bron: Belga" once its date is read), or the site
#: it was taken from: "Source: example.co.uk".
_SOURCE_STAMP = re.compile(
    r"^(?:\d{1,2}[u:.h]\d{2}\s*[-–|,]?\s*)?"
    rf"(?i:bron|source)\s*:\s*(?:[A-Z][\w&'’./ -]{{1,40}}|{_DOMAIN})$"
)
#: Who wrote, reported or compiled a story, the whole line: "Story by Ann Lee.",
#: "Additional reporting by X and Y", "Tekst door Jan Smit", "Compiled by X".
_STORY_CREDIT = re.compile(
    r"^(?i:(?:additional\s+)?reporting|story|words|text|tekst|verhaal|interview|compiled|"
    r"samengesteld)\s+(?i:by|door)\s+[A-Z][\w&'’.-]*"
    # "Compiled by Friends of the Harbour": a body's name, its small words with it
    r"(?:\s+(?:[A-Z][\w&'’.-]*|and|&|en|van|de|der|of|the|to|for|against|tegen|voor)){0,8}\.?$"
)
_SENTENCE_END = re.compile(r"[.!?…:;,][”’\"')]*\s*$")


def empty_byline(line: str) -> bool:
    """A byline with no writer's name: "By  |", "Door:", "Door: redactie", "Van een onzer
    verslaggevers"."""
    stripped = line.strip()
    return _EMPTY_BYLINE.match(stripped) is not None or _UNNAMED_WRITER.match(stripped) is not None


def bracketed_credit(line: str) -> bool:
    """A picture's credit in brackets standing as a line: "(Harbour TV image/file)"."""
    text = line.strip()
    return (
        len(text.split()) <= _CREDIT_WORDS
        and _BRACKETED_CREDIT.match(text) is not None
        and not text.rstrip(")").rstrip().endswith((".", "!", "?"))  # "(De foto is oud.)"
    )


def press_office_label(line: str) -> bool:
    """A press office's name on a line of its own: "Harbour Trust Press Office"."""
    return _PRESS_OFFICE_LABEL.match(line.strip()) is not None


def statement_person(line: str) -> str | None:
    """The person a statement's label names ("Statement: Ann Lee, director of X" gives
    "Ann Lee, director of X"); ``None`` when the line is no such label."""
    match = _STATEMENT_LABEL.match(line.strip())
    return match["person"].strip() if match else None


def glued_labels(line: str) -> bool:
    """A widget's labels run together: "Launch consoleNEWS CHANNEL" (no sentence)."""
    text = line.strip()
    return (
        len(text.split()) <= _GLUED_WORDS
        and _GLUED_LABELS.search(text) is not None
        and _SENTENCE_END.search(text) is None
    )


def source_stamp(line: str) -> bool:
    """A time stamp with the story's agency: "12u01 Bron: Belga"."""
    return _SOURCE_STAMP.match(line.strip()) is not None


def story_credit(line: str) -> bool:
    """Who wrote or reported the story: "Story by Ann Lee.", "Tekst door Jan Smit"."""
    return _STORY_CREDIT.match(line.strip()) is not None


def is_furniture_line(line: str) -> bool:
    """Any of the shapes above."""
    return (
        empty_byline(line)
        or bracketed_credit(line)
        or press_office_label(line)
        or statement_person(line) is not None
        or glued_labels(line)
        or source_stamp(line)
        or story_credit(line)
        or contact_line(line)
        or read_link(line)
        or wire_dateline_alone(line)
        or player_loading(line)
        or is_widget_line(line)
        or story_note(line)
        or is_alert_line(line)
        or licence_credit(line)
    )
