"""Picture captions printed as a sentence without its full stop.

Some news sites (British tabloids above all) print a picture's caption as a whole
sentence with no full stop at its end, between paragraphs that end with one: "Police
vans are pictured outside the farm in Kent this morning". A paragraph of that shape,
standing alone after the article has begun and after a paragraph that ends a sentence,
is the caption, not the article; a subheading is shorter, a list follows a colon or its
heading.
"""

from __future__ import annotations

import re

#: A caption of this many words or more (a subheading is shorter) ...
_FEWEST = 14
#: ... and at most this many (a paragraph is longer).
_MOST = 45
#: The end of a sentence, maybe inside a quotation: "… today.", "… follow.'", "… zei ze.”".
_SENTENCE_ENDS = re.compile(r"[.!?…][”’\"')]*\s*$")
#: A line that ends with punctuation of its own is no bare caption.
_PUNCTUATED = re.compile(r"[.!?…:;,”\"»)][”’\"')]*\s*$")
_QUOTE_MARKS = re.compile(r"[“”„«»\"‘]|,,")
#: A second sentence inside: "… op. Dat roept de vraag op; …" (a question that lost its
#: mark, a paragraph); a caption is one sentence.
_INSIDE = re.compile(r"[.!?;]\s+[A-Z]|;")
#: A lowercase word of a sentence: a caption has a verb, a heading in title case has none.
_LOWER = re.compile(r"\s[a-z]{3,}\b")


def is_bare_caption(line: str, before: str) -> bool:
    """``line``, a paragraph of its own, is a caption printed without its full stop:
    14 to 45 words in sentence case, no quotation marks, no end punctuation, after a
    kept paragraph ``before`` that ends a sentence."""
    words = line.split()
    if not (_FEWEST <= len(words) <= _MOST) or not line[:1].isupper():
        return False
    if _PUNCTUATED.search(line) or _QUOTE_MARKS.search(line) or _INSIDE.search(line):
        return False
    if len(_LOWER.findall(line)) < len(words) // 3:
        return False  # "The Ten Things Every Parent Should Know About …": a heading
    return _SENTENCE_ENDS.search(before) is not None
