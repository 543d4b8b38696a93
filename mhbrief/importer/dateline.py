"""Dates: a line that is only a date, or a paragraph that opens with its dateline."""

from __future__ import annotations

import re
from datetime import date

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
    },
    # French, as a Belgian or Luxembourg page stamps its items: "le dimanche 02 décembre"
    **{
        name: number
        for number, names in enumerate(
            (
                ("janvier",),
                ("février", "fevrier"),
                ("mars",),
                ("avril",),
                ("mai",),
                ("juin",),
                ("juillet",),
                ("août", "aout"),
                ("septembre",),
                ("octobre",),
                ("novembre",),
                ("décembre", "decembre"),
            ),
            start=1,
        )
        for name in names
    },
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"(?:ma|di|wo|do|vr|za|zo|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
)
_DATE_PREFIX = (
    r"(?:(?:(?:and|en)\s+)?(?:(?:artikel|article|bericht|date)\s+)?(?:gepubliceerd|geplaatst|published|posted|datum|date|"
    r"persbericht|press release|nieuwsbericht|nieuws|news item|news|"
    # "For Release: July 30, 2014", "For immediate release - 3 May 2021"
    r"for release|for immediate release|release date|"
    r"bijgewerkt|laatst bijgewerkt|gewijzigd|laatst gewijzigd|geüpdatet|laatste update|update|"
    r"updated|last updated|modified)"
    r"(?:\s+(?:op|on|at|om))?\s*[:\-–|]?\s*"
    # a time before the date: "Posted at 10:50 AM, Feb 16, 2023"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|uur|u)?,?\s+)?)?"
)
#: "(11:41)": a page's stamp may bracket the time.
_TIME = (
    r"(?:\s*(?:[,|\-–]|om|at)?\s*"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h|am|pm))?|\(\d{1,2}[:.]\d{2}\)))?"
)
#: "Den Haag, " or "GENEVA / NEW YORK, " before a date in a dateline.
_PLACE = (
    r"(?:[^\W\d_][^\W\d_'’.-]*(?:(?:\s*/\s*|[ '’.-]+)[^\W\d_]+){0,3}"
    r"(?:\s*\([^\W\d_][^()]{1,30}\))?,\s*)"
    r"{0,2}"
)
_DATE = (
    rf"(?:(?i:le)\s+(?={_WEEKDAY}|\d))?(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?\S*)?"
    rf"|(?P<d4>\d{{1,2}})[-/.](?P<m4>\d{{1,2}})[-/.](?P<y4>\d{{4}}|\d{{2}}(?!\d)))"
    rf"{_TIME}(?:\s*(?:CET|CEST|UTC|GMT))?"
)
#: The author before the date: "Jan Smit 12-03-24, 14:05", "Door Anna Bos | 3 mei 2024",
#: initials "TMP – 22/08/2018".
#: "Door ANP - 6-10-2016", "Door de nieuwsredactie ∑ geplaatst: …", "Source: Thomson
#: Reuters Foundation - Wed, 5 Dec 2012".
_AUTHOR = (
    r"(?:(?:(?:(?i:door|by|source:|bron:)\s+)?(?-i:[A-Z][\w'’-]+)"
    r"(?:\s+(?:(?-i:[A-Z][\w'’-]+)|van|de|der|den|ter|ten)){1,4}"
    r"|(?:(?i:door|by)\s+)?(?-i:[A-Z]{2,5})"
    r"|(?i:door|by)\s+(?:de|het|the|onze?|our)\s+[\w-]{3,30}"
    # an agency's desk and the paper it wrote for: "Harbour News Desk The Daily Post, 18 Oct, 2016"
    r"|(?-i:[A-Z][\w'’-]+\s+){0,3}(?i:news\s?desk|newsroom|nieuwsredactie)"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,4}"
    # a blog's account name in lowercase: "Published by rudy Date posted on May 29, 2019"
    r"|(?i:published|posted|geplaatst)\s+(?i:by|door)\s+[\w.-]{2,30})\s*[|·,–∑•-]?\s+)?"
)
#: A time alone before the date: "15:21 13/10/2022", "09.30 uur - 4 mei 2024".
_STAMP_TIME = r"(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|uur|u)?\s*[,|\-–]?\s+)?"
#: An update after the date: "(Update 6-10-2016, 11:01)", "| update: 17:22 uur".
_UPDATE = (
    r"(?:\s*(?:\(|\|)\s*(?:update|updated|bijgewerkt|laatst bijgewerkt|gewijzigd)\s*:?\s*"
    r"[\w :.,/-]{1,40}\)?)?"
)
_DATE_LINE = re.compile(
    # a page's meta list of lines with a dash or bullet: "- Artikel", "- 16 nov 2023"
    # a time before it, as a page's stamp: "15:21 13/10/2022", "09.30 uur - 4 mei 2024"
    rf"^(?:[-•]\s+)?{_STAMP_TIME}{_DATE_PREFIX}(?:{_AUTHOR}|{_PLACE}){_DATE_PREFIX}{_DATE}{_UPDATE}"
    r"\s*[.\-–—]?"
    # a section label after it: "By News Desk | Published: 12th September 2017 News Updates",
    # "… 13:30 Communiqués de presse" (a capitalised word, "de"/"van"/"of" and a word)
    r"(?:\s*[|·]?\s+(?-i:[A-Z][\w&-]{1,30})(?:\s+(?-i:[A-Z][\w&-]{1,30})){0,2}"
    r"(?:\s+(?-i:de|du|des|van|voor|of|for)\s+[\w-]{2,30})?)?"
    # the place of the dateline in capitals after a dash: "… 11:46 pm IST - NEW DELHI:"
    r"(?:\s+[-–—]\s+(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})\s*:?)?"
    # a magazine's section and writer: "Published: 3 May 2019 in Health Text: Ann Lee"
    r"(?:\s+(?:in|under|onder)\s+(?-i:[A-Z][\w&-]{1,30})(?:\s+(?-i:[A-Z][\w&-]{1,30})){0,2}?"
    r"\s*[|·]?\s*(?:tekst|text|words|door|by)\s*:\s*(?-i:[A-Z][\w'’.-]+)"
    r"(?:\s+(?:(?-i:[A-Z][\w'’-]+)|van|de|der|den)){0,4})?$",
    re.IGNORECASE,
)
#: A paragraph that opens with its dateline: "Den Haag, 4 maart 2021 – Het kabinet …".
#: A wire's tag may stand between the date and the dash: "X, Jan. 3, 2022 /PRNewswire/ --".
_DATELINE_START = re.compile(
    rf"^{_PLACE}{_DATE}(?:\s+/[A-Za-z][\w -]{{1,30}}/)?\s*[-–—]{{1,2}}\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: The date in brackets after the place: "HARBOUR CITY (May 3, 2021) – The council …".
_BRACKETED_DATELINE = re.compile(
    rf"^[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){{0,3}}\s*\(\s*{_DATE}\s*\)\s*[-–—]{{1,2}}\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str]) -> date | None:
    try:
        if match["y1"]:
            return date(int(match["y1"]), _MONTHS[match["m1"].lower()], int(match["d1"]))
        if match["y2"]:
            return date(int(match["y2"]), _MONTHS[match["m2"].lower()], int(match["d2"]))
        if match["y3"]:
            return date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        year = int(match["y4"])  # "18-10-17": a two-digit year is this century's
        return date(year + 2000 if year < 100 else year, int(match["m4"]), int(match["d4"]))
    except ValueError:
        return None


def parse_date_line(line: str) -> date | None:
    """The date of a line that is only a (prefixed) date, else ``None``.

    Numeric dates are read day first, as Dutch and British statements write them.
    """
    line = _READING_TIME.sub("", line)  # "X 30-09-2024 - 3 minuten leestijd": the page's
    if glued := _GLUED_KICKER.match(line.strip()):  # "3 mei 2007Oproep aan de Kamer:"
        line = glued["date"]
    match = _DATE_LINE.match(line.strip())
    if match is None and len(line) <= 200 and _META_SEPARATOR.search(line):
        return _meta_bar_date(line)
    return _date_of(match) if match else None


#: A date alone on its line has at most this many words ("Friday, 29th September 2023").
_BARE_DATE_WORDS = 8


def bare_date(line: str) -> bool:
    """A short line that is a date and nothing else (no kicker glued on with a colon):
    printed a second time, it is the page's, with no headline found above it."""
    stripped = line.strip()
    return (
        len(stripped.split()) <= _BARE_DATE_WORDS
        and not stripped.endswith(":")
        and parse_date_line(stripped) is not None
    )


#: A date run into the kicker over a headline when copied, the kicker ending in a colon:
#: "3 oktober 2007Oproep aan de Kamer:", "May 4, 2021Statement:". The date is the line's.
_GLUED_KICKER = re.compile(
    r"^(?P<date>(?:\d{1,2}\s+[^\W\d_]{3,10}\.?\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}))"
    r"(?=[A-Z‘“'\"])[^.!?\n]{2,100}:$"
)
#: A reading time after a dash or a dot ending a byline's date: " - 3 minuten leestijd",
#: " · 5 min read".
_READING_TIME = re.compile(
    r"(?i)\s+[-–—|·•]\s+\d{1,3}\s*(?:minuten|minutes|min\.?|m)\s*(?:leestijd|lezen|read)\s*$"
)


#: The separators of a page's meta bar: "Categories: X | Published: 20/09/2018 | Views: 3",
#: or of a breadcrumb ending in its date: "News / 29th April 2019".
_META_SEPARATOR = re.compile(r"\s[|·•/]\s")


def _meta_bar_date(line: str) -> date | None:
    """The one date of a page's meta bar of short labelled parts ("Categories: Articles |
    Published: 20/09/2018 | Views: 329"), when only one part is a date."""
    parts = [part.strip() for part in _META_SEPARATOR.split(line)]
    if len(parts) > 5 or any(len(part.split()) > 6 for part in parts):
        return None
    dates = [m for part in parts if (m := _DATE_LINE.match(part))]
    if len(dates) > 1:  # "Posted: May 3, 2021 | Last Updated: May 4, 2021": the first
        dates = [m for m in dates if not _UPDATED_PART.match(m[0])]
    return _date_of(dates[0]) if len(dates) == 1 else None


#: A meta bar's part that gives when the page was changed, not when it was posted.
_UPDATED_PART = re.compile(
    r"^(?:last\s+)?(?:updated|modified|bijgewerkt|gewijzigd|laatst\s+bijgewerkt|laatste\s+update)\b",
    re.IGNORECASE,
)


def split_dateline(line: str) -> tuple[date, str] | None:
    """``(date, rest)`` for a paragraph opening with "Place, date – ", else ``None``."""
    match = _DATELINE_START.match(line.strip()) or _BRACKETED_DATELINE.match(line.strip())
    when = _date_of(match) if match else None
    return (when, match["rest"]) if match and when else None


#: News agencies named in a dateline: "DEN HAAG (ANP) - ".
AGENCIES = ("ANP", "AP", "AFP", "Reuters", "Belga", "DPA", "PA", "EFE", "Novum", "Bloomberg")
_AGENCY = "|".join(AGENCIES)
#: A dateline without a date, at the start of the first paragraph: "ENSCHEDE - ",
#: "DEN HAAG (ANP) - ", "EDINBURGH – ".
_PLACE_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’.-]{{2,}}(?:\s+[A-Z][A-Z'’.-]+){{0,4}})"
    rf"(?:\s*\((?P<agency>(?i:{_AGENCY}))\))?\s*[-–—]\s+(?P<rest>[A-Z0-9“‘„\"«].*)$"
)


def split_place_dateline(line: str) -> tuple[str | None, str] | None:
    """``(agency or None, rest)`` for a paragraph opening "PLACE (AGENCY) – ", else ``None``."""
    match = _PLACE_DATELINE.match(line.strip())
    if match is None:
        return None
    agency = match["agency"]
    if agency:
        agency = next(a for a in AGENCIES if a.lower() == agency.lower())
    return agency, match["rest"]


#: A place's label run into the first word of the text when copied ("AmsterdamDe raad
#: besloot …"): a capitalised name, then with no space an article or preposition that
#: opens the sentence.
_GLUED_PLACE = re.compile(
    r"^(?P<place>[A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]+){0,2})"
    # ("LinkedIn is …" is no place: "In", "On", "At" may end a name's own capitals)
    r"(?P<rest>(?:De|Het|Een|Bij|Volgens|Tijdens|The|A|An|After|During|According)\s.{20,})$",
    re.DOTALL,
)


def split_glued_place(line: str) -> tuple[str, str] | None:
    """``(place, text)`` of a first paragraph whose place label is glued to its first
    word ("UtrechtDe …" is "Utrecht" and "De …"), else ``None``."""
    match = _GLUED_PLACE.match(line)
    return (match["place"], match["rest"]) if match else None


#: The desk that wrote the item, run into its first sentence: "Galway Bay fm newsroom –
#: Searches have …", "Redactie Stadsnieuws - De raad …".
_NEWS_DESK = re.compile(
    r"^(?P<desk>(?:[A-Z][\w.&'’-]*\s+){0,4}(?:\w+\s+)?(?i:newsroom|news\s+desk|newsdesk|"
    r"nieuwsredactie|redactie)(?:\s+[A-Z][\w.&'’-]*){0,3})\s*[-–—]\s+(?P<rest>[A-Z0-9“‘„\"«].{20,})$",
    re.DOTALL,
)


def split_news_desk(line: str) -> tuple[str, str] | None:
    """``(desk, text)`` of a first paragraph opened by the desk that wrote it, else ``None``."""
    match = _NEWS_DESK.match(line.strip())
    return (match["desk"], match["rest"]) if match else None
