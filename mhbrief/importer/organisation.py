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

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mhbrief.importer.orgnames import (
    NAME,
    clean_name,
    described_organisations,
    first_word_ok,
    in_role,
    is_form_of_address,
    looks_like_an_organisation,
    subjects,
    without_rank,
)
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import ORG_WORDS, SAY, is_org_word, is_role_word
from mhbrief.importer.words import WordCounts, fold_text

_CONNECTORS = (
    "en|tegen|van|voor|de|het|of|op|zonder|met|aan|bij|in|tot|uit|der|den|for|and|the|"
    "against|on|without|with|to"
)
_NAMED = re.compile(
    rf"((?:[A-Z][\w-]{{0,60}})(?:\s+(?:[A-Z][\w-]{{0,60}}|{_CONNECTORS})){{0,11}})"
    # "… (CKM)", or between commas: "The National Agency for …, NAPTIP, says"
    rf"(?:\s+\(([A-Z][A-Za-z]{{1,7}})\)|,\s+([A-Z]{{2,8}})(?=,))"
)
#: Words that lead an organisation's name without being in its abbreviation.
_PREFIXES = frozenset(["stichting", "vereniging", "foundation", "the", "het", "de"])
_GOVERNMENT = re.compile(
    r"\bOM\b|(?i:\b(?:minister|staatssecretaris|wethouder|burgemeester|gedeputeerde|kamerlid|"
    r"officier van justitie|rechter|agent|rechercheur|mayor|councillor|mp|senator|"
    r"politie|gemeente|ministerie|kabinet|rechtbank|inspectie|arbeidsinspectie|"
    r"rijksoverheid|openbaar ministerie|police|ministry|government|home office|court)\b)"
)


def is_government(name: str) -> bool:
    """A government body or office-holder: "Openbaar Ministerie (OM)", "politie X"."""
    return _GOVERNMENT.search(name) is not None


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
    if (
        len(abbr) >= 3
        and capitals[:1] == abbr[0]
        and capitals[-1:] == abbr[-1]
        and all(letter in letters for letter in abbr[1:-1])
    ):
        return True
    return _spelled_from(abbr, words, capitals)


def _spelled_from(abbr: str, words: list[str], capitals: str) -> bool:
    """ "Focus on Labour Exploitation (FLEX)": every capital initial in the abbreviation,
    in order, and its letters taken from the name's words in order."""
    if len(abbr) < 3 or not abbr.isupper() or capitals[:1] != abbr[0] or len(capitals) < 2:
        return False
    rest = iter(abbr)
    if not all(initial in rest for initial in capitals):
        return False
    letters = iter("".join(words).upper())
    return all(letter in letters for letter in abbr)


#: The last word of a name with an abbreviation that is no organisation's: a law, a plan,
#: a visa, a report, an event.
_NOT_AN_ORGANISATION = re.compile(
    r"(?i)^(?:visa|act|scheme|programme|program|plan|strategy|report|index|convention|"
    r"protocol|directive|law|bill|treaty|agreement|survey|day|week|conference|summit|"
    r"wet|regeling|programma|actieplan|verdrag|rapport|richtlijn|akkoord|dag|week|"
    r"conferentie|congres|top)$"
)


def named_organisations(text: str) -> list[Named]:
    """Every ``Name (ABBR)`` in the text whose initials make the abbreviation."""
    found: dict[str, Named] = {}
    words = Counter(re.findall(r"(?<![\w-])[A-Z][A-Za-z]{1,7}(?![\w-])", text))
    for match in _NAMED.finditer(text):
        tokens, abbr = match[1].split(), match[2] or match[3]
        if abbr in found:
            continue
        for start in range(len(tokens)):
            part = tokens[start:]
            if _NOT_AN_ORGANISATION.search(part[-1]):
                break  # "Seasonal Worker Visa (SWV)", "Global Slavery Index (GSI)"
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


#: A department's name, then the organisation it is part of.
_DEPARTMENT_FOR = re.compile(r"\s(?:for|at|bij)\s+(?P<org>(?:The\s+)?[A-Z][^,]*)$")


