"""Cleaning: the headline, the date and site furniture taken out of the text's lines.

A page copied from a website often starts with the site's name ("NOS Nieuws",
"Stichting X | Nieuws") or its navigation before the real headline: such lines
are skipped when a headline follows. Press-office lines (a note to editors,
press contacts, a copyright line, a charity number) are left out like site
furniture; a bare "Notes to editors" heading takes everything under it along.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from mhbrief.importer.alt_text import caption_over_credited_copy, name_over_caption
from mhbrief.importer.asides import (
    TOP_LINES,
    banner_block,
    caption_over_credit,
    closing_sidebar,
    highlights,
    issuer_line,
    list_label,
    numbered_breadcrumb,
    person_kicker,
    related_links,
    related_question,
    site_name_over_prose,
    teaser_repeats,
)
from mhbrief.importer.bare_captions import is_bare_caption
from mhbrief.importer.boilerplate import (
    about_name,
    is_banner,
    is_boilerplate,
    is_press_office,
    opens_about_block,
    opens_comments,
    opens_editors_notes,
    split_credit,
    split_trailing_link,
)
from mhbrief.importer.bylines import BARE_NAME, BYLINE, author_under_lead, first_author, is_byline
from mhbrief.importer.captions import (
    caption_person,
    credited_person,
    is_caption,
    is_copied_caption,
    name_caption,
    unglued_signature,
)
from mhbrief.importer.closing_about import closing_about
from mhbrief.importer.dateline import (
    bare_date,
    parse_date_line,
    split_dateline,
    split_glued_place,
    split_news_desk,
    split_place_dateline,
)
from mhbrief.importer.furniture_spots import furniture_spots
from mhbrief.importer.headline_parts import joined_headline
from mhbrief.importer.headline_repeat import headline_repeated
from mhbrief.importer.member_prompts import member_prompts
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.page_controls import watched_name
from mhbrief.importer.site_chrome import byline_date
from mhbrief.importer.site_lines import (
    NAV,
    SITE_WORDS,
    is_headline,
    name_like,
    opening_site_lines,
)
from mhbrief.importer.source_note import split_source_note
from mhbrief.importer.topic_labels import topic_labels
from mhbrief.importer.words import fold_text


@dataclass
class Cleaned:
    """What cleaning found, and the lines left for the body (``None``: blank or taken)."""

    title: str | None = None
    published: date | None = None
    lines: list[str | None] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: The site's name when the text opened with it ("NOS Nieuws"), for the outlet.
    site: str | None = None
    #: Inside a block for editors: every line up to the next blank line (or, under
    #: a bare heading, to the end) is left out.
    editors: str | None = None
    #: The news agency of a dateline ("DEN HAAG (ANP) – …").
    agency: str | None = None
    #: The author's line ("Door Marieke Aalders"): the text is a news article.
    byline: str | None = None
    #: Whether the body has begun (a dateline only opens the first paragraph).
    body: bool = False
    #: Name captions left out ("Sjoerd van Bemmel, onderzoeker bij CKM"): the roles they
    #: give go with that person's quotes.
    captions: list[str] = field(default_factory=list)
    #: The organisation an "Over X" / "About X" block at the end is about.
    about: str | None = None
    #: Who an "Author: X" line says wrote the page (left out as furniture).
    author: str | None = None
    #: An organisation's name over the site's press label under the headline
    #: ("Parketten van … West-Vlaanderen" ¶ "Persberichten"): the issuer.
    issuer: str | None = None
    #: "Conny Rijken, hoogleraar …" over a headline that is a quote: who said it.
    kicker: str | None = None
    #: Whether the date was read from a line with a day's name over the headline.
    today_bar: bool = False


_TOP_LINES = TOP_LINES  # how far down a page's headline is looked for (lines with text)

#: A line of this many words is a paragraph of prose, no menu's or pop-up's.
_PROSE_WORDS = 20


def _headline_printed_twice(lines: list[str]) -> int:
    """Where a headline printed twice in a row stands (a page's title, then its heading),
    below other lines: those are the page's furniture (a pop-up, a menu). 0 when none."""
    content = [i for i, line in enumerate(lines[:200]) if line][:_TOP_LINES]
    for above, below in itertools.pairwise(content[1:]):
        line = lines[above]
        if (
            len(line.split()) >= 3
            and is_headline(line)
            and not is_caption(line, "", "")  # "X speaks. Picture: Y" twice: a caption
            and fold_text(line.rstrip(".")) == fold_text(lines[below].rstrip("."))
            and not is_boilerplate(line)  # "Leave a Reply" twice: the comment form
            # an article's paragraph above it: the repeat is no headline over a menu
            and all(len((lines[n] or "").split()) < _PROSE_WORDS for n in content[:8] if n < above)
        ):
            return above  # content[0] at least stands above it
    return 0


#: A page's title: the headline, then the site's name after a bar or a spaced dash.
_PAGE_TITLE = re.compile(r"^(?P<headline>.{10,300}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$")


def _page_title(lines: list[str]) -> set[int]:
    """The page's title line over its headline ("Six saved | Harbour Post" over "Six
    saved"): the headline with the site's name, printed again; left out."""
    content = [i for i, line in enumerate(lines[:200]) if line][:_TOP_LINES]
    for n, at in enumerate(content[:3]):
        match = _PAGE_TITLE.match(lines[at])
        if match is None or len(match["site"].split()) > 6:
            continue
        headline = fold_text(match["headline"].rstrip("."))
        if any(fold_text(lines[i].rstrip(".")) == headline for i in content[n + 1 : n + 6]):
            return {at}
    return set()


def _asides(lines: list[str]) -> set[int]:
    """The lines a page sets beside its story (:mod:`.asides`): left out of it."""
    found: set[int] = set()
    for aside in (
        highlights,
        related_question,
        related_links,
        closing_sidebar,
        closing_about,
        caption_over_credit,
        teaser_repeats,
        list_label,
        numbered_breadcrumb,
        _page_title,
        banner_block,
        member_prompts,
        topic_labels,
        headline_repeated,
        name_over_caption,
        caption_over_credited_copy,
        furniture_spots,
    ):
        found |= aside(lines)
    return found


def clean(lines: list[str]) -> Cleaned:
    """Take the headline, the first date and boilerplate lines out of ``lines``."""
    cleaned = Cleaned()
    site_end = opening_site_lines(lines) or site_name_over_prose(lines)
    menu_end = _opening_menu(lines)
    twice = _headline_printed_twice(lines)
    skip = _asides(lines)  # lines already known to be furniture
    kicker = person_kicker(lines)
    if kicker:
        cleaned.kicker = " ".join(lines[number] or "" for number in sorted(kicker))
        cleaned.notes.append(f"'{cleaned.kicker}' over the quote in the headline: who said it")
        skip |= kicker
    before = ""  # the last line that was not blank
    for number, line in enumerate(lines):
        if number < menu_end:
            cleaned.lines.append(None)
            if line:
                cleaned.dropped.append(line)  # the site's menu and name, over the headline
            continue
        if number < site_end:
            cleaned.lines.append(None)
            if line and not is_boilerplate(line):
                cleaned.site = cleaned.site or NAV.split(watched_name(line))[0]
                cleaned.notes.append(
                    f"'{line}' taken to be the site's name or section, not the headline"
                )
            continue
        if number < twice:
            cleaned.lines.append(None)
            if line:
                cleaned.dropped.append(line)  # a pop-up, a menu: above the page's own headline
            continue
        previous = lines[number - 1] if number else ""
        following = lines[number + 1] if number + 1 < len(lines) else ""
        masthead = cleaned.title is None and _MASTHEAD.match(line or "") is not None
        # a caption and its copy: both go, but a subtitle under the headline stays
        copied = cleaned.title is not None and (
            bool(previous and is_copied_caption(line or "", previous))
            or bool(cleaned.body and following and is_copied_caption(line or "", following))
        )
        if line and (
            masthead
            or copied
            or _continues_furniture(line, previous or "")
            or is_banner(line)
            or is_caption(line, previous or "", following or "")
            or number in skip
        ):
            cleaned.dropped.append(line)  # a picture's caption, the site's banner
            cleaned.published = cleaned.published or (None if cleaned.body else byline_date(line))
            if person := credited_person(line):
                cleaned.captions.append(person)  # "Ann Lee, director. Beeld ANP"
            cleaned.lines.append(None)
            continue
        if line and _FROM_OUTLET.match(line):  # "Dit is een nieuwsbericht van" ¶ "RTV Noord"
            cleaned.dropped.append(line)
            cleaned.lines.append(None)
            if following and len(following.split()) <= 4 and name_like(following):
                cleaned.site = cleaned.site or following
                skip.add(number + 1)
            continue
        if line and cleaned.title is None and _letterhead(line, lines, number):
            cleaned.dropped.append(line)  # "Council of Europe Office in Georgia" ¶ address
            cleaned.lines.append(None)
            continue
        if line and cleaned.title is not None and not cleaned.body and issuer_line(line, following):
            cleaned.issuer = cleaned.issuer or line  # "Parket West-Vlaanderen" ¶ "Persberichten"
            cleaned.dropped.append(line)
            cleaned.lines.append(None)
            continue
        if (
            line
            and cleaned.byline is None
            and (_name_over_date(line, lines, number) or author_under_lead(lines, number))
        ):
            cleaned.byline = line  # "Evgenia Filimianova" ¶ "4/2/2024": the author
            cleaned.notes.append(f"'{line}' taken to be the byline; left out")
            cleaned.lines.append(None)
            continue
        after = next((x for x in lines[number + 1 : number + 4] if x), "")
        if line and not (previous or following) and name_caption(line, before, after):
            cleaned.dropped.append(line)  # "Ann Lee, onderzoeker bij X" under a picture
            cleaned.captions.append(caption_person(line))
            cleaned.lines.append(None)
            continue
        if line and not (previous or following) and cleaned.body and is_bare_caption(line, before):
            cleaned.dropped.append(line)  # "Police vans are pictured at the farm" (no stop)
            cleaned.lines.append(None)
            continue
        if line and (signature := unglued_signature(line, before)):
            cleaned.notes.append(f"'{line}' read as '{signature}', the quote's attribution")
            line = signature
        before = line or before
        cleaned.lines.append(_body_line(line, cleaned))
    cleaned.title = joined_headline(cleaned.title, cleaned.lines)  # "A:" ¶ "B": one headline
    _drop_closing_agency(cleaned)
    if cleaned.lines and cleaned.lines[-1 - _trailing_blanks(lines)]:
        _drop_closing_caption(cleaned)  # the text's very last line: nothing dropped under it
    cleaned.author = first_author(lines[: _TOP_LINES * 4])
    return cleaned


def _continues_furniture(line: str, previous: str) -> bool:
    """A short line run on in small letters right under a line of furniture: "Watch more
    of our videos on X!" ¶ "and live on channel 276"."""
    return (
        bool(previous)
        and line[:1].islower()
        and len(line.split()) <= 10
        and not line.rstrip().endswith((".", "?"))
        and is_boilerplate(previous)
    )


def _opening_menu(lines: list[str]) -> int:
    """Where a block of three or more short lines at the top ends, when none is a sentence
    or a date and a headline stands under it after a blank line: the site's menu and
    name ("Skip to content" ¶ "Main Menu" ¶ "Attorney General" ¶ …). 0 when none."""
    start = next((i for i, line in enumerate(lines) if line), len(lines))
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    block = lines[start:end]
    headline = next((line for line in lines[end:] if line), "")
    if len(block) < 3 or not headline or not is_headline(headline) or headline.endswith("."):
        return 0
    for line in block:
        if len(line.split()) > 6 or line.endswith((".", "!", "?", ":", "”", "’", '"')):
            return 0
        if parse_date_line(line) is not None or BYLINE.match(line):
            return 0
    return end


def _trailing_blanks(lines: list[str]) -> int:
    return next((n for n, line in enumerate(reversed(lines)) if line), len(lines) - 1)


#: A caption is taken for a subheading at most this long.
_CLOSING_CAPTION_WORDS = 20


#: A news agency's letters after the text's last sentence: "… to the police.” XNA".
_CLOSING_AGENCY = re.compile(r"(?<=[.!?”’\"])\s+\(?(?P<agency>[A-Z]{2,6})\)?$")


def _drop_closing_agency(cleaned: Cleaned) -> None:
    """The agency's sign-off after the last sentence of agency copy, left out (the agency
    is the outlet, never the organisation)."""
    last = next((i for i in range(len(cleaned.lines) - 1, -1, -1) if cleaned.lines[i]), None)
    match = _CLOSING_AGENCY.search(cleaned.lines[last] or "") if last is not None else None
    if last is None or match is None:
        return
    cleaned.lines[last] = (cleaned.lines[last] or "")[: match.start()]
    cleaned.dropped.append(match[0].strip())
    cleaned.agency = cleaned.agency or match["agency"]


def _drop_closing_caption(cleaned: Cleaned) -> None:
    """The text's last line, a sentence of six words or more with no full stop and nothing
    under it (not even a name: then it is a pull quote), after paragraphs that end with one:
    a picture's caption, not a subheading."""
    kept = [i for i, line in enumerate(cleaned.lines) if line]
    if len(kept) < 3:
        return
    last = cleaned.lines[kept[-1]] or ""
    if (
        6 <= len(last.split()) <= _CLOSING_CAPTION_WORDS
        and last[:1].isupper()
        and last[-1:].isalnum()
        and not _QUOTES.search(last)
        and any((cleaned.lines[i] or "").endswith((".", "!", "?")) for i in kept[:-1])
    ):
        cleaned.dropped.append(last)
        cleaned.lines[kept[-1]] = None


_QUOTES = re.compile(r"[“”„«»\"‘’]|,,")


#: A line saying where the text comes from, above it: "Dit is een nieuwsbericht van".
_FROM_OUTLET = re.compile(
    r"^(?i:dit is een (?:nieuws)?(?:bericht|artikel) (?:van|uit)|this (?:story|article) "
    r"(?:is )?(?:from|by))(?:\s+\S.{0,40})?$"
)


def _letterhead(line: str, lines: list[str], number: int) -> bool:
    """A sender's name above its address or phone lines, before the headline."""
    if len(line.split()) > 8 or line.endswith((".", "!", "?", ":")) or not name_like(line):
        return False
    following = next((later for later in lines[number + 1 : number + 4] if later), "")
    return bool(following) and is_press_office(following)


def _name_over_date(line: str, lines: list[str], number: int) -> bool:
    """An author's name alone on the line above the date: a byline without "Door"/"By"."""
    if BARE_NAME.match(line) is None or is_outlet(line) or SITE_WORDS.search(line):
        return False
    following = next((later for later in lines[number + 1 : number + 3] if later), "")
    return bool(following) and parse_date_line(following) is not None


#: A masthead line above the headline: "Hon. Jane Roe, Chairman", "Hon. X Y, Co-Chair".
_MASTHEAD = re.compile(
    r"^(?:Hon\.|The Honou?rable|Rep\.|Sen\.)\s+(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+,\s*"
    r"[\w -]{2,40}$"
)


def _left_out(line: str, cleaned: Cleaned) -> bool:
    """Site furniture and press-office lines, noted in ``cleaned.dropped``."""
    if cleaned.editors == "about" and not line:
        return False  # the blank line between "Over Stichting X" and its paragraph
    if cleaned.editors == "about":
        cleaned.editors = "block"
    elif cleaned.editors is not None and (line or cleaned.editors == "all"):
        pass
    elif opens_editors_notes(line):
        cleaned.editors = (
            "all" if len(line) <= 40 or not line.endswith((".", "!", "?")) else "block"
        )
    elif opens_comments(line) and cleaned.body:
        cleaned.editors = "all"  # "Anonymous said...": readers' comments to the end
    elif opens_about_block(line) and cleaned.title:
        cleaned.editors = "about"  # "Over Stichting X" / "About X": it and its paragraph
        cleaned.about = cleaned.about or about_name(line)
    elif not line:
        cleaned.editors = None
        return False
    elif not (is_boilerplate(line) or is_press_office(line)):
        return False
    elif cleaned.published is None and not cleaned.body:
        # a meta bar over the text: "Categories: X | Published: 20/09/2018 | Views: 329"
        cleaned.published = parse_date_line(line)
    if line:
        cleaned.dropped.append(line)
    return True


def _body_line(line: str, cleaned: Cleaned) -> str | None:
    """``line`` as the body keeps it, or ``None`` when cleaning took it."""
    if _left_out(line, cleaned) or not line:
        return None
    if credited := split_credit(line):  # "Foto ANP Agenten bij een woning in Tilburg."
        if len(credited[1].split()) <= _CAPTION_WORDS:
            cleaned.dropped.append(line)  # a caption after its credit: all of it
            return None
        cleaned.dropped.append(credited[0])  # run into a paragraph: the credit only
        line = credited[1]
    if linked := split_trailing_link(line):  # "… For more information, please visit x.org."
        line = linked[0]
        cleaned.dropped.append(linked[1])
    if noted := split_source_note(line):  # "… tot een veroordeling. Trouw 12-03-15"
        line, note, cleaned.published = noted[0], noted[1], cleaned.published or noted[2]
        cleaned.dropped.append(note)
    when = parse_date_line(line)
    if when is None and _TIME.search(line) and (stamp := _STAMP.search(line)):
        # "Nieuws24 dec '12 09:20Aangepast op 24 dec '12 14:36": the page's time stamps
        cleaned.dropped.append(line)
        year = stamp["year"] if len(stamp["year"]) == 4 else f"20{stamp['year'][1:]}"
        first = parse_date_line(f"{stamp['day']} {stamp['month']} {year}")
        cleaned.published = cleaned.published or first
        return None
    if when is not None and cleaned.published is None:
        cleaned.published = when
        cleaned.today_bar = cleaned.title is None and _WEEKDAY.search(line) is not None
        return None
    if when is not None and cleaned.today_bar and cleaned.title and not cleaned.body:
        if not _UPDATED.search(line):  # "Monday, 4th March 2024" over the page: its today bar
            cleaned.notes.append(f"date taken from '{line}' under the headline, not the site's bar")
            cleaned.published = when
        cleaned.today_bar = False
        cleaned.dropped.append(line)
        return None
    if when is not None and (cleaned.title is not None or bare_date(line)):
        cleaned.dropped.append(line)  # "Bijgewerkt op 5 april 2024": a second date
        return None
    line = _without_dateline(line, cleaned)
    if line and is_boilerplate(line):  # "16/01/17 - 12u01 Bron: Belga": a stamp after the date
        cleaned.dropped.append(line)
        return None
    if cleaned.title is None and when is None and cleaned.byline is None and is_byline(line):
        cleaned.byline = line  # a byline above the text is no headline
        cleaned.notes.append(f"'{line}' taken to be the byline; left out")
        return None
    if cleaned.title is None and when is None:
        line = _without_glued_author(line, cleaned)
        if is_headline(line):
            line = _title_without_furniture(line, cleaned)
            cleaned.title = line.rstrip(".")
            return None
        cleaned.title = ""  # the text starts with a paragraph: no headline
    if cleaned.title and fold_text(line.rstrip(".")) == fold_text(cleaned.title):
        return None  # the headline repeated below the date
    return _opening(line, cleaned)


def _without_dateline(line: str, cleaned: Cleaned) -> str:
    """The first paragraph without its "Utrecht, 14 oktober 2026 – " dateline, which
    gives the date unless a date line above already did."""
    opening = split_dateline(line) if cleaned.published is None or not cleaned.body else None
    if opening is None:
        return line
    when, rest = opening
    if cleaned.published is None:
        cleaned.published = when
        cleaned.notes.append(f"date taken from the dateline: {when.isoformat()}")
    elif when != cleaned.published:
        cleaned.notes.append(
            f"the dateline says {when.isoformat()}, the date line above "
            f"{cleaned.published.isoformat()}: check which is right"
        )
    return rest


#: A day's name: a date line over the headline that has one is the site's "today" bar,
#: when the headline has a date line of its own under it.
_WEEKDAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
)
_UPDATED = re.compile(r"(?i)\b(?:updated|modified|bijgewerkt|gewijzigd|aangepast)\b")
#: A time of day, and a date with the month in words, in a line of time stamps.
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_STAMP = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4}|'\d{2})(?!\d)"
    r"(?=[^.!?]*$)"
)


