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
from collections.abc import Callable
from dataclasses import dataclass

from mhbrief.importer.acronyms import ACRONYM, spelled_elsewhere
from mhbrief.importer.forces import NATIONAL as NATIONAL  # forces: their own module,
from mhbrief.importer.forces import named_force as named_force  # importable from here
from mhbrief.importer.joined_posts import the_posts
from mhbrief.importer.joint_statement import plural_role_alone
from mhbrief.importer.offices import OFFICE_REACH, SHERIFFS_OFFICE
from mhbrief.importer.offices import quoted_office as quoted_office
from mhbrief.importer.offices import spokesperson_office as spokesperson_office
from mhbrief.importer.org_tails import BODY_ON, title_owner
from mhbrief.importer.orgnames import COUNTRY_LETTERS, without_rank
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.own_s import own_s_in_role
from mhbrief.importer.roles import (
    ORG_KIND_NOUN,
    POLICE_RANKS,
    ROLE_MODIFIERS,
    is_org_word,
    is_role_word,
)
from mhbrief.importer.words import WordCounts, fold_text

NAME_CONNECTORS = (
    "en|tegen|van|voor|de|het|of|op|zonder|met|aan|bij|in|tot|uit|der|den|for|and|the|"
    "against|on|without|with|to"
)
_NAMED = re.compile(  # a word may be possessive: "… Children’s Fund (UNICEF)", "Workers’"
    rf"((?:[A-Z][\w-]{{0,60}})(?:\s+(?:[A-Z][\w-]{{0,60}}(?:['’]s|(?<=s)['’])?|{NAME_CONNECTORS})){{0,11}})"
    # "… (CKM)", or between commas: "The National Agency for …, NAPTIP, says"
    rf"(?:\s+\(([A-Z][A-Za-z]{{1,7}})\)|,\s+([A-Z]{{2,8}})(?=,))"
)
#: Words that lead an organisation's name without being in its abbreviation.
_PREFIXES = frozenset(["stichting", "vereniging", "foundation", "the", "het", "de"])
_GOVERNMENT = re.compile(
    r"\bOM\b|(?i:\b(?:minister|staatssecretaris|wethouder|burgemeester|gedeputeerde|kamerlid|"
    r"officier van justitie|rechter|agent|rechercheur|mayor|councillor|mp|senator|"
    r"politie|gemeente|ministerie|kabinet|rechtbank|inspectie|arbeidsinspectie|"
    r"rijksoverheid|openbaar ministerie|police|ministry|government|home office|court|"
    r"department of|attorney general|solicitor general|district attorney|u\.s\. attorney|"
    r"secretary of state)\b)"
)


def is_government(name: str) -> bool:
    """A government body or office-holder: "Openbaar Ministerie (OM)", "politie X"."""
    return _GOVERNMENT.search(name) is not None