def _org_of_role(role: str, named: list[Named]) -> str | None:
    """The organisation a quoted person's role names, if not a government body."""
    if _GOVERNMENT.search(role):
        return None
    if (after_comma := _after_comma(role, named)) is not None:
        return after_comma  # "Director of Corporate and Legal, IJM Australia"
    role = _without_trailing_title(role)  # "Council of Europe Secretary General"
    for item in named:
        if re.search(rf"(?<![\w-]){re.escape(item.short)}(?![\w])", role):
            return item.name
        if fold_text(item.name) in fold_text(role):
            return item.name
    tail = _ORG_IN_ROLE.search(role)
    org = tail["org"] if tail else role
    if tail and (inner := _DEPARTMENT_FOR.search(org)):
        org = inner["org"]  # "Director of Anti Trafficking … for The Salvation Army"
    words = org.split()
    proper = [w for w in words if w[0].isupper()]
    if tail and len(proper) >= 2 and all(w[0].isupper() or w.islower() for w in words):
        # "CEO of Polaris Project", "adviseur van de Nationaal Rapporteur Mensenhandel"
        for item in named:
            if fold_text(item.name).endswith(fold_text(org)):
                return item.name
        return org
    if tail and len(words) == 1 and org.isupper() and len(org) > 1:
        return org  # "Executive Director of UNICEF"
    for candidate in dict.fromkeys([org, role]):  # "Council of Europe": all of it
        words = candidate.split()
        if (
            words
            and is_org_word(words[0])
            and not any(is_role_word(w) for w in words)
            and all(w[0].isupper() or w.islower() for w in words)
        ):
            for item in named:
                if fold_text(item.name).endswith(fold_text(candidate)):
                    return item.name
            return candidate
    acronym = _ROLE_THEN_ACRONYM.match(role)
    if acronym and is_role_word(acronym["role"]):
        return acronym["org"]  # "vicevoorzitter FNV", "director ECPAT"
    return None


#: A function and an organisation's acronym after it, without "van"/"of".
_ROLE_THEN_ACRONYM = re.compile(r"^(?:[\w-]+\s+)?(?P<role>[\w-]+)\s+(?P<org>[A-Z]{2,8})$")


def _after_comma(role: str, named: list[Named]) -> str | None:
    """The name after a role's last comma, when it is one: capitalised words, no role."""
    if "," not in role:
        return None
    last = role.rsplit(",", 1)[1].strip()
    last = re.sub(r"^(?:the|de|het)\s+", "", last)
    words = last.split()
    if not words or len(words) > 6 or any(is_role_word(w) for w in words):
        return None
    for item in named:
        if last in (item.short, item.name):
            return item.name
    capitals = [w for w in words if w[:1].isupper()]
    acronym = any(w.isupper() and len(w) > 1 for w in words)
    if len(capitals) == len(words) and (acronym or any(is_org_word(w) for w in words)):
        return last
    return None


def _without_trailing_title(role: str) -> str:
    """A role without the capitalised title that ends it: "Council of Europe Secretary
    General" is the Council of Europe's."""
    words = role.split()
    end = len(words)
    while (
        end > 1
        and words[end - 1][:1].isupper()
        and "-" not in words[end - 1]  # "Stichting Open Deur-woordvoerder": the name's end
        and (is_role_word(words[end - 1]) or words[end - 1].lower() in _TITLE_WORDS)
    ):
        end -= 1
    return " ".join(words[:end]) if 1 < end < len(words) else role


_TITLE_WORDS = frozenset(["general", "secretary", "executive", "deputy", "chief", "senior"])


#: A government body a quoted person speaks for: "van de politie Zeeland", "bij de
#: gemeente Goes", "of the U.S. Attorney's Office".
_GOVERNMENT_IN_ROLE = re.compile(
    r"(?:\b(?:van|bij|of|at|for)\s+(?:(?:het|de|the)\s+)?|^)(?P<org>(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?i:politie|police|gemeente|inspectie|arbeidsinspectie|ministerie|ministry|marechaussee|"
    r"openbaar ministerie|office|department|sheriff)\b"
    # "ministerie van Justitie en Veiligheid", "Department of Labor"
    r"(?:\s+(?:(?:van|voor|en|of|and|for)\s+)?[A-Z][\w/’'-]*){0,4})"
)


#: A role compounded with its body: "politiewoordvoerster", "gemeente-ambtenaar".
_GOVERNMENT_COMPOUND = re.compile(
    r"^(?P<org>politie|gemeente|ministerie|inspectie|marechaussee|OM)-?(?P<role>\w+)$"
)


def _government_of_role(role: str) -> str | None:
    """The government body a role names: when a quoted person speaks for it, it is the
    organisation of the statement."""
    match = _GOVERNMENT_IN_ROLE.search(role)
    if match and match["org"].endswith("Sheriff"):
        return match["org"]  # "Polk County Sheriff": the office, its rank and all
    if match:
        return without_rank(match["org"])
    words = role.split()
    compound = _GOVERNMENT_COMPOUND.match(words[0]) if len(words) == 1 else None
    return compound["org"] if compound and is_role_word(compound["role"]) else None


