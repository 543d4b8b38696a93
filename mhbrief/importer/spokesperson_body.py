"""The body an unnamed spokesperson speaks for, from the sentence right before the
quote: "De gemeente erkent dat … ,,…'', zegt een woordvoerder." is the municipality's
spokesperson, whatever other body (the police) the text has speak elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

#: A spokesperson's role with no one named: "een woordvoerder", "a spokesman".
_SPOKESPERSON = re.compile(
    r"^(?:(?:een|de|a|the)\s+)?(?:woordvoerder|woordvoerster|spokes(?:man|woman|person))$",
    re.IGNORECASE,
)
#: A body as a sentence's subject, by its kind and perhaps its name: "De gemeente
#: erkent", "De gemeente Den Bosch laat weten", "The council said".
_BODY_SUBJECT = re.compile(
    r"^(?:De|Het|The)\s+(?P<body>(?:gemeente|politie|provincie|council|police)"
    r"(?:\s+[A-Z'][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+[a-z]"
)
#: A sentence's end before the next one, or a paragraph's.
_SENTENCE_END = re.compile(r"(?:[.!?]\s+|\n+)(?=\S)")
#: Quotation marks that may open a quote.
_OPENERS = "“‘\"',„«"


def _sentence_before(text: str, quote: str) -> str | None:
    """The sentence right before ``quote`` in its paragraph, or None at its start."""
    at = text.find(quote)
    if at <= 0:
        return None
    before = text[:at].rstrip().rstrip(_OPENERS).rstrip()
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    sentence = before[starts[-1] :] if starts else before
    return sentence if sentence and "\n" not in sentence else None


def spokesperson_body(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The body the sentence before the first quote has as its subject, when every quote
    is an unnamed spokesperson's ("zegt een woordvoerder")."""
    if not quotes or not all(
        (not q.get("speaker") or q["speaker"].startswith("TODO"))
        and _SPOKESPERSON.match((q.get("role") or "").strip())
        for q in quotes
    ):
        return None
    sentence = _sentence_before(text, quotes[0]["text"][:80])
    match = _BODY_SUBJECT.match(sentence) if sentence else None
    return match["body"] if match else None
