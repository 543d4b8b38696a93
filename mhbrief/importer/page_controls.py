"""A page's own controls and placeholders, copied along with its story: a scroll prompt
("Scroll down"), its print and back buttons ("print terug"), an image's placeholder
label ("News banner", "Alternate Text"), and a broadcaster's live-stream labels and watch
links around its headline ("Watch X News", "X News Live"). None is the story's text, and
none is its headline."""

from __future__ import annotations

import re

from mhbrief.importer.asides import TOP_LINES

#: A scroll prompt, the whole line: "Scroll down", "Scroll naar beneden", "Scroll to continue".
_SCROLL = re.compile(
    r"^(?i:scroll(?:en)?|swipe)(?i:\s+(?:down|up|naar beneden|omlaag|verder|for more|"
    r"to (?:continue|read(?: more)?|explore|the top)|om verder te lezen))?\s*[↓⌄▼]?$"
)
#: An image's placeholder or its alt text's stand-in, the whole line: "News banner",
#: "Hero image", "Uitgelichte afbeelding", "Alternate Text".
_PLACEHOLDER = re.compile(
    r"^(?i:(?:(?:news|nieuws|page|pagina|hero|header|top|featured|uitgelichte)\s+)?"
    r"(?:banner|image|afbeelding|placeholder)|"
    r"(?:banner|header|hero|featured|placeholder)\s+(?:image|afbeelding)|"
    r"alternate text|alt text|alternatieve tekst|afbeelding)$"
)
#: A page's print and back buttons, two or more on a line: "print terug", "Print | Back",
#: "Afdrukken Terug naar overzicht".
_TOOL = (
    r"(?:print|printen|afdrukken|terug(?:\s+naar\s+(?:boven|overzicht))?|back(?:\s+to\s+top)?|"
    r"vorige|volgende|previous|next|top|naar\s+boven)"
)
_TOOLS = re.compile(rf"^(?i:{_TOOL}(?:\s*[|/·•-]?\s*{_TOOL}){{1,4}})$")
#: A name's word: "CBS", "News", "NOS", "1".
_NAME = r"[A-Z0-9][\w&'’.-]*"
#: A link to a broadcaster's stream: "Watch X News", "Kijk X live", "Watch live".
_WATCH = re.compile(
    rf"^(?i:watch|kijk|listen to|luister naar)\s+(?:(?i:live|now|nu)|{_NAME})"
    rf"(?:\s+(?:{_NAME}|(?i:live|now|nu|tv))){{0,3}}$"
)
#: A live stream's label: "X News Live", "X News City Live", "Live TV", "Livestream".
_LIVE = re.compile(
    rf"^(?:{_NAME}\s+){{0,4}}(?i:live(?:\s*(?:tv|stream))?|livestream)$"
    r"|^(?i:live|livestream|live tv|nu live|now live|live now)$"
)
#: A watch link's verb and a live label's word around a broadcaster's name.
_WATCH_VERB = re.compile(r"^(?i:watch|kijk|listen to|luister naar)\s+")
_LIVE_WORD = re.compile(r"\s+(?i:live(?:\s*(?:tv|stream))?|livestream|now|nu)$")
#: Words of a broadcaster's name: "X News", "X TV", "Radio X".
_BROADCAST_WORDS = frozenset(
    ["news", "nieuws", "tv", "radio", "channel", "kanaal", "journaal", "live", "now", "nu"]
)
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}")
_LIVE_ALONE = frozenset(["live", "livestream", "live tv", "watch live", "kijk live"])
#: A paragraph of the story: this many words and a sentence's end.
_PROSE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][”’\"')]*$")
#: A headline under or over the labels: at least this many words.
_HEADLINE_WORDS = 4


def control_label(line: str) -> bool:
    """A scroll prompt, print and back buttons or an image's placeholder label, standing
    as a whole line."""
    text = line.strip()
    return any(p.match(text) for p in (_SCROLL, _PLACEHOLDER, _TOOLS))


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and _SENTENCE_END.search(text) is not None


def _stream_label(line: str) -> bool:
    """A watch link or live label whose name is a broadcaster's (an acronym or a word such
    as "News"), so that a headline in capitals ("Watch Out For Scams") is none."""
    text = line.strip()
    if not (_WATCH.match(text) or _LIVE.match(text)):
        return False
    name = _LIVE_WORD.sub("", _WATCH_VERB.sub("", text))
    words = name.split()
    return (
        not words
        or name.lower() in _LIVE_ALONE
        or any(_ACRONYM.fullmatch(w) or w.lower() in _BROADCAST_WORDS for w in words)
    )


def stream_labels(lines: list[str]) -> set[int]:
    """Watch links and live-stream labels among the lines over the story's first paragraph,
    when a longer line there (the headline) is not one of them: the broadcaster's player."""
    top: list[int] = []
    for number, line in enumerate(lines):
        text = (line or "").strip()
        if not text:
            continue
        if _prose(text) or len(top) >= TOP_LINES:
            break
        top.append(number)
    labels = {n for n in top if _stream_label(lines[n])}
    headline = any(len(lines[n].split()) >= _HEADLINE_WORDS for n in top if n not in labels)
    return labels if headline else set()


def page_controls(lines: list[str]) -> set[int]:
    """The numbers of the lines above: left out of the story."""
    found = {n for n, line in enumerate(lines) if line and control_label(line)}
    return found | stream_labels(lines)


def watched_name(line: str) -> str:
    """The broadcaster a watch link or live label names ("Watch X News" -> "X News"), or
    ``line`` itself when it is neither."""
    text = line.strip()
    if not _stream_label(text):
        return line
    name = _LIVE_WORD.sub("", _WATCH_VERB.sub("", text))
    return name if name[:1].isupper() and name.lower() not in ("live", "livestream") else line
