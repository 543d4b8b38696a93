"""Lines a page's widgets leave in a reader's selection, known by their shape:

- an image's label: "Logo", "Harbour Trust logo", "Logo Stichting Vrije Haven" (the
  site's own name beside the word, no sentence), or an icon's: "Message Type Icon";
- a news site's label over the story's body: "Article content", "Story continues below";
- an audio player's lines: its loading notice ("Loading audio file, please wait."), its
  sponsor's lead-in ("This audio file is brought to you by"), and the prompt under it
  that ends in its button ("As a subscriber you can listen … Subscribe Now");
- the lead-in of a link whose address the copy lost: "For more information, visit",
  "Information can also be found at", "Meer informatie op" (a line that ends in the
  word before the link, with no sentence's end).

None is a sentence of the story: a sentence of the story ends in its punctuation.
"""

from __future__ import annotations

import re

#: The most words an image's label has.
_LABEL_WORDS = 7
#: "Logo", "X logo", "Logo X", "Logo van X" (no punctuation but a name's).
_LOGO = re.compile(
    r"^(?:(?:[A-Z][\w&'’.-]*|[a-z]{1,4})\s+){0,6}(?i:logo)$|^(?i:logo)(?:\s+(?:of|van))?"
    # a name with a comma in it: "Logo Ministerie van Onderwijs, Cultuur en Wetenschap"
    r"(?:\s+(?:[A-Z][\w&'’.-]*,?|[a-z]{1,4})){0,6}$"
)
#: An icon's label: "Message Type Icon", "Share icon" (a name's words, then "icon").
_ICON = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){1,3}(?:Icon|icon)$")
#: Words that open a phrase, not a name: "Een logo", "Our logo".
_NOT_A_NAME = frozenset(
    [
        "de",
        "het",
        "een",
        "ons",
        "onze",
        "nieuw",
        "nieuwe",
        "oud",
        "oude",
        "the",
        "a",
        "an",
        "our",
        "new",
        "old",
        "this",
        "dit",
        "dat",
    ]
)
#: Small words inside a name: "Terre des Hommes", "Free a Girl".
_NAME_LINKS = frozenset(
    [
        "a",
        "of",
        "the",
        "for",
        "and",
        "de",
        "des",
        "du",
        "la",
        "le",
        "van",
        "voor",
        "en",
        "der",
        "den",
        "het",
    ]
)
#: A site's label over an article's body.
_BODY_LABEL = re.compile(
    r"^(?i:article\s+content|story\s+continues(?:\s+below)?|artikel\s+gaat\s+verder"
    r"(?:\s+onder\s+de\s+advertentie)?|lees\s+verder\s+onder\s+de\s+advertentie)$"
)
#: An audio (or video) player's loading notice: "Loading audio file, please wait."
_LOADING = re.compile(
    r"^(?i:loading|laden|bezig\s+met\s+laden)\s+(?:the\s+|het\s+)?"
    r"(?i:audio|podcast|video|geluid)(?:\s*(?i:file|bestand|fragment|player|speler))?"
    r"(?:\s*[,.…]+\s*(?i:please\s+wait|even\s+geduld)[^\n]{0,20})?[.…]*$"
)
#: A player's sponsor lead-in, its name lost: "This audio file is brought to you by".
_SPONSOR = re.compile(
    r"^(?i:this|dit)\s+(?i:audio|podcast|video|geluids)\s*(?i:file|bestand|fragment|clip)?\s+"
    r"(?i:is\s+brought\s+to\s+you|is\s+sponsored|is\s+presented|wordt\s+u\s+aangeboden|"
    r"wordt\s+mogelijk\s+gemaakt)\s+(?i:by|door)$"
)
#: A subscription prompt with its button run on: "As a subscriber you can … Subscribe Now".
_SUBSCRIBE = re.compile(
    r"^(?i:as\s+a\s+(?:subscriber|member)|als\s+(?:abonnee|lid))\b[^\n]{10,200}?"
    r"[.!]?\s*(?i:subscribe|sign\s+up|abonneer|word\s+abonnee|word\s+lid)"
    r"(?:\s+(?i:now|today|nu|vandaag))?[.!]?$"
)
#: The word before a lost link, ending a line: "visit", "at", "on", "op", "via".
_LINK_LEAD = re.compile(
    r"^(?=.*\b(?i:information|info|informatie|visit|bezoek|website|site|help|hulp|"
    r"go\s+to|ga\s+naar|kijk|see|zie|support|steun|helps|helpt)\b)"
    r"[A-Z][^.!?;:“”\"‘’]{8,160}\s(?i:visit|at|on|via|op|bezoek|naar|go\s+to|see|zie)$"
)