_ORG_IN_ROLE = re.compile(
    r"\b(?:van|vanuit|bij|aan|of|at|from)\s+(?:(?:het|de|the)\s+)?(?P<org>[A-Z][\w&’'-]*"
    rf"(?:\s+(?:[A-Z][\w&’'-]*|van|voor|tegen|en|op|of|for|and|against)|{BODY_ON})*)"
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
    if len(words) >= 3 and len(abbr) >= 5 and abbr[1:].islower() and abbr[:4] == words[0][:4]:
        return True  # "European Union Agency for … Cooperation (Europol)": a short name
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
#: a visa, a report, an event, a scheme ("National Referral Mechanism").
_NOT_AN_ORGANISATION = re.compile(
    r"(?i)^(?:visa|act|scheme|programme|program|plan|strategy|report|index|convention|"
    r"protocol|directive|law|bill|treaty|agreement|survey|day|week|conference|summit|"
    r"wet|regeling|programma|actieplan|verdrag|rapport|richtlijn|akkoord|dag|week|"
    r"conferentie|congres|top|mechanism|mechanisme|framework|system|systeem|warrant|"
    r"regulation|verordening)$"
)


_SHORT_FIRST = re.compile(
    rf"(?<![\w-])([A-Z][A-Za-z]{{1,7}})\s+\(((?:[A-Z][\w-]{{0,60}})"
    rf"(?:\s+(?:[A-Z][\w-]{{0,60}}|{NAME_CONNECTORS})){{1,11}})\)"
)


def named_organisations(text: str) -> list[Named]:
    """Every ``Name (ABBR)`` in the text whose initials make the abbreviation."""
    found: dict[str, Named] = {}
    words = Counter(re.findall(r"(?<![\w-])[A-Z][A-Za-z]{1,7}(?![\w-])", text))
    pairs = [(m[1].split(), m[2] or m[3]) for m in _NAMED.finditer(text)]
    # "LANGZS (Stichting Landelijk Advocaten Netwerk …)": the short form first
    pairs += [(m[2].split(), m[1]) for m in _SHORT_FIRST.finditer(text)]
    pairs += spelled_elsewhere(text, {abbr for _, abbr in pairs})
    for tokens, abbr in pairs:
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


def _acronym(text: str) -> tuple[str, str] | None:
    """An organisation known by its acronym alone (``UNICEF``), when the text uses one
    acronym at least three times and more than any other."""
    counts = Counter(ACRONYM.findall(text)).most_common(2)
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


#: An organisation's kind in lowercase, then its name: "at the law firm Harbour Legal",
#: "bij het advocatenkantoor Bos & Partners".
_KIND_THEN_ORG = re.compile(
    rf"\b(?:at|of|for|with|from|bij|van|voor)\s+(?:the|a|an|de|het|een)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{ORG_KIND_NOUN}|firm|company|agency|bedrijf|[a-z]*kantoor|partij|party)\s+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,4})"
)


def org_after_kind(words: str) -> str | None:
    """The name after an organisation's kind in lowercase: "Harbour Legal" of "associate
    at the law firm Harbour Legal"."""
    match = _KIND_THEN_ORG.search(words)
    return match["org"] if match else None


#: A department's name, then the organisation it is part of.
_DEPARTMENT_FOR = re.compile(r"\s(?:for|at|bij)\s+(?P<org>(?:The\s+)?[A-Z][^,]*)$")


#: A role with its organisation's name before a hyphen: "Havenhuis-directeur", "GB&W-Kamerlid".
_COMPOUND_ROLE = re.compile(
    r"^(?P<org>[A-Z][\w&.]*(?: (?:(?:des|de|der|du|van|voor) ){0,2}[A-Z][\w&.]*){0,3})"
    r"-(?P<role>[A-Za-z][\w-]*)$"
)
#: A member of a parliament or council speaks for the party before the hyphen.
_MEMBER = frozenset(
    ["kamerlid", "raadslid", "statenlid", "fractievoorzitter", "europarlementariër", "senator"]
)


#: What a role's first part says of its holder, not whose: "Co-founder", "Vice-President".
_ROLE_PREFIXES = frozenset(
    [
        *("co", "ex", "vice", "oud", "mede", "adjunct", "hoofd", "interim", "deputy", "senior"),
        *("junior", "assistant", "chief", "non", "self", "pro", "anti", "plaatsvervangend"),
    ]
)


def _org_of_compound(role: str, named: list[Named]) -> str | None:
    """ "Havenhuis-directeur": Havenhuis; "GB&W-Kamerlid": GB&W (a member speaks for the party); a
    government body before the hyphen ("OM-woordvoerder") is none."""
    match = _COMPOUND_ROLE.match(role)
    if match is None or _GOVERNMENT.search(match["org"]) or not is_role_word(match["role"]):
        return None
    if any(w.lower() in _ROLE_PREFIXES or is_role_word(w) for w in match["org"].split()):
        return None  # "Co-founder", "Oud-directeur", "Directeur-generaal": no name before
    if _GOVERNMENT.search(match["role"]) and match["role"].lower() not in _MEMBER:
        return None  # "VVD-wethouder": the municipality's, not the party's
    org = match["org"]
    return next((item.name for item in named if org in (item.short, item.name)), org)


def org_of_role(role: str, named: list[Named]) -> str | None:
    """The organisation a quoted person's role names, if not a government body."""
    if posts := the_posts(role):  # two posts: the body the later one names, else the first
        return org_of_role(posts[0], named) or org_of_role(posts[1], named)
    if compound := _org_of_compound(role, named):
        return compound
    if _GOVERNMENT.search(role):
        return None
    if own_s := own_s_in_role(role):
        return own_s  # "of Barnardo’s": a name's own "’s", never a place's
    if owner := title_owner(role):
        return owner  # "Harbour Project's Survivor Leader for Outreach": the project
    if (after_comma := _after_comma(role, named)) is not None:
        return after_comma  # "Director of Corporate and Legal, IJM Australia"
    if kind := org_after_kind(role):
        return kind  # "associate at the law firm Harbour Legal"
    if title_for := _title_for(role, named):
        return title_for  # "Response Coordinator for The Harbour Trust"
    role = _without_trailing_title(role)  # "Council of Europe Secretary General"
    for item in named:
        if re.search(rf"(?<![\w-]){re.escape(item.short)}(?![\w])", role):
            return item.name
        if fold_text(item.name) in fold_text(role):
            return item.name
    # "Head of Thematic Advocacy Programmes at Anti-Slavery International": the name of
    # an organisation's kind, when an earlier "of …" names none
    tails = list(itertools.islice(_ORG_IN_ROLE.finditer(role), 8))
    kinds = [t for t in tails if any(is_org_word(w) for w in t["org"].split())]
    tail = (kinds or tails)[0] if tails else None
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
    first = _ACRONYM_THEN_TITLE.match(role)
    if first and is_role_word(first["role"]) and first["org"] not in COUNTRY_LETTERS:
        return first["org"]  # "HRU Commander", "UNODC Executive Director"
    return None


#: An organisation's short form, then a title in Title Case: "HRU Commander", "UNODC
#: Executive Director", "NCA Deputy Director General", "XYZ Assistant Director-in-Charge".
_ACRONYM_THEN_TITLE = re.compile(
    r"^(?P<org>[A-Z][A-Z&]{0,6}[A-Z])\s+(?:[A-Z][a-z]{1,20}\s+){0,3}(?P<role>[A-Z][a-z-]{1,30}(?:-[A-Z][a-z]{1,20})?)$"
)


#: A title in Title Case, "for", and the organisation it ends with: "Anti-Trafficking
#: Response Coordinator for The Harbour Trust", "Head of Policy for Safe Haven".
_TITLE_FOR = re.compile(
    r"^(?P<title>(?:[A-Z][\w'’-]{0,40}\s+(?:(?:of|for|and|&)\s+)?){0,5}?[A-Z][\w'’-]*)\s+"
    r"(?:for|voor)\s+(?P<org>(?:(?:The|the|de|het)\s+)?[A-Z][\w&’'.-]*"
    r"(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and|against|on|en|van|voor|tegen)){0,6})$"
)


def _title_for(role: str, named: list[Named], uses: WordCounts | None = None) -> str | None:
    """The organisation a title in Title Case is held for, when the title ends in a role
    word and the name looks like an organisation's (a word of its kind, a short form, one
    named with its abbreviation, or a name of two words or more the text writes again):
    "Coordinator for Europe" names a region."""
    match = _TITLE_FOR.match(role.rsplit(",", 1)[-1].strip())  # "Major, Coordinator for X"
    if match is None or not is_role_word(match["title"].split()[-1]):
        return None
    org = match["org"]
    if uses is not None:  # "for The Salvation Army", written again in the text
        bare = re.sub(r"^(?:the|de|het)\s+", "", org, flags=re.I).split()
        proper = len(bare) >= 2 and all(w[:1].isupper() for w in bare)
        return org[0].upper() + org[1:] if proper and uses(" ".join(bare)) >= 2 else None
    for item in named:
        if fold_text(item.name).endswith(
            fold_text(re.sub(r"^(?:the|de|het)\s+", "", org, flags=re.I))
        ):
            return item.name
    words = org.split()
    shaped = any(is_org_word(w) or (w.isupper() and len(w) > 1) for w in words)
    return org[0].upper() + org[1:] if shaped and words[-1][:1].isupper() else None


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
        and (is_role_word(words[end - 1]) or words[end - 1].lower() in ROLE_MODIFIERS)
    ):
        end -= 1
    return " ".join(words[:end]) if 1 < end < len(words) else role