#: A paywall label before a headline, a date after it ("Exclusief voor abonnees Kop 3 mei 2021").
_PAYWALL = re.compile(r"^(?i:exclusief voor abonnees|voor abonnees|premium|subscribers only)\s+")
#: A separator left at a page title's end when the site's name after it was cut off.
_TRAILING_SEPARATOR = re.compile(r"\s+[-–—|·•:]+\s*$")
_BULLET = re.compile(r"^[•·▪►*]\s+")
_TRAILING_DATE = re.compile(r"\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4})$", re.IGNORECASE)


#: A headline closed by a quote with its author's name run into it: "…: “Ergste bende
#: ooit” Nele Dooms" (a name of two to four words, particles allowed).
_GLUED_AUTHOR = re.compile(
    r"^(?P<head>.*[“\"‘„].+[”\"’])\s+(?P<name>[A-Z][^\W\d_]+"
    r"(?:\s+(?:van|de|der|den|ter|te|Van|De)){0,2}(?:\s+[A-Z][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?){1,2})$"
)


def _without_glued_author(line: str, cleaned: Cleaned) -> str:
    """The first line without an author's name run into its end after a quote, which
    would make it too long for a headline and keep the quote out of it."""
    glued = _GLUED_AUTHOR.match(line) if len(line) <= 400 else None
    if glued is None or cleaned.byline is not None:
        return line
    cleaned.byline = glued["name"]
    cleaned.notes.append(f"'{glued['name']}' after the headline taken to be its author; left out")
    return glued["head"]


