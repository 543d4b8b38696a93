"""The organisation whose bank account a page gives for gifts: "maak uw bijdrage over op
NL00 BANK 0000 0000 00 t.n.v. Stichting Hulp Nu o.v.v. noodhulp" is Stichting Hulp Nu's
page, when the text names it (without its kind's word) elsewhere too."""

from __future__ import annotations

import re

from mhbrief.importer.words import WordCounts

#: "t.n.v." / "ten name van" and the account holder's name: capitalised words with the
#: small words inside names, up to the next lower-case word or a sentence's end.
_HOLDER = re.compile(
    r"\b(?:t\.\s?n\.\s?v\.|ten\s+name\s+van)\s+"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|des|van|de|der|voor|en|tegen)){0,7})"
)
_SMALL = frozenset(["des", "van", "de", "der", "voor", "en", "tegen"])
_KIND = re.compile(r"^(?:Stichting|Vereniging)\s+")


def account_holder(text: str) -> str | None:
    """The one organisation the text gives a bank account of, as the account names it."""
    uses = WordCounts(text)
    found = set()
    for match in _HOLDER.finditer(text):
        words = match["name"].split()
        while words and words[-1] in _SMALL:
            words.pop()
        name = " ".join(words)
        bare = _KIND.sub("", name)
        if len(words) < 2:
            continue  # one word: a person's surname as likely as a body's name
        heads = [" ".join(bare.split()[:k]) for k in range(len(bare.split()), 0, -1)]
        if any(uses(head) >= 2 for head in heads if head.split()[-1] not in _SMALL):
            found.add(name)  # "Hulp Nu" of "Stichting Hulp Nu Nederland", named again
    return found.pop() if len(found) == 1 else None
