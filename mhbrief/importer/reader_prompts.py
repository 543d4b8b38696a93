"""Lines a page addresses to its reader between the story's paragraphs: a question asking
for a gift ("Wilt u ook een gift doen?"), the bank account or code to give by, and the
tag line of a newsletter's sign-up box. None of them is the story's own text."""

from __future__ import annotations

import re

#: A quotation mark: a line with one holds someone's words, no prompt.
_QUOTE_MARKS = re.compile(r"[“”„«»\"]|,,")
#: A question put to the reader: "Wilt u …?", "Kun je …?", "Would you like to …?".
_ASKS_READER = re.compile(
    r"^(?:en\s+|and\s+|dus\s+|so\s+)?(?:wilt|wil|kunt|kun|kan|zou|zoudt|helpt|help|steunt|steun|"
    r"doet|doe|geeft|geef)\s+(?:u|je|jij)\b|"
    r"^(?:and\s+|so\s+)?(?:would|will|could|can|won’t|won't)\s+you\b",
    re.IGNORECASE,
)
#: What such a question asks for: a gift, a donation, support.
_GIVING = re.compile(
    r"\b(?:gift|giften|doneer\w*|donat\w*|donate|bijdrage|steun\w*|support|give|giving|"
    r"sponsor\w*|schenk\w*|contribut\w*)\b",
    re.IGNORECASE,
)
#: A prompt question is at most this many words.
_PROMPT_WORDS = 20
#: An international bank account number: "NL10 INGB 0000 2525 25", "GB29NWBK60161331926819".
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){7,}")
#: The code or account a reader gives by: "Scan de QR-code", "banknr.", "rekeningnummer".
_GIVE_BY = re.compile(
    r"\b(?:scan\w*\s+(?:\w+\s+){0,2}qr-?\s?code|qr-?\s?code\s+(?:scannen|to scan)|"
    r"banknr\.?|bankrekening(?:nummer)?|rekeningnummer|giro(?:nummer)?\s*\d|"
    r"sort code|account (?:number|no\.?))",
    re.IGNORECASE,
)
#: The reader addressed: "uw", "je", "your", "you".
_READER = re.compile(r"\b(?:u|uw|je|jouw|jij|you|your)\b", re.IGNORECASE)
#: A bank line is at most this many words (a paragraph is longer).
_BANK_WORDS = 60
#: A newsletter named in a short line: "The Daily Brief newsletter, straight to you".
_NEWSLETTER = re.compile(r"\b(?:newsletters?|nieuwsbrie(?:f|ven))\b", re.IGNORECASE)
#: A newsletter's tag line is at most this many words.
_TAG_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…][”’\"')]*\s*$")


def gift_question(line: str) -> bool:
    """A short question asking the reader for a gift or support: "Wilt u een extra gift
    doen?", "Would you like to support our work?"."""
    text = line.strip()
    return (
        len(text.split()) <= _PROMPT_WORDS
        and text.endswith(("?", "?!"))
        and not _QUOTE_MARKS.search(text)
        and _ASKS_READER.search(text) is not None
        and _GIVING.search(text) is not None
    )


def bank_line(line: str) -> bool:
    """A line telling the reader where to give: a bank account number, or a QR code or
    account to give by addressed to the reader ("Scan deze QR-code met uw mobiel …")."""
    text = line.strip()
    if len(text.split()) > _BANK_WORDS or _QUOTE_MARKS.search(text):
        return False
    return _IBAN.search(text) is not None or (
        _GIVE_BY.search(text) is not None and _READER.search(text) is not None
    )


def newsletter_tag(line: str) -> bool:
    """A newsletter's name or tag line standing alone: a short line with no sentence end
    that names a newsletter ("The Weekly newsletter: news that matters")."""
    text = line.strip()
    return (
        0 < len(text.split()) <= _TAG_WORDS
        and _NEWSLETTER.search(text) is not None
        and _SENTENCE_END.search(text) is None
        and not _QUOTE_MARKS.search(text)
    )


def is_reader_prompt(line: str) -> bool:
    """A gift question, a bank line or a newsletter's tag line."""
    return gift_question(line) or bank_line(line) or newsletter_tag(line)
