"""The shape of a person's name, and a last look at every quote's speaker.

A speaker the phases before found must look like a person's name: no word of the kind
of a thing ("Africa Thesis Award", "Operation Sunrise", "Seemanchal Express", a
newspaper's "Daily Nation"), no body the text gives initials in brackets ("the Harbour
Watch Movement (HWM)"), and no leading word of address or kinship ("Collega Jona
Ceuppens" is Jona Ceuppens). A name
that fails is not given: the quote's speaker is left to fill in, with the name as a
``maybe`` note, as a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any, Protocol

#: A quote's speaker to fill in (as :data:`.attribution.PLACEHOLDER_SPEAKER`, which this
#: module, read by the speaker parser, cannot import).
PLACEHOLDER = "TODO: who said this"


class Quoted(Protocol):
    """The quotes found in a text, and the notes on them."""

    quotes: list[dict[str, Any]]
    notes: list[str]


#: First words of the name of an operation, a plan or a law ("Operation Cross Country",
#: "Operatie Sunrise", "Project Aurora"): a thing's name, never a person's.
THING_HEADS = frozenset(
    [
        *("operation", "operatie", "project", "campaign", "campagne", "programme", "programma"),
        # a newspaper's ("Kenya's Daily Nation" was read as a person, with the role "Kenya")
        *("daily", "weekly"),
    ]
)

#: Words of the name of a thing, an event or a place, never of a person's: a prize, a
#: meeting, a document, a building, a train. Words that are also surnames ("Park",
#: "Law", "Hall", "Day") are not among them.
THING_WORDS = frozenset(
    [
        "award",
        "awards",
        "prize",
        "prijs",
        "medal",
        "medaille",
        "trophy",
        "cup",
        "festival",
        "conference",
        "conferentie",
        "congres",
        "congress",
        "summit",
        "thesis",
        "scriptie",
        "lecture",
        "report",
        "rapport",
        "index",
        "treaty",
        "verdrag",
        "convention",
        "declaration",
        "strategy",
        "strategie",
        "scheme",
        "museum",
        "hospital",
        "ziekenhuis",
        "airport",
        "luchthaven",
        "station",
        "street",
        "straat",
        "avenue",
        "express",
        "olympics",
        "championship",
        "tournament",
        "toernooi",
        # a newspaper's or a news site's
        "times",
        "herald",
        "tribune",
        "gazette",
        "chronicle",
        "telegraph",
        "journal",
        "dagblad",
        "nieuwsblad",
        "courant",
        "krant",
        "news",
    ]
)

#: Words of address, of work or of family before a name: "Collega Jona Ceuppens",
#: "Mevrouw Anna Smit", "Tante Els de Wit". Not part of the name the text gives.
_LEADING = frozenset(
    [
        "collega",
        "colleague",
        "colleagues",
        "mevrouw",
        "meneer",
        "mijnheer",
        "heer",
        "oom",
        "tante",
        "neef",
        "nicht",
        "opa",
        "oma",
    ]
)


def thing_name(words: list[str]) -> bool:
    """``words`` name a thing, an event or a place rather than a person."""
    return bool(words) and (
        words[0].lower() in THING_HEADS
        or any(word.lower().strip(".,;:’'") in THING_WORDS for word in words)
    )


#: Articles a body's field follows ("Raad voor de Rechtspraak"); a bare surname written
#: with a lowercase particle needs a first name or initial before it ("Jan de Vries").
_FIELD_ARTICLES = frozenset(["de", "het", "der", "den", "’t", "'t"])


def body_field(before: list[str], particles: Collection[str]) -> bool:
    """``Rechtshandhaving`` after ``de Raad voor de``: the words before a name end in a
    lowercase word that is no particle (a preposition: "voor", "tegen", "over") and an
    article, so the "name" is the field of a body ("Raad voor de Rechtshandhaving",
    "Comité tegen de Armoede"), never a person."""
    return (
        len(before) >= 2
        and before[-1].lower() in _FIELD_ARTICLES
        and before[-2].isalpha()
        and before[-2].islower()
        and before[-2] not in particles
    )


#: Words in brackets after a name that point at its picture, not a role: "(pictured)",
#: "(above)", "(left)", "(op de foto)", "(rechts)", "(file photo)".
_PICTURE_POINTER = re.compile(
    r"(?i)(?:pictured(?:\s+(?:above|below|left|right|centre|center))?|above|below|left|right|"
    r"centre|center|top|inset|file\s+photo|photo|foto|links|rechts|midden|boven|onder|"
    r"op\s+de\s+foto|(?:l|r)\.?)"
)


def picture_pointer(text: str) -> bool:
    """``pictured`` of "Lord Smith (pictured)": the picture's pointer, no role."""
    return _PICTURE_POINTER.fullmatch(text.strip()) is not None


