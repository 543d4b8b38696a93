"""What a role, a title and a name particle look like, in Dutch and English."""

from __future__ import annotations

import re

from mhbrief.importer.words import fold_text

#: Titles whose full stop does not end the attribution: "aldus prof. dr. Anna Smit".
TITLES = frozenset(
    ["prof.", "dr.", "drs.", "mr.", "mrs.", "ms.", "ir.", "ing.", "dhr.", "mevr.", "ds."]
)
TITLE = rf"(?:{'|'.join(title.removesuffix('.') for title in sorted(TITLES))})\.(?=\s)"

ROLE_STEMS = (
    "woordvoerder",
    "woordvoerster",
    "directeur",
    "directrice",
    "voorzitter",
    "coordinator",
    "bestuurder",
    "oprichter",
    "onderzoeker",
    "adviseur",
    "medewerker",
    "deskundige",
    "advocaat",
    "manager",
    "minister",
    "staatssecretaris",
    "hoofd",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chair",
    "chairman",
    "chairwoman",
    "founder",
    "researcher",
    "advisor",
    "adviser",
    "officer",
    "lawyer",
    "expert",
    "head",
    "president",
    "ceo",
    "campaigner",
    "secretary",
)
#: Lowercase words inside a name: "Anna van den Berg", "Ahmed el Amrani".
PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "'t",
        "von",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "van't",
        "’t",
        "van’t",
        "in",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
        "op",
    ]
)
ARTICLES = frozenset(["de", "het", "the", "our", "onze", "ons", "a", "an", "een"])


def is_role_word(token: str) -> bool:
    """``woordvoerder``, ``CKM-woordvoerder``, ``beleidsadviseur``, ``Director``."""
    last = fold_text(token).rsplit("-", 1)[-1].strip(",")
    return any(last.endswith(stem) for stem in ROLE_STEMS)


def with_title_spaces(text: str) -> str:
    """``text`` with the space after each title (``mr.``) made a no-break space (same
    length), so that splitting at sentence ends keeps a title with its name."""
    return re.sub(rf"(?i)\b{TITLE} ", lambda m: m[0][:-1] + "\u00a0", text)