#: A government body a quoted person speaks for: "van de politie Zeeland", "bij de
#: gemeente Goes", "of the U.S. Attorney's Office".
_GOVERNMENT_IN_ROLE = re.compile(
    r"(?:\b(?:van|bij|of|at|for)\s+(?:(?:het|de|the)\s+)?|^)(?P<org>(?:[A-Z][\w.’'-]*\s+){0,3}"
    # "South Harbour district police": a level of the force in lowercase, after its place
    r"(?:(?<=[a-z]\s)(?:district|county|state|city|regional|provincial|municipal)\s+)?"
    # "van de sociale inspectie", "bij de lokale politie": an adjective of its kind
    r"(?:(?<=\s)(?:sociale|lokale|federale|regionale|gerechtelijke|local|federal)\s+)?"
    r"(?i:politie|police|gemeente|inspectie|arbeidsinspectie|ministerie|ministry|marechaussee|"
    r"openbaar ministerie|office|department|sheriff)\b"
    # "ministerie van Justitie en Veiligheid", "Department of Labor"
    r"(?:\s+(?:(?:van|voor|en|of|and|for)\s+)?[A-Z][\w/’'-]*){0,4})"
)


#: A role compounded with its body: "politiewoordvoerster", "gemeente-ambtenaar".
_GOVERNMENT_COMPOUND = re.compile(
    r"^(?P<org>politie|gemeente|ministerie|inspectie|marechaussee|OM)-?(?P<role>\w+)$"
)