def _title_without_furniture(line: str, cleaned: Cleaned) -> str:
    """The headline without a paywall label before it or a date after it (taken as the date)."""
    line = _TRAILING_SEPARATOR.sub("", line)  # "Headline -": the page title, site name cut
    line = _BULLET.sub("", line)  # "• Headline": a list's bullet
    if label := _PAYWALL.match(line):
        cleaned.dropped.append(label[0].strip())
        line = line[label.end() :]
    trailing = _TRAILING_DATE.search(line)
    when = parse_date_line(trailing["date"]) if trailing else None
    if trailing and when and cleaned.published is None:
        cleaned.published = when
        line = line[: trailing.start()]
    return line


#: A caption is at most this long; a longer text after a credit is a paragraph.
_CAPTION_WORDS = 40
#: A paper's name and town between the headline and the text: "Daily Trust (Abuja)".
_OUTLET_LINE = re.compile(
    r"^(?:[A-Z][\w&'’.-]+\s+){0,3}[A-Z][\w&'’.-]+\s+\([A-Z][\w .'’-]{1,30}\)$"
)


def _outlet_alone(line: str) -> bool:
    """An outlet's name on its own line under the headline: "Thomson Reuters Foundation"."""
    return len(line.split()) <= 5 and line[-1:].isalnum() and is_outlet(line)


