"""Page furniture known by where it stands and its shape, not by its words:

- a picture's alt text (a few words in small letters, no full stop) over its caption,
  before the story's first paragraph ("Cleaners at work" ¶ "The inspectors visit … ");
- a caption with no full stop under the page's labels ("Published" ¶ "Last updated"),
  that repeats words of the paragraph under it;
- a section's name as a one-word line between the story's paragraphs ("Local").

A lone word over the first paragraph stays: it may be a one-word headline.
"""

from __future__ import annotations

import itertools
import re

from mhbrief.importer.asides import TOP_LINES
from mhbrief.importer.boilerplate import is_boilerplate
from mhbrief.importer.captions import QUOTE_MARKS, is_caption
from mhbrief.importer.doubled_lines import doubled_lines
from mhbrief.importer.glued_menu import glued_menu
from mhbrief.importer.label_runs import label_runs
from mhbrief.importer.page_controls import page_controls
from mhbrief.importer.side_boxes import side_boxes
from mhbrief.importer.site_lines import is_headline
from mhbrief.importer.words import fold_text

#: A line that ends with punctuation of its own (a caption's or alt text's line has none).
_PUNCTUATED = re.compile(r"[.!?…:;,”\"»)’'][”’\"')]*\s*$")
#: The end of a sentence, maybe inside a quotation.
_SENTENCE_ENDS = re.compile(r"[.!?…][”’\"')]*\s*$")
#: A second sentence inside a line.
_INSIDE = re.compile(r"[.!?;]\s+[A-Z]")
#: A word in small letters: a caption or alt text in sentence case has them.
_LOWER = re.compile(r"^[a-zà-ÿ][a-zà-ÿ'’-]*$")
#: A paragraph of prose has at least this many words.
_PROSE = 20
#: The story's first paragraph has at least this many words.
_STORY_WORDS = 8
#: A headline over an alt text has at least this many words.
_HEADLINE_WORDS = 3
#: An alt text has this many words at most (and two at least) ...
_ALT_WORDS = (2, 6)
#: ... and a caption with no full stop this many.
_CAPTION_WORDS = (6, 40)
#: A caption under the page's labels has at most this many words (a lead has more).
_LABELLED_CAPTION = 20
#: A word long enough to count when a caption repeats its paragraph.
_CONTENT_WORD = re.compile(r"\w{5,}")
#: How many such words a caption shares with the paragraph under it.
_SHARED = 2
#: The names of a news site's sections, as a page tags a story or a teaser with them.
_SECTIONS = frozenset(
    [
        "local",
        "national",
        "world",
        "international",
        "business",
        "politics",
        "sport",
        "sports",
        "entertainment",
        "weather",
        "crime",
        "opinion",
        "health",
        "technology",
        "science",
        "education",
        "lifestyle",
        "binnenland",
        "buitenland",
        "regio",
        "regionaal",
        "lokaal",
        "politiek",
        "economie",
        "cultuur",
        "misdaad",
        "opinie",
        "gezondheid",
        "wetenschap",
        "onderwijs",
    ]
)


def _content(lines: list[str]) -> list[int]:
    return [n for n, line in enumerate(lines) if line and line.strip()]


def _text(lines: list[str], number: int) -> str:
    return (lines[number] or "").strip()


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE and _SENTENCE_ENDS.search(text) is not None


def _alt_text(text: str) -> bool:
    """A few words in sentence case with no punctuation: "Cleaners at work"."""
    words = text.split()
    return (
        _ALT_WORDS[0] <= len(words) <= _ALT_WORDS[1]
        and words[0][:1].isupper()
        and all(_LOWER.match(word) for word in words[1:])
        and not _PUNCTUATED.search(text)
        and not QUOTE_MARKS.search(text)
    )


def _bare_caption(text: str) -> bool:
    """A caption's sentence with no full stop: capitalised, in small letters after,
    one sentence, no quotation."""
    words = text.split()
    return (
        _CAPTION_WORDS[0] <= len(words) <= _CAPTION_WORDS[1]
        and text[:1].isupper()
        and not _PUNCTUATED.search(text)
        and not QUOTE_MARKS.search(text)
        and not _INSIDE.search(text)
        and sum(1 for word in words if _LOWER.match(word)) * 3 >= len(words)
    )


def _opening(lines: list[str]) -> list[int]:
    """The content lines of the page's top, up to the story's first paragraph of prose."""
    content = _content(lines)[: TOP_LINES * 2]
    end = next((i for i, n in enumerate(content) if _prose(_text(lines, n))), len(content))
    return content[: end + 1]


