"""Lines a page sets beside its story: a related story's question, the issuer's name
over a press label, a name-and-role kicker over a quoted headline, a story's
highlights, the links under a "read also" prompt, a sidebar's slogans after the
story's end, a picture's caption over its credit above the story, and a teaser cut off
with an ellipsis that the story repeats. :mod:`mhbrief.importer.title`
leaves them out of the headline and body.
"""

from __future__ import annotations

import re

from mhbrief.importer.boilerplate import is_banner, is_boilerplate
from mhbrief.importer.roles import is_org_word, is_role_word
from mhbrief.importer.speakers import parse_person
from mhbrief.importer.words import detect_language

#: Lines from the top of a text where a headline and what stands around it are looked for.
TOP_LINES = 12


#: A link to a related story, put as a question: "How to recover after decades of slavery?"
_RELATED_QUESTION = re.compile(
    r"^(?:How|Why|What|Who|Where|When|Hoe|Waarom|Wat|Wie|Waar|Wanneer)\s[^“”\"‘’„:]{5,90}\?$"
)


def related_question(lines: list[str]) -> set[int]:
    """The one question line of a text, short, between two prose paragraphs: a related
    story's link. Texts with more than one question line (an interview) keep them all."""
    questions = [n for n, line in enumerate(lines) if line and "?" in line]
    if len(questions) != 1:
        return set()
    number = questions[0]
    line = lines[number].strip()
    if len(line.split()) > 10 or not _RELATED_QUESTION.match(line):
        return set()
    before = next((x for x in reversed(lines[:number]) if x and x.strip()), "")
    after = next((x for x in lines[number + 1 :] if x and x.strip()), "")
    prose = all(
        len(x.split()) >= 8
        and x.rstrip()[-1:] in ".!”\"'’"
        and x.lstrip()[:1] not in "“\"‘'„«"  # an answer in quote marks: an interview's
        for x in (before, after)
    )
    return {number} if prose else set()


#: A site's label for its press releases, on a line of its own.
_PRESS_LABEL = re.compile(
    r"^(?:persberichten|persbericht|nieuwsberichten|press releases?|press statements?|"
    r"news releases?|media releases?|communiqués? de presse)$",
    re.IGNORECASE,
)


def issuer_line(line: str, following: str | None) -> bool:
    """A short name with an organisation's word and no sentence's punctuation, over a
    press label line: the organisation that issued the release."""
    words = line.split()
    return (
        bool(following)
        and _PRESS_LABEL.match((following or "").strip()) is not None
        and 2 <= len(words) <= 10
        and line[:1].isupper()
        and not re.search(r"[.!?:;“”\"]", line)
        and any(is_org_word(w) for w in words)
    )


#: A headline that is all a quotation: "“Een slachtoffer wordt … verhoord”".
_QUOTED_HEADLINE = re.compile(r"^[‘“„\"'][^‘’“”„\"]{10,300}[’”\"']$")


def person_kicker(lines: list[str]) -> set[int]:
    """The one or two short lines naming a person and a role ("Conny Rijken, hoogleraar"
    ¶ "Mensenhandel en Globalisering") right above a headline that is a quote of four
    words or more: they say who said it, and are no headline themselves."""
    top = lines[: TOP_LINES * 2]
    for number, line in enumerate(top):
        if not line or not _QUOTED_HEADLINE.match(line) or len(line.split()) < 4:
            continue
        above = number - 1
        while above >= 0 and not top[above]:
            above -= 1
        block: list[int] = []
        while above >= 0 and top[above] and not is_boilerplate(top[above]) and len(block) < 2:
            block.insert(0, above)
            above -= 1
        if not block or any(
            len((top[n] or "").split()) > 8 or (top[n] or "").endswith((".", "!", "?", ":"))
            for n in block
        ):
            return set()
        person = parse_person(" ".join(top[n] or "" for n in block))
        if person.name and person.role and len(person.name.split()) >= 2:
            return set(block)
        return set()
    return set()


#: A label over a list of a story's points: "Story highlights", "Key points".
_HIGHLIGHTS = re.compile(r"^(?i:story highlights|highlights|key points|in het kort)$")


def highlights(lines: list[str]) -> set[int]:
    """The short lines without a full stop right under "Story highlights": a news
    site's summary of the story's points, printed above its first paragraph."""
    found: set[int] = set()
    for number, line in enumerate(lines[: TOP_LINES * 4]):
        if not _HIGHLIGHTS.match((line or "").strip()):
            continue
        for later in range(number + 1, min(number + 7, len(lines))):
            point = (lines[later] or "").strip()
            if not point and later == number + 1:
                continue
            if not point or len(point.split()) > 16 or point.endswith((".", "!", "?", "”", '"')):
                break
            found.add(later)
    return found


