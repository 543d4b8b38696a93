"""Turn the plain text of a press statement into a draft briefing (format v1).

Headless: no Textual, no Whoosh. The CLI (``mhbrief import``) and the app's
"Import a source text…" screen both use this API::

    from mhbrief.importer import Draft, SourceError, import_source
    from mhbrief.writer import TargetExistsError, write_draft

    draft = import_source(Path("statement.txt"), collection=collection,
                          organisation=None, briefing_id=None)
    draft.data                # the TOML document (a dict, ready for tomli_w)
    draft.quotes              # tuple[model.Quote, ...]  for review
    draft.points              # tuple[model.Point, ...]  for review
    draft.summary             # str | None
    draft.warnings            # list[str]: what was guessed or is missing
    draft.suggested_filename  # "2018-11-13-title-slug.toml"
    path = write_draft(draft, briefings_dir, out=None, source_path=Path("statement.txt"))

``import_source`` takes a :class:`~pathlib.Path` (read as a file), ``bytes``
(raw file content) or ``str`` (the text itself). It raises :class:`SourceError`
with a message for the user when the source is empty, binary or not UTF-8;
nothing is written in that case. ``write_draft`` never overwrites a file and
copies the source next to the briefing (see :mod:`mhbrief.writer`).

What the importer does with the text:

- the first line that looks like a headline is the ``title``; later repeats of
  it are dropped; ``published`` comes from a Dutch or English date line
  ("Gepubliceerd op 13 november 2018", "November 13, 2018", "2018-11-13");
- ``language`` is ``nl`` or ``en`` by counting common words;
- a short line without a final full stop followed by a paragraph is a subheading:
  the ``context`` of the quotes under it;
- quoted passages (‘…’, “…”, "…", „…”, '…', «…») with an attribution before them
  ("CKM-woordvoerder Shamir Ceuleers: ‘…’") or after them ("“…”, zegt directeur
  Y.", "'…', says director Y") become quotes, without their quotation marks. A
  bare surname ("zegt Ceuleers") is resolved to the full name given earlier, and
  a speaker named without a role keeps the role of an earlier mention;
- the first remaining paragraph is the ``summary``, the others ``neutral``
  points, so nothing of the source is lost; site boilerplate ("Lees hier …",
  "Volg ons op", share and donate buttons) is left out;
- themes are suggested from the collection's themes when a theme's label, or
  two words of its description, occur in an item (words compared by a small
  Dutch/English stemmer);
- a required value that cannot be found becomes a ``"TODO: …"`` placeholder,
  which ``mhbrief validate`` flags until it is replaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from mhbrief import FORMAT_VERSION
from mhbrief.model import Collection, Point, Quote, Stance, Theme
from mhbrief.sanitize import sanitize_line, sanitize_text

#: Sources larger than this are refused: a press statement is a few kilobytes.
MAX_SOURCE_BYTES = 1024 * 1024

PLACEHOLDER_TITLE = "TODO: the headline of the statement"
PLACEHOLDER_DATE = "TODO: publication date as YYYY-MM-DD, without quotes"
PLACEHOLDER_ORGANISATION = "TODO: the organisation that published this statement"
PLACEHOLDER_SPEAKER = "TODO: who said this"


class SourceError(ValueError):
    """The source cannot be imported (empty, binary, not UTF-8, too large)."""


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

    @property
    def id(self) -> str:
        return str(self.data["id"])


# -- reading -------------------------------------------------------------------------


def read_source(source: Path | bytes | str) -> tuple[str, bytes, str | None]:
    """The source as clean text, its raw bytes and its file name (if any)."""
    name: str | None = None
    if isinstance(source, Path):
        name = source.name
        if source.exists() and not source.is_file():
            raise SourceError(f"{source} is not a regular file: give the path of a text file")
        try:
            with source.open("rb") as handle:
                raw = handle.read(MAX_SOURCE_BYTES + 1)
        except OSError as exc:
            raise SourceError(f"cannot read {source}: {exc.strerror or exc}") from exc
        what = str(source)
    elif isinstance(source, bytes):
        raw, what = source, "the source"
    else:
        raw, what = source.encode("utf-8"), "the source"
    return decode_source(raw, what), raw, name


def decode_source(raw: bytes, what: str = "the source") -> str:
    """UTF-8 bytes (BOM and CRLF allowed) to text, or a :class:`SourceError`."""
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"{what} is larger than {MAX_SOURCE_BYTES // 1024} KiB; "
            "a press statement is much smaller: is this the right file?"
        )
    if b"\x00" in raw:
        raise SourceError(
            f"{what} looks like a binary file, not text; "
            "copy the statement's text into a plain-text file (UTF-8) and import that"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"{what} is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}); "
            "save it as UTF-8 and import it again"
        ) from exc
    text = sanitize_text(text.removeprefix("\ufeff"))
    if not any(ch.isalpha() for ch in text):
        raise SourceError(f"{what} is empty: there is no text to import")
    controls = sum(1 for ch in text if unicodedata.category(ch) in ("Co", "Cn", "Cs"))
    if controls > max(4, len(text) // 100):
        raise SourceError(f"{what} looks like binary data, not the text of a statement")
    return text


# -- words -----------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

_NL_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "dat",
        "niet",
        "op",
        "voor",
        "met",
        "zijn",
        "wij",
        "ook",
        "naar",
        "bij",
        "om",
        "aan",
        "er",
        "maar",
        "dit",
        "die",
        "wordt",
        "worden",
        "heeft",
        "hebben",
        "nog",
        "te",
        "over",
        "door",
        "als",
        "wel",
        "zich",
        "onze",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "that",
        "is",
        "for",
        "with",
        "we",
        "not",
        "on",
        "are",
        "this",
        "our",
        "be",
        "by",
        "have",
        "has",
        "it",
        "as",
        "from",
        "which",
        "at",
        "will",
        "their",
        "been",
        "more",
        "but",
    ]
)


def fold(text: str) -> str:
    """Lowercase ASCII-ish form: accents removed (``financiële`` → ``financiele``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


_SUFFIXES = (
    "heden",
    "ingen",
    "ation",
    "ions",
    "ing",
    "ies",
    "ers",
    "ies",
    "en",
    "es",
    "er",
    "ed",
    "ly",
    "e",
    "s",
)
_DOUBLE_VOWEL = re.compile(r"(aa|ee|oo|uu)([^aeiou])$")


def stem(word: str) -> str:
    """A small suffix stemmer for Dutch and English (``digitale``/``digitaal`` → ``digital``)."""
    word = fold(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    word = _DOUBLE_VOWEL.sub(lambda m: m.group(1)[0] + m.group(2), word)
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]  # handel/handell, planning → plann → plan
    return word


def slugify(text: str, max_length: int = 60) -> str:
    """A lowercase ASCII slug, cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def detect_language(text: str) -> str:
    counts = Counter(words(text))
    dutch = sum(counts[w] for w in _NL_WORDS)
    english = sum(counts[w] for w in _EN_WORDS)
    return "en" if english > dutch else "nl"


# -- dates -----------------------------------------------------------------------------

_MONTHS = {
    **{
        name: number
        for number, names in enumerate(
            (
                ("januari", "january", "jan"),
                ("februari", "february", "feb"),
                ("maart", "march", "mrt", "mar"),
                ("april", "apr"),
                ("mei", "may"),
                ("juni", "june", "jun"),
                ("juli", "july", "jul"),
                ("augustus", "august", "aug"),
                ("september", "sept", "sep"),
                ("oktober", "october", "okt", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            start=1,
        )
        for name in names
    }
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_DATE_PREFIX = (
    r"(?:(?:gepubliceerd|geplaatst|published|posted|datum|date|persbericht|press release)"
    r"(?:\s+(?:op|on))?\s*[:\-–|]?\s*)?"
)
_TIME = r"(?:\s*(?:[,|\-–]|om|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h|am|pm))?)?"
#: "Den Haag, " before a date in a dateline.
_PLACE = r"(?:[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3},\s*)?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?\S*)?"
    rf"|(?P<d4>\d{{1,2}})[-/.](?P<m4>\d{{1,2}})[-/.](?P<y4>\d{{4}}))"
    rf"{_TIME}(?:\s*(?:CET|CEST|UTC|GMT))?"
)
_DATE_LINE = re.compile(rf"^{_DATE_PREFIX}{_PLACE}{_DATE}\s*[.\-–—]?$", re.IGNORECASE)
#: A paragraph that opens with its dateline: "Den Haag, 4 maart 2021 – Het kabinet …".
_DATELINE_START = re.compile(rf"^{_PLACE}{_DATE}\s*[-–—]\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _date_of(match: re.Match[str]) -> date | None:
    try:
        if match["y1"]:
            return date(int(match["y1"]), _MONTHS[match["m1"].lower()], int(match["d1"]))
        if match["y2"]:
            return date(int(match["y2"]), _MONTHS[match["m2"].lower()], int(match["d2"]))
        if match["y3"]:
            return date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        return date(int(match["y4"]), int(match["m4"]), int(match["d4"]))
    except ValueError:
        return None


def parse_date_line(line: str) -> date | None:
    """The date of a line that is only a (prefixed) date, else ``None``.

    Numeric dates are read day first, as Dutch and British statements write them.
    """
    match = _DATE_LINE.match(line.strip())
    return _date_of(match) if match else None


def split_dateline(line: str) -> tuple[date, str] | None:
    """``(date, rest)`` for a paragraph opening with "Place, date – ", else ``None``."""
    match = _DATELINE_START.match(line.strip())
    when = _date_of(match) if match else None
    return (when, match["rest"]) if match and when else None


# -- boilerplate -----------------------------------------------------------------------

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|instagram|youtube|bluesky|e-?mail|print|mail)"
#: Whole lines of site furniture: buttons, share bars, link texts. Each pattern
#: must match the entire line, and open-ended ones only a short line, so that a
#: headline like "Geef nu slachtoffers een stem" or prose starting "Volg ons
#: advies" stays in the draft.
_BOILERPLATE = re.compile(
    r"^(?:"
    r"(?:lees|bekijk|download) (?:hier|meer|ook|verder)\b.*|read (?:more|here|the full|also)\b.*|"
    r"volg ons(?: op\b.*)?|follow us(?: on\b.*)?|onderdeel van:?|part of:?|"
    r"wij worden gesteund door:?|we are supported by:?|supported by:?|met steun van:?|"
    r"steun ?ons(?: werk)?|support us|support our work|"
    r"(?:doneer|donate|geef)(?: nu| now| direct| online)?(?: €\s?\d+)?|"
    r"word (?:donateur|vriend)(?: van \S+)?|"
    r"deel (?:dit|deze) (?:bericht|artikel|pagina|nieuwsbericht)|deel (?:op|via) \S+|delen:?|"
    r"share(?: this(?: article| page| post)?| on \S+| via \S+)?:?|tweet|"
    r"kopieer (?:de )?link|copy link|"
    rf"{_SOCIAL}(?:\s*[|/·,]?\s*{_SOCIAL})*|"
    r"terug naar (?:boven|het overzicht|overzicht|nieuws|home|de homepage)|"
    r"back to (?:top|overview|news|home)|"
    r"naar (?:boven|het overzicht)|"
    r"(?:schrijf je in|meld je aan|aanmelden|subscribe|sign up)\b.*|nieuwsbrief|newsletter|"
    r"gerelateerde (?:berichten|artikelen|nieuws)|meer nieuws|"
    r"related (?:articles|posts|news)|more news|"
    r"persbericht|press release|nieuws(?:bericht)?|news|"
    r"home(?:\s*[›>»/|]\s*[^›>»/|]+)+|"
    r"cookies?\b.*|deze website gebruikt cookies.*|tags?:.*|categorie(?:ën)?:.*"
    r")$",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    return len(line) <= 80 and _BOILERPLATE.match(line.strip().rstrip(" .!»>›→")) is not None


# -- quotes and speakers ---------------------------------------------------------------

_QUOTE = re.compile(
    r"(?<![\w])‘(?P<a>.+?)’(?![\w])"
    r"|“(?P<b>.+?)”"
    r"|„(?P<c>.+?)[”“]"
    r"|(?<![\w])\"(?P<d>.+?)\"(?![\w])"
    r"|(?<![\w])'(?P<e>.+?)'(?![\w])"
    r"|«\s?(?P<f>.+?)\s?»"
)
_SAY = (
    r"(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|"
    r"legt\s+\S+\s+uit|vult\s+aan|vulde\s+aan|voegt\s+(?:daar\s+|er\s+)?aan\s+toe|"
    r"reageert|waarschuwt|concludeert|says|said|adds|added|explains|explained|warns|warned|"
    r"continues|continued|according to|volgens)"
)
#: Titles whose full stop does not end the attribution: "aldus prof. dr. Anna Smit".
_TITLES = frozenset(
    ["prof.", "dr.", "drs.", "mr.", "mrs.", "ms.", "ir.", "ing.", "dhr.", "mevr.", "ds."]
)
_TITLE = rf"(?:{'|'.join(title.removesuffix('.') for title in sorted(_TITLES))})\.(?=\s)"
_WHO = rf"(?:{_TITLE}|’t\b|[^.!?;“”„\"‘’«»])"
_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:zo\s+)?{_SAY}\s+(?P<who>{_WHO}+?)\s*(?:[.!?;]|$)", re.IGNORECASE
)
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*,?\s*(?P<who>(?-i:[A-Z]){_WHO}*?)\s+{_SAY}\s*(?:[.!?;,]|$)", re.IGNORECASE
)
_LEADING_SOURCE = re.compile(r"^(?:according to|volgens)\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\((?P<inner>[^()]+)\)")
#: "directeur Pieter van den Berg van Stichting Vrij Werk": the organisation after the name.
_ORG_TAIL = re.compile(
    r"^(?P<head>.*\S)\s+(?P<prep>van|bij|of|at)\s+"
    r"(?P<org>(?:het\s+|de\s+|the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)$"
)
#: A quotation opened and not closed before the end of its paragraph.
_UNCLOSED = re.compile(r"(?<![\w])[“‘„«]\s*(?P<inner>[^“”‘’„«»\"]{12,})$")
_CLOSING = re.compile(r"[”’»\"]\s*$")
_SAY_WORD = re.compile(rf"\s+{_SAY}\b.*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\n]+")  # not at a no-break space
_ROLE_STEMS = (
    "woordvoerder",
    "woordvoerster",
    "directeur",
    "directrice",
    "voorzitter",
    "coordinator",
    "bestuurder",
    "oprichter",
    "onderzoeker",
    "adviseur",
    "medewerker",
    "deskundige",
    "advocaat",
    "manager",
    "minister",
    "staatssecretaris",
    "hoofd",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chair",
    "chairman",
    "chairwoman",
    "founder",
    "researcher",
    "advisor",
    "adviser",
    "officer",
    "lawyer",
    "expert",
    "head",
    "president",
    "ceo",
    "campaigner",
    "secretary",
)
_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "'t",
        "von",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "van't",
        "’t",
        "van’t",
        "in",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
        "op",
    ]
)
_ARTICLES = frozenset(["de", "het", "the", "our", "onze", "ons", "a", "an", "een"])


def _is_role_word(token: str) -> bool:
    last = fold(token).rsplit("-", 1)[-1].strip(",")
    return any(last.endswith(stem) for stem in _ROLE_STEMS)


@dataclass
class Person:
    name: str | None
    role: str | None


def parse_person(text: str) -> Person:
    """Speaker and role from an attribution like ``CKM-woordvoerder Shamir Ceuleers``."""
    text = _LEADING_SOURCE.sub("", _SPACE.sub(" ", text).strip(" ,:;-–"))
    bracketed = _PARENTHESES.search(text)
    if bracketed and "," not in text:  # "Kees de Jong (directeur)"
        person = parse_person(text[: bracketed.start()] + text[bracketed.end() :])
        if person.name and not person.role:
            return Person(person.name, bracketed["inner"].strip())
    if "," not in text and (org_tail := _ORG_TAIL.match(text)):
        org = org_tail["org"].split()
        head = parse_person(org_tail["head"])
        capitals = sum(1 for word in org if word[0].isupper())
        if (
            head.name
            and head.role
            and len(head.name.split()) >= 2
            and (capitals >= 2 or (len(org) == 1 and org[0].isupper() and len(org[0]) > 1))
        ):
            return Person(head.name, f"{head.role} {org_tail['prep']} {org_tail['org']}")
    if "," in text:
        first, rest = (part.strip() for part in text.split(",", 1))
        head, tail = parse_person(first), parse_person(rest)
        if head.name and not head.role:
            return Person(head.name, rest or None)
        if tail.name and not tail.role and head.role and not head.name:
            return Person(tail.name, first)
        text = first
    tokens = text.split()
    # The name: the capitalised words (with particles inside) that end the attribution;
    # "Er is één ding dat we willen zeggen" names nobody.
    end = len(tokens)
    start = end
    while start > 0:
        token = tokens[start - 1]
        if (
            (_capitalised(token) and not _is_role_word(token))
            or (token.lower() in _PARTICLES and start - 1 > 0 and start < end)
            or (token.lower() in _TITLES and start < end)
        ):
            start -= 1
        else:
            break
    while start < end and tokens[start] in _PARTICLES:  # "de Vries" but not "De Vries"
        start += 1
    name = " ".join(tokens[start:end]) or None
    role_tokens = tokens[:start]
    while role_tokens and role_tokens[0].lower() in _ARTICLES:
        role_tokens = role_tokens[1:]
    role = " ".join(role_tokens) or None
    if role and not any(_is_role_word(t) for t in role_tokens):
        # "Daarover" or "Ook" before a name is not a role.
        role = None if len(role_tokens) == 1 else role
    if role and role[0].isupper() and role[1:2].islower() and _is_role_word(role_tokens[0]):
        role = role[0].lower() + role[1:]  # sentence-initial "Woordvoerder"
    if name and len(name.split()) > 5:
        name = None
    return Person(name, role)


def _capitalised(token: str) -> bool:
    return (bool(token) and token[0].isupper() and not token.isupper()) or (
        len(token) > 1 and token[0].isupper() and token[1:2] in (".", "'")
    )


@dataclass
class _Speakers:
    """Speakers named so far: a later bare surname resolves to the full name."""

    roles: dict[str, str | None] = field(default_factory=dict)

    def resolve(self, person: Person) -> tuple[str | None, str | None, list[str]]:
        notes: list[str] = []
        name, role = person.name, person.role
        if name is None and role:  # "aldus de woordvoerder": the one named with that role
            folded = fold(role)
            matching = [k for k, r in self.roles.items() if r and fold(r).endswith(folded)]
            if len(matching) == 1:
                name, role = matching[0], self.roles[matching[0]]
                notes.append(f"'{person.role}' taken to be {name}, named earlier")
                return name, role, notes
        if name is None:
            return None, role, notes
        if name not in self.roles:
            for known in self.roles:
                if known != name and fold(known).endswith(" " + fold(name)):
                    notes.append(f"'{name}' taken to be {known}, named earlier")
                    name = known
                    break
        if role is None and self.roles.get(name):
            role = self.roles[name]
            notes.append(f"role '{role}' taken from an earlier mention of {name}")
        if name not in self.roles or not self.roles[name]:
            self.roles[name] = role
        return name, role, notes


# -- structure -------------------------------------------------------------------------


@dataclass
class _Paragraph:
    text: str
    context: str | None


def _is_heading_like(line: str) -> bool:
    return (
        len(line) <= 80
        and len(line.split()) <= 10
        and line[-1] not in ".,;:!?…’”\"'"
        and (line[0].isupper() or line[0].isdigit())
        and line[0] not in "‘“„\"'«"
        and not _NOT_IN_HEADING.search(line)
    )


# A quotation mark or a sentence break inside: the start of a hard-wrapped paragraph.
_NOT_IN_HEADING = re.compile(r"[‘“„\"«]|[.!?:;]\s")


def _clean_lines(text: str) -> list[str]:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    return [_SPACE.sub(" ", line).strip() for line in text.split("\n")]


def _paragraphs(lines: list[str | None]) -> list[_Paragraph]:
    """Group lines (``None`` for blank lines) into paragraphs under their subheadings."""
    entries = [(i, line) for i, line in enumerate(lines) if line]
    paragraphs: list[_Paragraph] = []
    context: str | None = None
    current: list[str] = []
    previous: int | None = None

    def flush() -> None:
        if current:
            paragraphs.append(_Paragraph(" ".join(current), context))
            current.clear()

    for position, (index, line) in enumerate(entries):
        following = entries[position + 1][1] if position + 1 < len(entries) else None
        if (
            _is_heading_like(line)
            and following is not None
            and not _is_heading_like(following)
            and not following[0].islower()  # a wrapped line goes on in lowercase
        ):
            flush()
            context = line
            previous = None
            continue
        adjacent = previous is not None and previous == index - 1
        if not adjacent or (current and len(current[-1]) > 100):
            flush()
        current.append(line)
        previous = index
    flush()
    return paragraphs


# -- the draft -------------------------------------------------------------------------


@dataclass
class _Found:
    quotes: list[dict[str, Any]] = field(default_factory=list)
    rests: list[_Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, inner text)`` of each quotation, and of one left open at the end.

    English quotes running over paragraphs leave the first one open:
    ``Jane Doe said: “The plan is weak.`` then ``“We call on …”``.
    """
    spans = [
        (m.start(), m.end(), next(g for g in m.groups() if g is not None))
        for m in _QUOTE.finditer(text)
    ]
    tail_start = spans[-1][1] if spans else 0
    unclosed = _UNCLOSED.search(text, tail_start)
    if unclosed:
        spans.append((unclosed.start(), len(text), unclosed["inner"]))
    return spans


def _extract(paragraphs: list[_Paragraph]) -> _Found:
    found = _Found()
    speakers = _Speakers()
    # The speaker of a quote left open at the end of the paragraph before.
    continued: tuple[str | None, str | None] | None = None
    for paragraph in paragraphs:
        text = paragraph.text
        kept: list[str] = []
        cursor = 0
        last_speaker: tuple[str | None, str | None] | None = None
        spans = _spans(text)
        carried, continued = continued, None
        for number, (start, end, inner) in enumerate(spans):
            quote_text = _SPACE.sub(" ", inner).strip().removesuffix(",").strip()
            before = text[cursor:start]
            next_start = spans[number + 1][0] if number + 1 < len(spans) else len(text)
            after = text[end:next_start]
            person, before_kept, after_used = _attribution(before, after)
            if person is None and not (number == 0 and found.quotes and not before.strip()):
                prev = paragraphs.index(paragraph)
                if prev > 0 and number == 0 and not before.strip():
                    tail = paragraphs[prev - 1].text
                    if tail.endswith(":"):
                        lead = _SENTENCE_END.split(tail)[-1]
                        person = parse_person(_SAY_WORD.sub("", lead.removesuffix(":")))
            goes_on = carried is not None and person is None and number == 0 and not before.strip()
            if person is None and not goes_on and len(quote_text.split()) < 4:
                continue  # a word in quotation marks, not a quote
            kept.append(before_kept)
            cursor = end + after_used
            ident = f"quote-{len(found.quotes) + 1}"
            if person is not None and (person.name or (person.role and last_speaker is None)):
                name, role, notes = speakers.resolve(person)
            elif goes_on and carried is not None:
                name, role = carried
                notes = ["speaker carried over: the quote goes on from the paragraph before"]
            elif last_speaker is not None:
                name, role = last_speaker
                notes = ["speaker carried over from the quote before it in the same paragraph"]
            else:
                name, role, notes = None, person.role if person else None, []
            found.notes += [f"{ident}: {note}" for note in notes]
            if name is None:
                found.notes.append(f"{ident}: no speaker found; fill in 'speaker'")
            last_speaker = (name, role)
            entry: dict[str, Any] = {"id": ident, "speaker": name or PLACEHOLDER_SPEAKER}
            if role:
                entry["role"] = role
            if paragraph.context:
                entry["context"] = paragraph.context
            entry["text"] = quote_text
            found.quotes.append(entry)
            if end == len(text) and not _CLOSING.search(text[start:]) and name:
                continued = (name, role)
        kept.append(text[cursor:])
        rest = _SPACE.sub(" ", " ".join(part.strip() for part in kept)).strip()
        if len(_WORD.findall(rest)) >= 3:
            found.rests.append(_Paragraph(rest, paragraph.context))
    return found


def _attribution(before: str, after: str) -> tuple[Person | None, str, int]:
    """The person a quote is attributed to, the text before it to keep, and how much
    of the text after it the attribution used."""
    stripped = before.rstrip()
    if stripped.endswith(":"):
        # "Directeur mr. Pieter de Groot:" is one sentence: a title's full stop is
        # followed by a no-break space (same length) before splitting.
        guarded = re.sub(rf"(?i)\b{_TITLE} ", lambda m: m[0][:-1] + "\u00a0", stripped)
        sentences = _SENTENCE_END.split(guarded)
        lead = sentences[-1].removesuffix(":")
        lead = (
            _SAY_WORD.sub("", lead)
            if not lead.lower().startswith(("volgens", "according"))
            else lead
        )
        if len(lead.split()) <= 12:
            person = parse_person(lead)
            if person.name or person.role:
                kept = stripped[: len(stripped) - len(sentences[-1])]
                return person, kept, 0
    for pattern in (_AFTER, _AFTER_NAME_FIRST):
        match = pattern.match(after)
        if match and len(match["who"].split()) <= 12:
            person = parse_person(match["who"])
            if person.name or (pattern is _AFTER and person.role):
                return person, before, match.end()
    return None, before, 0


def _organisation(text: str) -> tuple[str, str] | None:
    """The organisation named with its abbreviation: ``Centrum tegen … (CKM)``."""
    pattern = re.compile(
        r"((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|en|tegen|van|voor|de|het|of|for|and|the|"
        r"against|on|in))*)\s+\(([A-Z]{2,8})\)"
    )
    candidates: list[tuple[int, str, str]] = []
    for match in pattern.finditer(text):
        tokens, abbr = match[1].split(), match[2]
        for start in range(len(tokens)):
            part = tokens[start:]
            initials = "".join(t[0] for t in part if t[0].isupper())
            # "Anti-Slavery Network (ASN)": each part of a hyphenated word counts too.
            hyphened = "".join(w[0] for t in part for w in t.split("-") if w[:1].isupper())
            if abbr in (initials, hyphened) and part[0][0].isupper():
                mentions = len(re.findall(rf"\b{abbr}\b", text))
                candidates.append((mentions, " ".join(part), abbr))
                break
    if not candidates:
        return None
    _, name, abbr = max(candidates, key=lambda c: c[0])
    return name, abbr


_FUNCTION_STEMS = frozenset(
    stem(w)
    for w in [
        "daarvan",
        "daarbij",
        "daarom",
        "onder",
        "meer",
        "andere",
        "zoals",
        "tussen",
        "tegen",
        "onder",
        "over",
        "door",
        "hierbij",
        "waarbij",
        "worden",
        "wordt",
        "hebben",
        "zijn",
        "naast",
        "vooral",
        "alleen",
        "ook",
        "nog",
        "about",
        "their",
        "which",
        "these",
        "those",
        "other",
        "under",
        "between",
        "against",
        "through",
    ]
)


def _theme_terms(theme: Theme) -> tuple[set[str], set[str]]:
    label = {stem(w) for w in words(theme.label) if len(w) >= 4}
    description = {stem(w) for w in words(theme.description) if len(w) >= 5} - label
    return label, description


def suggest_themes(text: str, themes: Mapping[str, Theme]) -> list[str]:
    """Theme ids whose label (or two description words) occur in ``text``."""
    stems = {stem(w) for w in words(text) if len(w) >= 4}

    def present(term: str) -> bool:
        return term in stems or (
            len(term) >= 6 and any(s.startswith(term) or s.endswith(term) for s in stems)
        )

    terms = {theme_id: _theme_terms(theme) for theme_id, theme in themes.items()}
    # A description word that several themes share ("aanpak", "uitbuiting") or
    # that is a function word says nothing about which theme a text is about.
    spread = Counter(term for label, description in terms.values() for term in label | description)
    common = {term for term, count in spread.items() if count > 1} | _FUNCTION_STEMS
    scored: list[tuple[int, str]] = []
    for theme_id, (label, description) in terms.items():
        hits = sum(1 for term in description - common if present(term))
        if label and all(present(term) for term in label):
            scored.append((10 + hits, theme_id))
        elif hits >= 2:
            scored.append((hits, theme_id))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [theme_id for _, theme_id in scored[:3]]


def _unique_id(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def import_source(
    path_or_text: Path | bytes | str,
    *,
    collection: Collection | None = None,
    organisation: str | None = None,
    briefing_id: str | None = None,
) -> Draft:
    """Draft a briefing from a statement's text. Raises :class:`SourceError`."""
    text, raw, source_name = read_source(path_or_text)
    notes: list[str] = []
    lines = _clean_lines(text)

    title: str | None = None
    published: date | None = None
    dropped: list[str] = []
    kept: list[str | None] = []
    for line in lines:
        if not line:
            kept.append(None)
            continue
        if is_boilerplate(line):
            dropped.append(line)
            kept.append(None)
            continue
        when = parse_date_line(line)
        if when is not None and published is None:
            published = when
            kept.append(None)
            continue
        opening = split_dateline(line) if published is None else None
        if opening is not None:
            published, line = opening
            notes.append(f"date taken from the dateline: {published.isoformat()}")
        if title is None and when is None:
            if len(line) <= 150 and not (line.endswith(".") and len(line.split()) > 12):
                title = line.rstrip(".")
                kept.append(None)
                continue
            title = ""  # the text starts with a paragraph: no headline
        if title and fold(line.rstrip(".")) == fold(title):
            kept.append(None)  # the headline repeated below the date
            continue
        kept.append(line)
    paragraphs = _paragraphs(kept)
    found = _extract(paragraphs)

    language = detect_language(text)
    organisation_short: str | None = None
    named = _organisation(" ".join(line for line in lines if line))
    if organisation:
        organisation = sanitize_line(organisation)
        if named and fold(named[0]) == fold(organisation):
            organisation_short = named[1]
    elif named:
        organisation, organisation_short = named
        notes.append(f"organisation '{organisation}' ({organisation_short}) found in the text")
    if not title:
        notes.append("no headline found; fill in 'title'")
    if published is None:
        notes.append("no date line found; fill in 'published' (YYYY-MM-DD)")
    if not organisation:
        notes.append("no organisation found; fill in 'organisation' or pass --organisation")
    notes.append(f"language detected: {language}")
    notes.append('source_type set to "press-statement"; change it if the source is another kind')

    themes: Mapping[str, Theme] = collection.themes if collection else {}
    summary: str | None = None
    rests = list(found.rests)
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
    for item in (*found.quotes, *points):
        item["themes"] = suggest_themes(item["text"], themes)
        item["sections"] = []
    if themes and any(item["themes"] for item in (*found.quotes, *points)):
        notes.append("themes suggested from the collection's themes; check them")

    fallback = slugify(Path(source_name).stem) if source_name else ""
    slug = slugify(title or "") or fallback or "import"
    short_slug = slugify(title or "", 40) or fallback or "import"
    taken = set(collection.briefings) | set(collection.plans) if collection else set()
    if briefing_id is not None and briefing_id in taken:
        raise SourceError(
            f"the id '{briefing_id}' is already used in the collection; "
            f"choose another with --id (for example '{_unique_id(briefing_id, taken)}')"
        )
    if briefing_id is None:
        parts = [
            slugify(organisation_short or ""),
            published.isoformat() if published else "",
            short_slug,
        ]
        briefing_id = _unique_id("-".join(p for p in parts if p), taken)
    responds_to = []
    if collection:
        folded = fold(text)
        responds_to = sorted(
            plan.id for plan in collection.plans.values() if fold(plan.title) in folded
        )
    url = next((w for w in text.split() if re.match(r"https?://\S+\.\S+", w)), None)

    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "kind": "briefing",
        "id": briefing_id,
        "title": title or PLACEHOLDER_TITLE,
        "published": published or PLACEHOLDER_DATE,
        "language": language,
        "organisation": organisation or PLACEHOLDER_ORGANISATION,
    }
    if organisation_short:
        data["organisation_short"] = organisation_short
    data["source_type"] = "press-statement"
    if url:
        data["url"] = url.rstrip(".,;)")
    if summary:
        data["summary"] = summary
    if responds_to:
        data["responds_to"] = responds_to
    data["quotes"] = found.quotes
    data["points"] = points
    if dropped:
        notes.append(f"left out {len(dropped)} line(s) of site boilerplate: " + "; ".join(dropped))
    if not found.quotes:
        notes.append("no quotes found: the statement's paragraphs are points")

    filename = f"{published.isoformat()}-{slug}.toml" if published else f"{slug}.toml"
    return Draft(
        data=data,
        quotes=tuple(_quote(briefing_id, q) for q in found.quotes),
        points=tuple(_point(briefing_id, p) for p in points),
        summary=summary,
        warnings=[*notes, *found.notes],
        suggested_filename=filename,
        source=raw,
        source_name=source_name,
        dropped=tuple(dropped),
    )


def _quote(briefing_id: str, entry: Mapping[str, Any]) -> Quote:
    return Quote(
        entry["id"],
        briefing_id,
        entry["speaker"],
        entry["text"],
        entry.get("role"),
        entry.get("context"),
        tuple(entry["themes"]),
        (),
    )


def _point(briefing_id: str, entry: Mapping[str, Any]) -> Point:
    return Point(
        entry["id"], briefing_id, Stance(entry["stance"]), entry["text"], tuple(entry["themes"])
    )
