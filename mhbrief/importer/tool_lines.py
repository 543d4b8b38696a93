"""Lines a page's tools leave in copied text: share and print buttons, a lone button
symbol, and a news agency's note on what a version of its story changed."""

from __future__ import annotations

import re

#: The words of a share or tool bar: "Tweet Share Email", "Print Bookmark and Share".
_SHARE_WORDS = frozenset(
    [
        "tweet",
        "recommend",
        "like",
        "share",
        "google",
        "+",
        "linkedin",
        "email",
        "e-mail",
        "mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "pinterest",
        "pin",
        "reddit",
        "telegram",
        "messenger",
        "copy",
        "link",
        "delen",
        "deel",
        # "Print Bookmark and Share", "Save this page", "Bewaar en deel"
        "bookmark",
        "save",
        "bewaar",
        "opslaan",
        "and",
        "&",
        "en",
        "this",
        "page",
        "article",
        "pdf",
        "sms",
        "flipboard",
        "bluesky",
    ]
)


def share_bar(line: str) -> bool:
    """A line of share and tool buttons only: "Tweet Share Email", "Print Bookmark and Share"."""
    words = line.lower().replace("|", " ").split()
    return len(words) >= 3 and all(word in _SHARE_WORDS for word in words)


#: A news agency's note on what a version of its story changed, in brackets on a line of
#: its own: "(Adds quotes from the prosecutor)", "(Updates with verdict)", "(Corrects
#: spelling of name in paragraph 3)".
_AGENCY_NOTE = re.compile(
    r"^\((?:Adds|Updates|Corrects|Recasts|Refiles|Rewrites|Changes|Removes|Fixes|Clarifies|"
    r"Repeats|Moves|Inserts|Deletes|Restores|Writes through|Edits)\b[^()]{0,200}\)$"
)
#: A lone symbol a copied page leaves of a button: "×" (close), "✕", "☰" (menu), "›".
_LONE_SYMBOL = re.compile(r"^[^\w\s“”„«»\"'‘’,]{1,3}$")


def agency_note(line: str) -> bool:
    """ "(Adds new paragraph 5 with convictions)": an agency's note, not its story."""
    return _AGENCY_NOTE.match(line.strip()) is not None


def lone_symbol(line: str) -> bool:
    """ "×", "✕", "☰": a button's symbol alone on a line."""
    return _LONE_SYMBOL.match(line.strip()) is not None
