"""Words a quote gives that are not the quoted person's own: a message, a letter or a
sign they quote ("He quoted a text sent to clients saying “…”"), a question put to
them ("Vaak krijgt ze de vraag ‘Waarom …?’"), or the testimony of
someone the next paragraph leaves unnamed ("“…” ¶ Dit is de getuigenis van een vrouw
die …", "This is the story of a man who …"). Such a quote is not given to the one
person the text quotes and names.
"""

from __future__ import annotations

import re

#: In the quote's sentence before it: the speaker quotes something ("quoted", "citeerde"),
#: or a written message is said to read so ("a text saying", "een bericht met de tekst").
_QUOTING = re.compile(
    r"\b(?:quoted|quotes|quoting|citeerde|citeert|citeerden|voorlas|read\s+out|read\s+from)\b"
    r"|\b(?:text|texts|message|messages|sms|e-?mail|letter|note|sign|ad|advert|advertisement"
    r"|post|tweet|bericht|berichtje|brief|briefje|advertentie|bordje)\b"
    r"[^.!?]{0,120}?\b(?:saying|reading|read|reads|said|stating|luidend|met\s+de\s+tekst)\b",
    re.IGNORECASE,
)
#: How far before a quote its sentence is read.
_BEFORE = 300
#: The paragraph after a quote says whose words they were, someone unnamed: "Dit is de
#: getuigenis van een vrouw", "These were the words of a victim".
_UNNAMED_WITNESS = re.compile(
    r"\s*(?:dit|dat|het|this|that|these|those|such)\s+(?:is|zijn|was|waren|are|were)\s+"
    r"(?:de|het|the)\s+(?:[\w-]+\s+){0,2}?(?:van|of)\s+(?:een|a|an)\s",
    re.IGNORECASE,
)


def quoted_writing(text: str, quote: str) -> bool:
    """The quote's own sentence, before it, has someone quote a message or a letter."""
    at = text.find(quote[:60]) if quote else -1
    if at <= 0:
        return False
    before = text[max(0, at - _BEFORE) : at]
    sentence = re.split(r"[.!?]\s+(?=[A-Z“„\"‘])", before)[-1]
    return _QUOTING.search(sentence) is not None


def unnamed_witness(next_paragraph: str) -> bool:
    """The paragraph after a quote opens by saying it was someone unnamed's words."""
    return _UNNAMED_WITNESS.match(next_paragraph) is not None


#: Before a quote, in its sentence: the words are a question put to someone.
_ASKED = re.compile(
    r"\b(?:vraag|vragen|vroeg|vroegen|question|questions|asks?|asked)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)


def asked_question(text: str, quote: str) -> bool:
    """The quote is one question (no sentence of its own before the question mark), or
    its sentence calls it a question asked ("de vraag ‘…’", "was asked ‘…’")."""
    if quote.rstrip(" ’'”\"").endswith("?") and not re.search(r"[.!]\s", quote):
        return True
    at = text.find(quote[:60]) if quote else -1
    return at > 0 and _ASKED.search(text[max(0, at - 80) : at].rstrip(" “„\"‘'")) is not None
