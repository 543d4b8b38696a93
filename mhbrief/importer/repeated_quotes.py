"""A quote that gives again, word for word, what an earlier quote of the text gave
without saying whose words they are: a page that quotes a claim in its opening and again
in its body ("… claimed they 'were only doing their job', a court heard." and later "X
said they claimed they “were only doing their job”"). The draft holds the words once, as
first quoted, and leaves whose they are to the reader; the repeat stays in its paragraph.
Words a person is quoted saying again under their name are not looked at: that is the
text's choice to repeat them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mhbrief.importer.words import fold_text

#: A repeat is looked for among this many quotes before it (a bounded look-up a quote).
_LOOK_BACK = 50
#: Shorter quotes are phrases that a text may well use twice.
_MIN_WORDS = 6
_NOT_A_LETTER = re.compile(r"[\W_]+")


@lru_cache(maxsize=2 * _LOOK_BACK)  # a quote is looked back at by the next fifty
def _key(text: str) -> str:
    """The words alone: apostrophes, marks, dashes and spaces as any page prints them."""
    return _NOT_A_LETTER.sub(" ", fold_text(text)).strip()


def said_again(quote_text: str, quotes: list[dict[str, Any]], opens: bool = False) -> bool:
    """Whether ``quote_text`` repeats one of the last ``quotes`` that has no speaker. A
    quote that ``opens`` its paragraph is not looked at here: standing alone, it is a
    pull quote, left out with its words."""
    if opens or len(quote_text.split()) < _MIN_WORDS:
        return False
    key = _key(quote_text)
    return any(
        str(quote.get("speaker", "")).startswith("TODO") and _key(str(quote["text"])) == key
        for quote in quotes[-_LOOK_BACK:]
    )