#: A prompt over links to other stories, on a line of its own: "You may also like:",
#: "Lees ook:", "Related articles".
_RELATED_PROMPT = re.compile(
    r"^(?:(?:it|this) (?:may|might) (?:also )?interest you|you (?:may|might) also like|"
    r"recommended(?: for you| reading| stories)?|(?:read|see) (?:also|more)|also read|"
    r"more (?:news|stories)|related(?: articles| stories| posts| news| links)?|lees (?:ook|meer)|"
    r"bekijk ook|meer (?:nieuws|lezen|over dit onderwerp)|gerelateerde? (?:artikelen|berichten|"
    r"nieuws)|(?:dit )?(?:vind je|vindt u) (?:misschien )?ook interessant|"
    r"misschien ook interessant)\s*:?$",
    re.IGNORECASE,
)
#: How many links under such a prompt are left out at most.
_LINKS = 8


def related_links(lines: list[str]) -> set[int]:
    """The links under a "read also" prompt: the run of short lines without a sentence's
    end right under it (blank lines before the run allowed), each a story's headline."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        if not line or not _RELATED_PROMPT.match(line.strip()):
            continue
        later = number + 1
        while later < len(lines) and not lines[later]:
            later += 1
        run: list[int] = []
        while later < len(lines) and lines[later] and len(run) < _LINKS:
            link = (lines[later] or "").strip()
            cut = link.endswith(("...", "…"))  # a headline cut short: "Raids in X since ..."
            if len(link.split()) > 16 or (
                not cut and link.endswith((".", "!", "?", ":", "”", '"', "’"))
            ):
                break
            run.append(later)
            later += 1
        # a run that ends at a blank line or the text's end: nothing of a paragraph in it
        if run and (later >= len(lines) or not lines[later]):
            found.update(run)
    return found


#: A line of the text's own: long, ending as a sentence does.
_PROSE_END = (".", "!", "?", "”", "’", '"', ")")
#: The fewest short lines a sidebar after the story has.
_SIDEBAR_LINES = 4


#: Words a line broken off in mid-sentence ends with: "with the daily protests of".
_LINKING = frozenset(
    ["of", "and", "the", "with", "for", "to", "a", "in", "van", "en", "de", "het", "met", "voor"]
)


def _broken_off(line: str) -> bool:
    """A line that stops in mid-sentence: after a comma, or on a small linking word."""
    words = line.split()
    return line.endswith(",") or (bool(words) and words[-1].lower() in _LINKING)


#: The last word of a list's label: "Latest News from", "More stories by", "Meer van".
_LABEL_ENDS = frozenset(["from", "of", "by", "on", "about", "van", "door", "over", "bij", "op"])


def _short_unended(line: str, most: int) -> bool:
    words = line.split()
    return 0 < len(words) <= most and not line.rstrip().endswith((*_PROSE_END, ":", ",", ";"))


def list_label(lines: list[str]) -> set[int]:
    """A short label that stops on a preposition ("Latest News from", "More stories by"),
    with the short line right under it that finishes it ("National Crime Agency"): the
    heading of a site's list of links, no sentence and no subheading."""
    found: set[int] = set()
    for number, raw in enumerate(lines):
        line = (raw or "").strip()
        if not (line[:1].isupper() and _short_unended(line, 5)) or "“" in line or '"' in line:
            continue
        if line.split()[-1].lower() not in _LABEL_ENDS:
            continue
        found.add(number)
        below = next((n for n in range(number + 1, len(lines)) if (lines[n] or "").strip()), None)
        if below is not None and _short_unended((lines[below] or "").strip(), 6):
            found.add(below)
    return found


def closing_sidebar(lines: list[str]) -> set[int]:
    """The short lines after the story's last paragraph, when there are four or more,
    none is a sentence of five words or more or leads a list (ends with a colon), and
    some stop in mid-sentence: a sidebar's slogans and hashtags broken into narrow lines
    ("Stand with the dock workers," ¶ "and the families of")."""
    last = next(
        (
            n
            for n in range(len(lines) - 1, -1, -1)
            if len(lines[n] or "") > 80 and (lines[n] or "").rstrip().endswith(_PROSE_END)
        ),
        None,
    )
    if last is None:
        return set()
    tail = [n for n in range(last + 1, len(lines)) if (lines[n] or "").strip()]
    short = [(lines[n] or "").strip() for n in tail if not is_boilerplate(lines[n] or "")]
    if (
        len(short) < _SIDEBAR_LINES
        or any(len(line.split()) > 8 or line.endswith(":") for line in short)
        or any(len(line.split()) >= 5 and line.endswith(_PROSE_END) for line in short)
        or sum(_broken_off(line) for line in short) < 2  # no sentence broken into lines
    ):
        return set()
    return set(tail)