#: One or two capitalised words alone between the headline and the text: the site's
#: section ("Economy", "Labour Rights"), no subheading (there is nothing yet to divide).
_SECTION_LABEL = re.compile(r"^[A-Z][^\W\d_]+(?:[ &-]+[A-Z][^\W\d_]+)?$")


def _opening(line: str, cleaned: Cleaned) -> str | None:
    """A byline is noted and left out; an agency's dateline ("DEN HAAG (ANP) – ") is
    taken off the first paragraph (a place alone, "LONDON – ", stays)."""
    if cleaned.title and not cleaned.body and (_OUTLET_LINE.match(line) or _outlet_alone(line)):
        cleaned.dropped.append(line)  # "Daily Trust (Abuja)": the paper and its town
        return None
    if cleaned.byline is None and is_byline(line):
        cleaned.byline = line
        cleaned.notes.append(f"'{line}' taken to be the byline; left out")
        return None
    if cleaned.title and not cleaned.body and _SECTION_LABEL.match(line):
        cleaned.dropped.append(line)  # "Economy" under the headline: the site's section
        return None
    if not cleaned.body and (glued := split_glued_place(line)):
        cleaned.dropped.append(glued[0])  # "UtrechtDe …": the place's label, run in
        line = glued[1]
    if not cleaned.body and (desk := split_news_desk(line)):
        cleaned.dropped.append(desk[0])  # "Galway Bay fm newsroom – Searches …"
        line = desk[1]
    place = split_place_dateline(line) if not cleaned.body else None
    if place is not None and place[0] is not None:  # "DEN HAAG (ANP) – ": the agency's
        cleaned.agency, line = place
    cleaned.body = cleaned.body or len(line) > 80 or line.endswith((".", "!", "?", "”", "’"))
    return line