#: A video or ad player's controls, their labels copied with the text and often run
#: together: "close video ad", "Unmutetoggle ad audio on off", "Mute Play Fullscreen".
_PLAYER_WORD = r"(?:close|sluiten|video|ad|advertisement|advertentie|unmute|mute|toggle|audio|" + (
    r"sound|geluid|on|off|aan|uit|play|pause|replay|skip|fullscreen|volume|captions|cc)"
)
_PLAYER_CONTROLS = re.compile(rf"(?i:{_PLAYER_WORD}(?:\s*{_PLAYER_WORD}){{2,9}})")
#: The words that make a run of them a player's: on, off, close and play alone are not.
_PLAYER_MARK = re.compile(r"(?i)video|\bad\b|ad(?=audio)|advert|mute|toggle|audio")
#: A lead-in to a video the copy lost: "Watch a video of the raid here:", "Bekijk
#: hieronder de beelden:".
_WATCH_LEAD = re.compile(
    r"^(?i:watch|view|see|bekijk|kijk)\b[^.!?“”„\"]{0,100}\b(?i:video|clip|footage|"
    r"beelden|film)\b[^.!?“”„\"]{0,100}(?::|\b(?i:here|below|hier|hieronder)\s*[.:]?)$"
)


def player_controls(line: str) -> bool:
    """A video or ad player's control labels, or a lead-in to a video that is not there."""
    text = line.strip()
    if len(text) > 160:
        return False
    controls = _PLAYER_CONTROLS.fullmatch(text) is not None and _PLAYER_MARK.search(text)
    return bool(controls) or _WATCH_LEAD.match(text) is not None


def image_label(line: str) -> bool:
    """An image's label: "Logo", "Harbour Trust logo", "Message Type Icon"."""
    text = line.strip()
    return len(text.split()) <= _LABEL_WORDS and (
        _LOGO.match(text) is not None or _ICON.match(text) is not None
    )


def logo_name(line: str) -> str | None:
    """The name an image's label gives the site: "Harbour Trust" of "Harbour Trust
    logo"; ``None`` for a bare "Logo" or no label."""
    text = line.strip()
    if len(text.split()) > _LABEL_WORDS or _LOGO.match(text) is None:
        return None  # no logo's label ("Message Type Icon" names no site)
    name = re.sub(r"(?i)^logo(?:\s+(?:of|van))?\s*|\s*logo$", "", text).strip()
    words = name.split()
    if (
        not words
        or words[0].lower() in _NOT_A_NAME
        or not all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    ):
        return None  # "Ons logo", "Het nieuwe logo": no site's name
    return name


def body_label(line: str) -> bool:
    """A site's label over the story's body: "Article content"."""
    return _BODY_LABEL.match(line.strip()) is not None


def audio_player(line: str) -> bool:
    """An audio player's loading notice, its sponsor's lead-in or its prompt."""
    text = line.strip()
    return any(p.match(text) for p in (_LOADING, _SPONSOR, _SUBSCRIBE))


def link_lead_in(line: str) -> bool:
    """The lead-in of a link the copy lost: "For more information, visit"."""
    return _LINK_LEAD.match(line.strip()) is not None


def is_widget_line(line: str) -> bool:
    """Any of the lines above."""
    return (
        image_label(line)
        or body_label(line)
        or audio_player(line)
        or link_lead_in(line)
        or player_controls(line)
    )