def quoted_organisation(
    roles: list[str], named: list[Named], uses: WordCounts | None = None
) -> str | None:
    """The organisation most of the quoted people belong to, not a government body (a
    tie gives none)."""
    found = quoted_organisation_of(roles, named, _org_of_role)
    return found or quoted_organisation_of(
        roles, named, lambda role, known: _one_word_org(role, known, uses)
    )


def _one_word_org(role: str, named: list[Named], uses: WordCounts | None) -> str | None:
    """``directeur van CoMensha``, ``jurist bij Payoke``: an organisation of one word after
    a role, when it is written like a name of one (``CoMensha``, ``ECPAT``) or the text
    names it again; a place's name ("wethouder van Utrecht") is a government role."""
    if _GOVERNMENT.search(role) or not any(is_role_word(w) for w in role.split()):
        return None
    match = _ONE_WORD_ORG.search(role)
    if match is None:
        return None
    org = match["org"]
    for item in named:  # "van FairWork": the "Stichting FairWork (FW)" the text names
        if fold_text(item.name).endswith(fold_text(org)) or item.short == org:
            return item.name
    shaped = any(c.isupper() for c in org[1:]) or (org.isupper() and len(org) > 1)
    again = uses is not None and uses(org) >= 2
    return org if shaped or again else None


_ONE_WORD_ORG = re.compile(
    r"\b(?:van|bij|of|at)\s+(?:(?:het|de|the)\s+)?(?P<org>[A-Z][\w&’'-]{1,40})$"
)


#: An office that is an institution of its own: "Nationaal Rapporteur", "Kinderombudsman".
_OFFICE_WORD = re.compile(r"(?i)(?:rapporteur|ombuds(?:man|vrouw)|commissioner)$")
#: The office's full name in the text: "Nationaal Rapporteur Mensenhandel en Seksueel
#: Geweld tegen Kinderen".
_OFFICE_NAME_TAIL = r"(?:\s+(?:(?:en|tegen|van|voor|and|against|on|for)\s+)?[A-Z][\w-]*){0,8}"


def quoted_office(roles: list[str], text: str, people: Iterable[str] = ()) -> str | None:
    """The office all the quoted people hold when it is an institution ("Nationaal
    Rapporteur Mensenhandel"), by the longest name the text gives it (not running into
    a person's name: "Nationaal Rapporteur Anna Verbeek")."""
    offices = {role for role in roles if role}
    if len(offices) != 1:
        return None
    office = offices.pop().strip()
    words = office.split()
    if not (
        2 <= len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and any(_OFFICE_WORD.search(word) for word in words)
    ):
        return None
    names = re.findall(rf"{re.escape(office)}{_OFFICE_NAME_TAIL}", text[:_OFFICE_REACH])
    surnames = {name.rsplit(" ", 1)[-1] for name in people if name}
    names = [name for name in names if not surnames & set(name.split())]
    return max(names, key=len, default=office)


#: How much of the text is searched for an office's full name.
_OFFICE_REACH = 200_000


#: A sentence that opens with a name and goes on in lowercase: "Comensha heeft vorig jaar
#: …", "De Arbeidsinspectie waarschuwt …".
_OPENING_NAME = re.compile(
    r"^(?:(?:De|Het|The)\s+)?(?P<org>[A-Z][\w&’'-]{1,40}(?:\s+[A-Z][\w&’'-]{1,40}){0,4})\s+"
    r"(?:heeft|had|hebben|ziet|zag|registreerde|registreert|ontving|ontvangt|publiceert|"
    r"publiceerde|meldt|meldde|constateert|constateerde|start|startte|lanceert|lanceerde|"
    r"redde|bevrijdde|has|have|had|registered|received|recorded|published|reports|reported|"
    r"rescued|launched|launches|released|releases)\b"
)


def opening_subject(
    paragraph: str, text: str, named: list[Named], is_person: Callable[[str], bool]
) -> str | None:
    """The organisation the text's first paragraph opens with as its subject, when the
    text names it again (an organisation's news about its own figures)."""
    match = _OPENING_NAME.match(paragraph)
    if match is None:
        return None
    org = clean_name(match["org"])
    if not org or not first_word_ok(org) or _no_name(org) or _GOVERNMENT.search(org):
        return None
    return _fullest(org, named, text) if _fits(org, text, is_person) else None


def quoted_government(roles: list[str], text: str = "") -> str | None:
    """The government body most of the quoted people speak for (a tie gives none), by
    the name of its office where the text gives it ("Polk County Sheriff’s Office")."""
    found = quoted_organisation_of(roles, [], lambda role, _: _government_of_role(role))
    office = re.search(rf"{re.escape(found)}[’']s\s+Office\b", text) if found else None
    return office[0] if office else found