def government_of_role(role: str) -> str | None:
    """The government body a role names: when a quoted person speaks for it, it is the
    organisation of the statement."""
    match = _GOVERNMENT_IN_ROLE.search(role)
    if match and match["org"].endswith("Sheriff"):
        return match["org"]  # "Polk County Sheriff": the office, its rank and all
    if match:
        return without_rank(match["org"])
    if _PROSECUTOR.search(role):
        return "Openbaar Ministerie"  # "officier van justitie", "zedenofficier"
    words = role.split()
    if any(word in POLICE_RANKS for word in words):
        return "police"  # "DI", "Special DGP": a police officer's rank
    compound = _GOVERNMENT_COMPOUND.match(words[0]) if len(words) == 1 else None
    return compound["org"] if compound and is_role_word(compound["role"]) else None


#: A Dutch public prosecutor: the Openbaar Ministerie's ("officier van justitie",
#: "mensenhandelofficier", "advocaat-generaal", "hoofdofficier").
_PROSECUTOR = re.compile(
    r"(?i)\bofficier\s+van\s+justitie\b|\b(?:mensenhandel|zeden|fraude|milieu|hoofd|"
    r"parket|jeugd)[- ]?officier\b|\badvocaat-generaal\b"
)


def quoted_organisation(
    roles: list[str], named: list[Named], uses: WordCounts | None = None
) -> str | None:
    """The organisation most of the quoted people belong to, not a government body (a
    tie gives none)."""
    roles = [role for role in roles if not plural_role_alone(role)]  # "Special Rapporteurs"
    found = quoted_organisation_of(roles, named, org_of_role)
    found = found or quoted_organisation_of(
        roles, named, lambda role, known: _one_word_org(role, known, uses)
    )
    if uses is not None:
        found = found or quoted_organisation_of(
            roles, named, lambda role, known: _title_for(role, known, uses)
        )
    # "van de Europese Task Force": after an article, no person's name ends it
    after_article = re.compile(rf"(?i)\b(?:de|het|the)\s+{re.escape(found or '')}$")
    if found and uses and found not in {item.name for item in named}:
        if any(after_article.search(role) for role in roles):
            return found
        return _without_trailing_name(found, uses)  # not a name given with its short form
    return found