def _opens_story(text: str) -> bool:
    """A paragraph of the story: a sentence of some length, ended."""
    return len(text.split()) >= _STORY_WORDS and _SENTENCE_ENDS.search(text) is not None


def _headline(text: str) -> bool:
    """A line that can be the page's headline: some words, no furniture."""
    return (
        len(text.split()) >= _HEADLINE_WORDS
        and text[:1].isupper()
        and is_headline(text)
        and not is_boilerplate(text)
    )


def alt_over_caption(lines: list[str]) -> set[int]:
    """An alt text over its picture's caption, under a headline and before the story's
    first paragraph: the alt text, and the caption when it has no full stop. With no
    headline above it, the short line is the headline."""
    top = _opening(lines)
    found: set[int] = set()
    for at in range(1, len(top) - 2):
        alt, caption, body = (_text(lines, top[at + k]) for k in range(3))
        if not _alt_text(alt) or not _opens_story(body):
            continue
        if not any(_headline(_text(lines, n)) for n in top[:at]):
            continue  # no headline above it: it is the headline itself
        if is_caption(caption, "", ""):
            found.add(top[at])  # the caption itself goes as a caption
        elif _bare_caption(caption):
            found |= {top[at], top[at + 1]}
    return found


def _shared_words(one: str, other: str) -> int:
    words = {fold_text(w) for w in _CONTENT_WORD.findall(one)}
    return len(words & {fold_text(w) for w in _CONTENT_WORD.findall(other)})


def caption_under_labels(lines: list[str]) -> set[int]:
    """A short caption with no full stop right under the page's labels ("Last updated"),
    which stand under the standfirst, over the paragraph whose words it repeats: the
    picture's caption at the story's top."""
    content = _content(lines)[: TOP_LINES * 2]
    for at in range(2, len(content) - 1):
        label, caption, body = (_text(lines, content[at + k]) for k in (-1, 0, 1))
        standfirst = any(_SENTENCE_ENDS.search(_text(lines, n)) for n in content[1 : at - 1])
        if (
            standfirst  # the page's standfirst stands over its labels, a caption under them
            and is_boilerplate(label)
            and _bare_caption(caption)
            and len(caption.split()) <= _LABELLED_CAPTION
            and _prose(body)
            and _shared_words(caption, body) >= _SHARED
        ):
            return {content[at]}
        if _prose(caption):
            break  # the story has begun under its labels
    return set()


def _alone(lines: list[str], number: int) -> bool:
    above = _text(lines, number - 1) if number else ""
    below = _text(lines, number + 1) if number + 1 < len(lines) else ""
    return not above and not below


def section_names(lines: list[str]) -> set[int]:
    """A section's name alone between two paragraphs of the story: a teaser's tag."""
    content = _content(lines)
    found: set[int] = set()
    for before, at, after in zip(content, content[1:], content[2:], strict=False):
        text = _text(lines, at)
        if (
            text.lower() in _SECTIONS
            and text[:1].isupper()
            and _alone(lines, at)
            and _SENTENCE_ENDS.search(_text(lines, before))
            and len(_text(lines, after).split()) >= 8
        ):
            found.add(at)
    return found


#: A site's section as a one-word label over the headline: "Actueel" ¶ "Nieuwe opvang …".
_SECTION_LABELS = frozenset(
    [
        "actueel",
        "nieuws",
        "news",
        "blog",
        "persberichten",
        "pers",
        "press",
        "updates",
        "latest",
        "media",
        "verhalen",
        "stories",
        "artikelen",
        "articles",
    ]
)


def section_over_headline(lines: list[str]) -> set[int]:
    """A section's one-word label right over the headline at the page's top: not the
    headline itself (the line under it is one, of three words or more)."""
    content = _content(lines)[:12]
    for at, below in itertools.pairwise(content):
        text, headline = _text(lines, at), _text(lines, below)
        if (
            text.lower() in _SECTION_LABELS
            and text[:1].isupper()
            and len(headline.split()) >= 3
            and is_headline(headline)
            and not _SENTENCE_ENDS.search(headline)
        ):
            return {at}
    return set()


def furniture_spots(lines: list[str]) -> set[int]:
    """The numbers of the lines above, and of a page's controls and its lines printed
    twice (:mod:`.page_controls`, :mod:`.doubled_lines`): left out of the story."""
    found = alt_over_caption(lines) | caption_under_labels(lines) | section_names(lines)
    found |= section_over_headline(lines) | side_boxes(lines)
    return (
        found | page_controls(lines) | doubled_lines(lines) | glued_menu(lines) | label_runs(lines)
    )