def quoted_organisation_of(
    roles: list[str], named: list[Named], org_of: Callable[[str, list[Named]], str | None]
) -> str | None:
    counts = Counter(org for role in roles if (org := org_of(role, named)))
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


_ORG_NAME = (
    r"(?:[A-Z][\w&’'-]{0,40}(?:\s+(?:[A-Z][\w&’'-]{0,40}|van|voor|tegen|en|for|and|on|in)){0,6})"
)
_GENERIC = r"(?:politie|inspectie|gemeente|marechaussee|police)"
#: An organisation that speaks: "zegt de Arbeidsinspectie", "Veilig Thuis zegt dat",
#: "volgens de inspectie", "the Home Office said".
_SPEAKING = re.compile(
    rf"\b(?:{SAY}|volgens|according\s+to)\s+(?:(?:de|het|the)\s+)?(?P<after>{_ORG_NAME}|{_GENERIC})\b"
    rf"|(?:^|[.!?:,]\s+|\b(?i:de|het|the)\s+)"
    rf"(?P<before>{_ORG_NAME}(?:\s+{_GENERIC})?|(?i:{_GENERIC}))\s+{SAY}\b",
    re.MULTILINE,
)


def speaking_organisation(text: str, named: list[Named]) -> str | None:
    """The organisation the text most often has speak for itself ("zegt de
    Arbeidsinspectie", "Veilig Thuis zegt dat …"): a name with an organisation's word
    or an abbreviation, or a body named by its common noun ("de inspectie", counted
    for a name ending in it). A tie gives none."""
    counts: Counter[str] = Counter()
    generic: Counter[str] = Counter()
    shorts = {item.short: item.name for item in named}
    for match in _SPEAKING.finditer(text):
        org = (match["after"] or match["before"]).strip()
        words = org.split()
        if len(words) > 1 and words[0] in ("De", "Het", "The"):
            words = words[1:]  # "De Arbeidsinspectie waarschuwt": a sentence's article
        while words and words[-1].lower() in (
            "van",
            "voor",
            "tegen",
            "en",
            "for",
            "and",
            "on",
            "in",
        ):
            words.pop()
        org = " ".join(words)
        if org.lower() == org:
            generic[org.lower()] += 1
        elif org in shorts:
            counts[shorts[org]] += 1
        elif longer := [n.name for n in named if fold_text(n.name).endswith(fold_text(org))]:
            counts[longer[0]] += 1  # "the Alliance said": the Child Safety Alliance
        elif len(words) == 1 and org.isupper() and len(org) > 1:
            counts[org] += 1  # an acronym: "zegt het OM"
        elif any(is_org_word(w) for w in words) and fold_text(org) not in ORG_WORDS:
            counts[org] += 1  # not a bare "Charity" or "Stichting"
    for noun, count in generic.items():
        ending = [org for org in counts if fold_text(org).endswith(noun)]
        if not ending:  # "de inspectie" of a text that names the "Arbeidsinspectie"
            names = Counter(re.findall(rf"\b[A-Z][\w-]{0, 40}{noun}\b", text)).most_common(2)
            if names and (len(names) == 1 or names[0][1] > names[1][1]):
                ending = [names[0][0]]
        if len(ending) == 1:
            counts[ending[0]] += count
        elif not counts:
            counts[noun] += count
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


#: How many different names a text is read for as its organisation: the bound keeps a
#: long text's cost linear.
_CANDIDATES = 40


def _fullest(org: str, named: list[Named], text: str) -> str:
    """The name as the text names it in full: a short form's name ("CoMensha" is the
    "Coördinatiecentrum tegen Mensenhandel (CoMensha)"), a bare name with its kind
    ("Veilig Werk" of "Stichting Veilig Werk"), without a leading article unless the
    text writes it capitalised inside a sentence ("at The Freedom Fund")."""
    for item in named:
        if org in (item.short, item.name) or fold_text(item.name).endswith(" " + fold_text(org)):
            return item.name
    bare = re.sub(r"^(?:The|Het|De)\s+", "", org)
    if bare != org and not re.search(rf"(?<![.!?:\n])\s{re.escape(org)}\b", text):
        org = bare
    led = re.search(rf"\b(?i:stichting|vereniging|vzw)\s+{re.escape(org)}(?![\w-])", text)
    return led[0] if led and not org.lower().startswith(("stichting", "vereniging", "vzw")) else org