def _without_trailing_name(org: str, uses: WordCounts) -> str:
    """ "Lumen Pieter Claes" of "zegt directeur van Lumen Pieter Claes": a name the text
    uses on its own ("Lumen") run into two capitalised words it writes only there (the
    person's name), is that name alone."""
    words = org.split()
    if len(words) < 3 or uses(org) > 1 or not all(w[:1].isupper() for w in words[-2:]):
        return org
    head = " ".join(words[:-2])
    if any(is_org_word(w) or is_role_word(w) for w in words[-2:]) or uses(head) < 2:
        return org
    if all(is_org_word(w) or w.lower() in _PREFIXES for w in head.split()):
        return org  # "Stichting Vrij Werk": a kind's word is no name on its own
    return head if all(uses(w) <= 1 for w in words[-2:-1]) else org


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
    # "CoMensha", "ECPAT"; a capital after a hyphen ("Anti-Trafficking") is no such shape
    camel = any(c.isupper() for part in org.split("-") for c in part[1:])
    shaped = camel or (org.isupper() and len(org) > 1)
    again = uses is not None and uses(org) >= 2
    return org if shaped or again else None


_ONE_WORD_ORG = re.compile(
    r"\b(?:van|bij|of|at)\s+(?:(?:het|de|the)\s+)?(?P<org>[A-Z][\w&’'-]{1,40})$"
)


#: The public prosecutor by its short form: "het OM", "OM Noord-Nederland".
_WRITTEN_SHORT = re.compile(r"(?<![\w-])OM(?![\w])")
_WRITTEN_OUT = re.compile(r"(?i)openbaar\s+ministerie")


def quoted_government(roles: list[str], text: str = "") -> str | None:
    """The government body most of the quoted people speak for (a tie gives none), by
    the name of its office where the text gives it ("Polk County Sheriff’s Office")."""
    found = quoted_organisation_of(roles, [], lambda role, _: government_of_role(role))
    office = re.search(rf"{re.escape(found)}[’']s\s+Office\b", text) if found else None
    if office is None and found is None:
        # "Jill Rose, U.S. Attorney" of a text naming "The U.S. Attorney’s Office"
        for role in dict.fromkeys(r.strip() for r in roles if r and r[:1].isupper()):
            if office := re.search(rf"{re.escape(role)}[’']s\s+Office\b", text[:OFFICE_REACH]):
                break
    if office is None and found is not None and found.lower() == "sheriff":
        # "said Sheriff Chad Chronister" of a text naming "The Hillsborough County
        # Sheriff’s Office": the office by its full name, not the bare rank
        office = SHERIFFS_OFFICE.search(text[:OFFICE_REACH])
    if office is None and found is not None and found.lower() in ("police", "politie"):
        return named_force(text[:OFFICE_REACH]) or found  # "a police officer": Kent Police
    head = text[:OFFICE_REACH]
    if (
        found == "Openbaar Ministerie"
        and _WRITTEN_SHORT.search(head)
        and not _WRITTEN_OUT.search(head)
    ):
        return "OM"  # "mensenhandelofficier" of a text that writes only "het OM"
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
    if not is_outlet(site) and all(_OUTLET_WORDS.fullmatch(w) for w in words):
        return None  # "Nieuws" of "Nieuws | Persberichten": a site's section, nobody's name
    if len(words) == 2 and words[0].isupper() and _OUTLET_WORDS.fullmatch(words[1]):
        return words[0]  # "NOS Nieuws", "RTL Nieuws"
    return site