def without_leading_word(name: str) -> str:
    """``name`` without a leading word of address, work or family, when at least two
    words (a first name and a surname) are left: "Tante Els" stays as it is."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in _LEADING:
        return " ".join(words[1:])
    return name


#: A word alone in brackets, as initials are written after a name.
_BRACKETED = re.compile(r"\(([^()\s]{2,8})\)")


def initialled_body(name: str, text: str, bracketed: Collection[str] | None = None) -> bool:
    """The text writes ``name`` with its own initials in brackets after it ("Harbour
    Watch Movement (HWM)"): a body's name, as a person's is not abbreviated so.
    ``bracketed`` (:func:`bracketed_words`) spares reading the text for a name whose
    initials are never in brackets: a text of thousands of speakers read it for each."""
    words = [word for word in name.split() if word[:1].isupper()]
    if len(words) < 2 or len(words) > 8:
        return False
    initials = "".join(word[0] for word in words)
    if bracketed is not None and initials not in bracketed:
        return False
    return f"{name} ({initials})" in text


def bracketed_words(text: str) -> set[str]:
    """Every word of two to eight characters written alone in brackets: "(HWM)"."""
    return set(_BRACKETED.findall(text))


def shaped_speakers(found: Quoted, text: str) -> None:
    """Every quote's speaker has the shape of a person's name, or is left to fill in."""
    quotes, notes = found.quotes, found.notes
    bracketed = bracketed_words(text)
    for entry in quotes:
        name = entry.get("speaker")
        if not name or name.startswith("TODO"):
            continue
        shorter = without_leading_word(name)
        if shorter != name:
            entry["speaker"] = shorter
            notes.append(f"{entry['id']}: '{name.split()[0]}' left out of the name")
            continue
        if thing_name(name.split()) or initialled_body(name, text, bracketed):
            entry["speaker"] = PLACEHOLDER
            entry.pop("role", None)  # read with the name, it is the thing's, not a person's
            notes.append(
                f"{entry['id']}: maybe: {name} (not read as a speaker: not shaped as a "
                "person's name)"
            )


#: A peer's name with its territorial part, ending an attribution: "Baroness Williams of
#: Trafford", "Minister Lord Smith of Finsbury" (all of it is the name; what is before it,
#: the role). "Lord Mayor of X", "Lord Chief Justice of Y" are offices, not peers' names.
_PEER = re.compile(
    r"(?:^|\s)(?P<name>(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)\s+"
    r"(?!(?:Mayor|Chancellor|Provost|Justice|Chief|Speaker|Lieutenant|Advocate|President|"
    r"Privy|High|Bishop|Chamberlain|Commissioner)\b)"
    r"[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$"
)


def peer_title(text: str) -> tuple[str, str | None] | None:
    """The peer's name and the role before it, when ``text`` ends with a peer's name in
    full ("Home Office Minister Baroness Williams of Trafford"); else ``None``."""
    match = _PEER.search(text) if len(text) <= 200 else None
    if match is None:
        return None
    # "Earlier, Home Office Minister": the role is the last part before the name
    parts = [part.strip() for part in text[: match.start("name")].split(",") if part.strip()]
    return match["name"], parts[-1] if parts else None