def grammar_organisation(
    roles: list[str], named: list[Named], text: str, is_person: Callable[[str], bool]
) -> str | None:
    """The organisation most of the quoted people belong to, read by the grammar of
    :mod:`.orgnames` ("jurist bij vzw Payoke", "Piet Kramer van het Leger des Heils",
    "Stichting X-woordvoerder"); not a government body, a person or an outlet."""
    counts: Counter[str] = Counter()
    fits: dict[str, str | None] = {}  # each name is looked up in the text once
    for role in roles:
        if _GOVERNMENT.search(role):
            continue
        if kind := _KIND_IN_ROLE.search(role):  # "directeur van de stichting"
            if kind[1] not in fits and len(fits) < _CANDIDATES:
                fits[kind[1]] = _named_of_kind(kind[1], text, is_person)
            if found := fits.get(kind[1]):
                counts[found] += 1
                continue
        for org in in_role(role):
            if org not in fits and len(fits) < _CANDIDATES:
                # after a role, a name of two capitalised words or more needs no repeat
                fits[org] = (
                    _fullest(org, named, text)
                    if _fits(org, text, is_person, once=_proper_words(org) >= 2)
                    else None
                )
            if found := fits.get(org):
                counts[found] += 1
                break
    return _top(counts)


#: A role's organisation named by its kind: "van de stichting", "of the charity".
_KIND_IN_ROLE = re.compile(
    r"\b(?:van|bij|of|at|for)\s+(?:de|het|the|onze|our)\s+(stichting|vereniging|organisatie|"
    r"charity|foundation|organisation|organization|fund|fonds|network|netwerk)$",
    re.IGNORECASE,
)


def _named_of_kind(kind: str, text: str, is_person: Callable[[str], bool]) -> str | None:
    """The one organisation of that kind the text names ("Stichting Jeugd en Recht" for
    "de stichting", "the Safe Haven Fund" for "the fund")."""
    pattern = re.compile(rf"(?i:\b{kind}\s+)(?:{NAME})|(?:{NAME})\s+(?i:{kind})\b")
    names = set()
    for match in pattern.finditer(text):
        name = re.sub(r"^(?:The|the|De|de|Het|het)\s+", "", match[0])
        if name.startswith(kind):  # "the charity Safe Haven": the kind in lowercase
            name = name[len(kind) :].strip()
        words = [w for w in name.split() if fold_text(w) != fold_text(kind)]
        if words and not is_person(name):
            names.add(name)
    return names.pop() if len(names) == 1 else None


def described_organisation(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The one organisation the text says what it is ("Proud, de belangenvereniging voor
    sekswerkers, is boos …"), not a person, an outlet or a government body."""
    found = {
        org
        for org in itertools.islice(described_organisations(text), _CANDIDATES)
        if not _GOVERNMENT.search(org) and not is_person(org) and not is_outlet(org)
    }
    return found.pop() if len(found) == 1 else None


def speaking_named(
    text: str, named: list[Named], is_person: Callable[[str], bool], agency: str | None
) -> str | None:
    """The organisation the text has say, warn or announce something by its name, as a
    sentence's subject ("Fier Fryslân noemt …", "CoMensha waarschuwt", "The Network
    warned"), not a government body, a person, an outlet or the dateline's agency."""
    counts: Counter[str] = Counter()
    seen: dict[str, str | None] = {}  # each name is looked up in the text once
    for org, said in subjects(text):
        if org not in seen:
            if len(seen) >= _CANDIDATES:
                continue
            # "…, zegt Emergis, waar …": who said it, once, is enough
            fits = (
                org != agency
                and not _GOVERNMENT.search(org)
                and not _no_name(org)
                and _fits(org, text, is_person, once=said)
            )
            seen[org] = _fullest(org, named, text) if fits else None
        if found := seen[org]:
            counts[found] += 1
    return _top(counts)


def _no_name(org: str) -> bool:
    """Words no organisation is called: a form of address ("Ms" of "Ms. Pillay said"), an
    abbreviation cut at its full stop ("U.S" of "U.S. Attorney X said"), or a rank of two
    words ("Zonal Commander")."""
    words = org.split()
    if is_form_of_address(org) or ("." in org and len(org.replace(".", "")) <= 4):
        return True
    return len(words) <= 2 and is_role_word(words[-1]) and not any(is_org_word(w) for w in words)


def _fits(org: str, text: str, is_person: Callable[[str], bool], once: bool = False) -> bool:
    if is_person(org) or is_outlet(org):
        return False
    return once or looks_like_an_organisation(org, text)


def _proper_words(org: str) -> int:
    return sum(1 for word in org.split() if word[:1].isupper())


def _top(counts: Counter[str]) -> str | None:
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
