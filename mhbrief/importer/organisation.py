"""The organisation a text is about, and the outlet that published it.

Without ``--organisation`` the organisation is the one whose people are quoted
(from the quotes' roles: "directeur van Stichting X", "CKM-woordvoerder", "bij het
CTU"), else the one named most with its abbreviation ("Centrum tegen Kinderhandel
en Mensenhandel (CKM)"). Government bodies (a minister, the police, a municipality,
the public prosecutor) are never taken for it: a news text quotes them beside the
organisation it is about. The outlet (a news agency in the dateline, a paper's or
broadcaster's name above the headline) is kept apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word, is_role_word
from mhbrief.importer.words import fold_text

_CONNECTORS = (
    "en|tegen|van|voor|de|het|of|op|zonder|met|aan|bij|in|tot|uit|der|den|for|and|the|"
    "against|on|without|with|to"
)
_NAMED = re.compile(
    rf"((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|{_CONNECTORS})){{0,11}})\s+\(([A-Z][A-Za-z]{{1,7}})\)"
)
#: Words that lead an organisation's name without being in its abbreviation.
_PREFIXES = frozenset(["stichting", "vereniging", "foundation", "the", "het", "de"])
_GOVERNMENT = re.compile(
    r"\bOM\b|(?i:\b(?:minister|staatssecretaris|wethouder|burgemeester|gedeputeerde|kamerlid|"
    r"officier van justitie|rechter|agent|rechercheur|mayor|councillor|mp|senator|"
    r"politie|gemeente|ministerie|kabinet|rechtbank|inspectie|arbeidsinspectie|"
    r"rijksoverheid|openbaar ministerie|police|ministry|government|home office|court)\b)"
)
_ORG_IN_ROLE = re.compile(
    r"\b(?:van|bij|of|at|from)\s+(?:(?:het|de|the)\s+)?(?P<org>[A-Z][\w&’'-]*"
    r"(?:\s+(?:[A-Z][\w&’'-]*|van|voor|tegen|en|op|of|for|and|against))*)"
)


@dataclass(frozen=True)
class Named:
    """An organisation named with its abbreviation, and how often the text uses it."""

    name: str
    short: str
    mentions: int


def _initials(words: list[str]) -> set[str]:
    capitals = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words).upper()
    hyphened = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
    camel = "".join(c for w in words for c in w if c.isupper())
    return {capitals, every, hyphened, camel}


def _matches(abbr: str, words: list[str]) -> bool:
    if abbr.upper() in _initials(words) or words[0] == abbr:  # "FNV Vlees (FNV)"
        return True
    capitals_of_abbr = "".join(c for c in abbr if c.isupper())
    if abbr != abbr.upper() and len(capitals_of_abbr) >= 2:  # "… tegen Mensenhandel (CoMensha)"
        return capitals_of_abbr in _initials(words)
    # "Stichting Au Pair Veilig (SAV)": the first and last initial, the rest in order.
    capitals = "".join(w[0] for w in words if w[0].isupper())
    letters = iter(capitals[1:-1])
    return (
        len(abbr) >= 3
        and capitals[:1] == abbr[0]
        and capitals[-1:] == abbr[-1]
        and all(letter in letters for letter in abbr[1:-1])
    )


def named_organisations(text: str) -> list[Named]:
    """Every ``Name (ABBR)`` in the text whose initials make the abbreviation."""
    found: dict[str, Named] = {}
    words = Counter(re.findall(r"(?<![\w-])[A-Z][A-Za-z]{1,7}(?![\w-])", text))
    for match in _NAMED.finditer(text):
        tokens, abbr = match[1].split(), match[2]
        if abbr in found:
            continue
        for start in range(len(tokens)):
            part = tokens[start:]
            if part[0][0].isupper() and _matches(abbr, part):
                if start > 0 and tokens[start - 1].lower() in ("stichting", "vereniging"):
                    part = [tokens[start - 1], *part]  # "Stichting FairWork (FW)"
                while part[0].lower() in _PREFIXES - {"stichting", "vereniging", "foundation"}:
                    part = part[1:]
                found[abbr] = Named(" ".join(part), abbr, words[abbr])
                break
    return list(found.values())


_ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w.-])")


def _acronym(text: str) -> tuple[str, str] | None:
    """An organisation known by its acronym alone (``UNICEF``), when the text uses one
    acronym at least three times and more than any other."""
    counts = Counter(_ACRONYM.findall(text)).most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    if _GOVERNMENT.search(counts[0][0]):
        return None
    return counts[0][0], counts[0][0]


def named_organisation(text: str) -> tuple[str, str] | None:
    """``(name, abbreviation)`` of the organisation named with its abbreviation
    (``Centrum tegen … (CKM)``) whose abbreviation the text uses most; else the one
    acronym the text uses most."""
    named = named_organisations(text)
    if not named:
        return _acronym(text)
    best = max(named, key=lambda n: n.mentions)
    return best.name, best.short


def _org_of_role(role: str, named: list[Named]) -> str | None:
    """The organisation a quoted person's role names, if not a government body."""
    if _GOVERNMENT.search(role):
        return None
    for item in named:
        if re.search(rf"(?<![\w-]){re.escape(item.short)}(?![\w])", role):
            return item.name
        if fold_text(item.name) in fold_text(role):
            return item.name
    tail = _ORG_IN_ROLE.search(role)
    org = tail["org"] if tail else role
    words = org.split()
    proper = [w for w in words if w[0].isupper()]
    if tail and len(proper) >= 2 and all(w[0].isupper() or w.islower() for w in words):
        # "CEO of Polaris Project", "adviseur van de Nationaal Rapporteur Mensenhandel"
        for item in named:
            if fold_text(item.name).endswith(fold_text(org)):
                return item.name
        return org
    if (
        words
        and is_org_word(words[0])
        and not any(is_role_word(w) for w in words)
        and all(w[0].isupper() or w.islower() for w in words)
    ):
        for item in named:
            if fold_text(item.name).endswith(fold_text(org)):
                return item.name
        return org
    return None


def quoted_organisation(roles: list[str], named: list[Named]) -> str | None:
    """The organisation most of the quoted people belong to (a tie gives none)."""
    counts = Counter(org for role in roles if (org := _org_of_role(role, named)))
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        tied = {org for org, count in ranked if count == ranked[0][1]}
        with_short = [n for n in named if n.name in tied]
        if len(with_short) != 1:
            return None
        return with_short[0].name
    return ranked[0][0]


_OUTLET_WORDS = re.compile(
    r"(?i)\b(?:nieuws|news|dagblad|courant|krant|omroep|rtv|fm|tv|radio|times|post|gazette|"
    r"herald|tribune|journal|online)\b"
)


def outlet_of(site: str | None, agency: str | None, organisation: str | None) -> str | None:
    """The news outlet: the agency of the dateline, or the site's name when it is a
    paper's or broadcaster's and not the organisation's own ("NOS Nieuws" is NOS)."""
    if agency:
        return agency
    if not site or not (_OUTLET_WORDS.search(site) or is_outlet(site)):
        return None
    if organisation and fold_text(organisation) in fold_text(site):
        return None
    words = site.split()
    if len(words) == 2 and words[0].isupper() and _OUTLET_WORDS.fullmatch(words[1]):
        return words[0]  # "NOS Nieuws", "RTL Nieuws"
    return site