#: A picture's credit on a line of its own: "Photo: Ann Lee/AP", "Foto ANP".
_CREDIT_LINE = re.compile(
    r"^(?:foto|beeld|photo|image|picture)s?\s*(?::|©|\s(?:by|door)\s)", re.IGNORECASE
)
_QUOTE_MARK = re.compile(r"[“”„«»\"‘’]")


def caption_over_credit(lines: list[str]) -> set[int]:
    """A short line with a full stop right over a picture's credit (a blank line between
    allowed), before the story's first paragraph: the picture's caption ("Sheriff Ann
    Lee." ¶ "Photo: X")."""
    for number, line in enumerate(lines[: TOP_LINES * 4]):
        if len(line or "") > 150:
            return set()  # the story has begun
        if not line or not _CREDIT_LINE.match(line.strip()):
            continue
        above = number - 1
        if above >= 0 and not lines[above]:
            above -= 1
        caption = (lines[above] or "").strip() if above >= 0 else ""
        if not any(x and not is_boilerplate(x) for x in lines[: max(above, 0)]):
            return set()  # no headline over it: the text's own first line
        # a caption ends with a full stop, the headline above a credit does not
        if caption.endswith(".") and len(caption.split()) <= 12 and not _QUOTE_MARK.search(caption):
            return {above} if not _CREDIT_LINE.match(caption) else set()
        return set()
    return set()


#: How many lines under a teaser are read for the paragraph it repeats.
_TEASER_REACH = 8


def teaser_repeats(lines: list[str]) -> set[int]:
    """A line near the top cut off with an ellipsis ("… ten new places for young...") whose
    words a paragraph under it opens with in full: the site's teaser of the story."""
    found: set[int] = set()
    for number, line in enumerate(lines[: TOP_LINES * 4]):
        text = (line or "").strip()
        if len(text.split()) < 8 or not text.endswith(("...", "…")):
            continue
        start = text.rstrip(".… ")
        later = (x for x in lines[number + 1 : number + 1 + _TEASER_REACH] if x)
        if any(x.strip().startswith(start) and len(x.strip()) > len(start) for x in later):
            found.add(number)
    return found


def site_name_over_prose(lines: list[str]) -> int:
    """Where a name of two or three capitalised words ends (the site's: "Harbour
    Courant") that opens a Dutch text right over a paragraph: Dutch headlines capitalise
    their first word only, so such a line is no headline. 0 when none."""
    content = [i for i, line in enumerate(lines[:200]) if line and not is_boilerplate(line)]
    if len(content) < 2:
        return 0
    line, nxt = lines[content[0]], lines[content[1]]
    words = line.split()
    if not (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not any(is_role_word(w) for w in words)
        and len(nxt) > 150
        and nxt.endswith((".", "”", '"'))
    ):
        return 0
    return content[0] + 1 if detect_language(nxt) == "nl" else 0


#: An item of a numbered list: "2. Zeven mensen opgepakt".
_NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<item>\S.{0,200})$")


def numbered_breadcrumb(lines: list[str]) -> set[int]:
    """A breadcrumb copied as a numbered list near the top ("1. Nieuws" ¶ "2. <the
    headline>"): items numbered from 1, none a sentence, the last the headline that the
    page prints on another line too."""
    content = [n for n, line in enumerate(lines[: TOP_LINES * 4]) if line and line.strip()]
    for at in range(len(content)):
        run: list[tuple[int, str]] = []
        for expected, later in enumerate(content[at:], start=1):
            item = _NUMBERED.match(lines[later])
            if item is None or int(item["number"]) != expected:
                break
            run.append((later, item["item"].strip()))
        items = [text for _, text in run]
        if len(run) < 2 or any(len(i.split()) > 20 or i.endswith((".", "!", "?")) for i in items):
            continue
        numbers = {n for n, _ in run}
        last = items[-1].casefold()
        if any(lines[n].strip().casefold() == last for n in content if n not in numbers):
            return numbers
    return set()


def banner_block(lines: list[str]) -> set[int]:
    """A site's banner about itself above the headline, with the lines its paragraph
    runs on in: "Our reporting has moved" ¶ "X provides news on three issues:" ¶
    "climate, technology, and …" (a line that ends in a colon, or goes on in lowercase)."""
    content = [n for n, line in enumerate(lines[:200]) if line and line.strip()][:TOP_LINES]
    found: set[int] = set()
    for n, at in enumerate(content):
        if not is_banner(lines[at]):
            continue
        found.add(at)
        previous = lines[at].rstrip()
        for nxt in content[n + 1 :]:
            line = lines[nxt].strip()
            if not (previous.endswith(":") or line[:1].islower() or line.endswith(":")):
                break
            found.add(nxt)
            previous = line
        break
    return found
