"""The site around a copied page's text: its headline's shape, and the site's name,
navigation, section labels and kickers above it (:func:`opening_site_lines`)."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import islice

from mhbrief.importer.boilerplate import is_banner, is_boilerplate
from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import SAY
from mhbrief.importer.words import fold_text

#: A quotation's lead-in, on its own line: "Ann Lee, director of X, said:".
_LEAD_IN = re.compile(rf"\s(?:{SAY})\s*:$", re.IGNORECASE)
#: A news headline that ends in a quotation after a colon: "Why X is hard: 'They wait
#: for them at home'" (long, in sentence case, as papers write them).
_QUOTE_HEADLINE = re.compile(r"^[^.!?:“”„\"‘’']{10,200}:\s+[‘'“\"„][^‘’“”„\"]{10,150}[’'”\"]$")


def is_headline(line: str) -> bool:
    """Short enough, and not a long sentence nor a quotation's lead-in: the text starts
    with its headline."""
    if _LEAD_IN.search(line):
        return False
    if len(line) <= 300 and _QUOTE_HEADLINE.match(line):
        return True
    if len(line) > 150:  # a long headline in Title Case, as US government sites write them
        words = [w for w in line.split() if w[:1].isalpha()]
        upper = sum(1 for w in words if w[:1].isupper())
        return len(line) <= 300 and not line.endswith(".") and upper >= 0.6 * max(len(words), 1)
    return not (line.endswith(".") and len(line.split()) > 12)


#: Words a site or outlet name uses: "NOS Nieuws", "Dagblad van het Oosten".
SITE_WORDS = re.compile(
    r"(?i)\b(?:nieuws|news|newsroom|actueel|persberichten|press|blog|home|dagblad|courant|"
    r"krant|omroep|rtv|fm|tv|radio|times|post|gazette|herald|tribune|journal|online)\b"
)
NAV = re.compile(r"\s*[|·•›»>/]\s*")
_DASHES = re.compile(r"\s+[-–—]\s+")
_NAME_WORDS = frozenset(
    [
        "van",
        "het",
        "de",
        "der",
        "den",
        "voor",
        "tegen",
        "en",
        "in",
        "op",
        "aan",
        "of",
        "the",
        "and",
        "for",
        "against",
        "on",
        "&",
    ]
)


def name_like(line: str) -> bool:
    """Every word capitalised, or a small word inside a name: "Dagblad van het Oosten"."""
    words = [w for w in NAV.split(line) for w in w.split()]
    return 0 < len(words) <= 6 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_WORDS for w in words
    )


class FollowingText:
    """The text after a line, joined and folded only when a line asks for it."""

    def __init__(self, lines: list[str], start: int) -> None:
        self._lines, self._start = lines, start

    @cached_property
    def folded(self) -> str:
        return fold_text(" ".join(self._lines[self._start :]))


def is_site_line(line: str, body: FollowingText) -> bool:
    """The site's name or navigation ("NOS Nieuws", "News | Press releases", "Freedom
    Without Borders" when the body names it again): not a headline."""
    if line.endswith((".", "?", "!", ":")) or line[0] in "‘“„\"'«":
        return False
    parts = [part for part in NAV.split(line) if part]
    if len(parts) > 1 and all(len(part.split()) <= 4 for part in parts):
        return True  # "Stichting X | Nieuws", "News | Press releases"
    words = _DASHES.split(line)
    if len(words) >= 3 and all(len(word.split()) == 1 for word in words):
        return True  # a tagline: "Inform - Connect - Empower"
    if is_outlet(line):
        return True  # "Trouw", "The Guardian"
    if not name_like(line):
        return False
    if SITE_WORDS.search(line) is not None:
        return True
    return fold_text(line) in body.folded


def opening_site_lines(lines: list[str]) -> int:
    """How many of the first non-blank lines are the site's name or navigation, followed
    by a line that can be the headline."""
    # the first four lines that are content: the rest of a long text is not read here
    content = list(
        islice(
            (
                i
                for i, line in enumerate(lines)
                if line and not is_boilerplate(line) and not is_banner(line)
            ),
            4,
        )
    )
    skipped = 0
    for position, index in enumerate(content[:3]):
        following = content[position + 1] if position + 1 < len(content) else None
        body = FollowingText(lines, index + 1)
        line = lines[index]
        label = len(line.split()) == 1 and len(line) <= 40 and line[-1:].isalpha()
        nxt = lines[following] if following is not None else ""
        # a kicker over the headline: "Niet serieus genomen", then a longer headline; a
        # section label in capitals ("Economie & Werk") over one a little longer
        longer = 2 if name_like(line) else 4
        if longer == 2 and len(line.split()) == 2 and nxt and not name_like(nxt):
            longer = 1  # "Case Notes" over "Harbour raid report": Title Case over a sentence's
        kicker = (
            (
                len(line.split()) <= 3
                or (name_like(line) and len(line.split()) + 3 <= len(nxt.split()))
            )
            and line[-1:].isalpha()
            and len(line.split()) + longer <= len(nxt.split()) <= 20
            and not nxt.rstrip("”’\"'»").endswith((".", "!", "?"))
        )
        # a site's slogan over the headline: "The news is by your side."
        slogan = (
            position == 0
            and line.endswith(".")
            and len(line.split()) <= 8
            and 5 <= len(nxt.split()) <= 20
            and nxt[-1:].isalnum()
        )
        if following is None or not (label or kicker or slogan or is_site_line(line, body)):
            break
        if parse_date_line(line) is not None:
            break  # "3 March 2022, 10:15am" over the headline: the date, read below
        # "The Justice Blog" over the date: a site's section even so
        section = len(line.split()) <= 4 and SITE_WORDS.search(line) is not None
        if parse_date_line(nxt) is not None and section:
            skipped = index + 1
            continue
        if parse_date_line(nxt) is not None or not is_headline(nxt) or nxt.endswith("."):
            break
        skipped = index + 1
    return skipped
