"""Organisations the text has speak, describe or open with.

The rules after the quoted people's organisation: a body the text has say something by
its name ("CoMensha waarschuwt", "zegt de Arbeidsinspectie"), the grammar of a
sentence ("X, een stichting die …"), a name the text says what it is, and the name its
first paragraph opens with. Each name is looked up a bounded number of times, so a long
text costs linear time.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from mhbrief.importer.joint_statement import plural_role_alone
from mhbrief.importer.organisation import NATIONAL, Named, is_government, named_force
from mhbrief.importer.orgnames import (
    NAME,
    clean_name,
    described_organisations,
    first_word_ok,
    in_role,
    is_form_of_address,
    looks_like_an_organisation,
    subjects,
)
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.role_names import bare_name_in_role
from mhbrief.importer.roles import ORG_WORDS, SAY, is_org_word, is_role_word
from mhbrief.importer.words import fold_text

#: A sentence that opens with a name and goes on in lowercase: "Comensha heeft vorig jaar
#: …", "De Arbeidsinspectie waarschuwt …".
_OPENING_NAME = re.compile(
    r"^(?:(?:De|Het|The)\s+)?(?P<org>[A-Z][\w&’'-]{1,40}(?:\s+[A-Z][\w&’'-]{1,40}){0,4})\s+"
    r"(?:heeft|had|hebben|ziet|zag|registreerde|registreert|ontving|ontvangt|publiceert|"
    r"publiceerde|meldt|meldde|constateert|constateerde|start|startte|lanceert|lanceerde|"
    r"redde|bevrijdde|has|have|had|registered|received|recorded|published|reports|reported|"
    r"rescued|launched|launches|released|releases)\b"
)
#: A name its kind's word leads, as a sentence's subject: "Hulporganisatie X trekt aan de
#: alarmbel", "Charity X warns", "The X of Dover has, …" (a place's name after "of").
_KIND_OPENING = re.compile(
    r"^(?:(?:De|Het|The)\s+)?(?:(?P<kind>[A-Z][a-z]{3,30})\s+(?=[A-Z])"
    r"(?P<org>[A-Z][\w&’'-]{1,40}(?:\s+[A-Z][\w&’'-]{1,40}){0,3})\s+[a-z]{3,}\b"
    r"|(?P<of>[A-Z][\w&’'-]{1,40}(?:\s+[A-Z][\w&’'-]{1,40}){0,4}\s+(?:of|van)\s+[A-Z][\w-]{2,40})"
    r"\s+(?:has|had|heeft|hebben),)"
)


def opening_subject(
    paragraph: str, text: str, named: list[Named], is_person: Callable[[str], bool]
) -> str | None:
    """The organisation the text's first paragraph opens with as its subject, when the
    text names it again (an organisation's news about its own figures)."""
    match = _OPENING_NAME.match(paragraph) or _KIND_OPENING.match(paragraph)
    if match is None:
        return None
    if match.re is _KIND_OPENING and match["kind"] and not is_org_word(match["kind"]):
        return None  # "Minister X says": a kind's word leads an organisation's name only
    org = clean_name(match["org"] or match["of"])
    if not org or not first_word_ok(org) or _no_name(org) or is_government(org):
        return None
    return _fullest(org, named, text) if _fits(org, text, is_person) else None


_ORG_NAME = (
    r"(?:[A-Z][\w&’'-]{0,40}(?:\s+(?:[A-Z][\w&’'-]{0,40}|van|voor|tegen|en|for|and|on|in)){0,6})"
)
#: A body by its common noun, maybe as a compound's end: "de inspectie", "de arbeidsinspectie".
_GENERIC = r"(?:(?-i:[a-z]{3,20})?(?:politie|inspectie)|gemeente|marechaussee|police)"
#: A Belgian prosecution office by its common noun and its place: "het parket van Oost-Veld".
_PARKET = r"(?:parket|arbeidsauditoraat)(?:\s+van)?\s+[A-Z][\w-]{1,40}"
#: A body's branch before its name: "meldt de West-Vlaamse afdeling van het …".
_BRANCH = (
    r"(?:(?:[A-Z][\w-]{1,30}\s+)?(?:afdeling|department|division|branch)\s+(?:van|of)\s+"
    r"(?:(?:de|het|the)\s+)?)?"
)
#: An organisation that speaks: "zegt de Arbeidsinspectie", "Veilig Thuis zegt dat",
#: "volgens de inspectie", "the Home Office said".
_SPEAKING = re.compile(
    rf"\b(?:{SAY}|[Vv]olgens|[Aa]ccording\s+to)\s+(?:(?:de|het|the)\s+)?{_BRANCH}(?P<after>{_PARKET}|{_ORG_NAME}|{_GENERIC})\b"
    rf"|(?:^|[.!?:,]\s+|\b(?i:de|het|the)\s+)"
    # ("Dat meldt de inspectie": a pronoun opens the sentence, the body follows the verb)
    rf"(?!(?:Dat|Dit|Zo|That|This|So)\s)(?P<before>{_ORG_NAME}(?:\s+{_GENERIC})?|(?i:{_GENERIC}))"
    rf"\s+{SAY}\b",
    re.MULTILINE,
)


_POLICE = frozenset(["police", "politie"])


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
        if is_outlet(org):
            continue  # "meldde de krant": the outlet reports, it is not the text's body
        if len(words) == 2 and words[0].lower() in NATIONAL and words[1].lower() in _POLICE:
            # "The Canadian police said": a country's police, no body's name
            generic[words[1].lower()] += 1
            continue
        if org.lower() == org:
            generic[org.lower()] += 1
        elif org in shorts:
            counts[shorts[org]] += 1
        elif longer := [n.name for n in named if fold_text(n.name).endswith(fold_text(org))]:
            counts[longer[0]] += 1  # "the Alliance said": the Child Safety Alliance
        elif len(words) == 1 and org.isupper() and len(org) > 1:
            counts[org] += 1  # an acronym: "zegt het OM"
        elif re.fullmatch(_PARKET, org):
            counts[org] += 1  # "het arbeidsauditoraat Gent": a prosecution office by its place
        elif any(is_org_word(w) for w in words) and fold_text(org) not in ORG_WORDS:
            counts[org] += 1  # not a bare "Charity" or "Stichting"
    for noun in list(generic):  # "de inspectie" of a text that says "de arbeidsinspectie"
        longer = [other for other in generic if other != noun and other.endswith(noun)]
        if len(longer) == 1:
            generic[longer[0]] += generic.pop(noun)
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
    if ranked[0][0] in ("police", "politie"):  # "the police said": the force it names
        return named_force(text) or ranked[0][0]
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
    if initials := re.search(rf"(?<![\w.])(?:[A-Z]\.){{2,3}}\s+(?={re.escape(org)}\b)", text):
        org = initials[0] + org  # "the U.S. Attorney’s Office": the initialism leads it
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
        if is_government(role) or plural_role_alone(role):  # "Special Rapporteurs"
            continue
        if kind := _KIND_IN_ROLE.search(role):  # "directeur van de stichting"
            if kind[1] not in fits and len(fits) < _CANDIDATES:
                fits[kind[1]] = _named_of_kind(kind[1], text, is_person)
            if found := fits.get(kind[1]):
                counts[found] += 1
                continue
        for org in in_role(role):
            if org not in fits and len(fits) < _CANDIDATES:
                # after a role, a name of two capitalised words or more, or one where
                # the person works ("vanuit Lumens in Eindhoven"), needs no repeat
                once = _proper_words(org) >= 2 or _placed(org, role)
                once = once and org != bare_name_in_role(role)  # a bare name: written again
                fits[org] = (
                    _fullest(org, named, text) if _fits(org, text, is_person, once=once) else None
                )
            if found := fits.get(org):
                counts[found] += 1
                break
    return _top(counts)


def _placed(org: str, role: str) -> bool:
    """Whether the role names the town of ``org``: "zorgcoördinator vanuit Lumens in
    Eindhoven"."""
    return (
        re.search(rf"\b{re.escape(org)}\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}$", role)
        is not None
    )


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
        if not is_government(org) and not is_person(org) and not is_outlet(org)
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
                and not is_government(org)
                and not _no_name(org)
                and _fits(org, text, is_person, once=said)
            )
            seen[org] = _fullest(org, named, text) if fits else None
        if found := seen[org]:
            counts[found] += 1
    return _top(counts)


_CUT_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")


def _no_name(org: str) -> bool:
    """Words no organisation is called: a form of address ("Ms" of "Ms. Pillay said"), an
    abbreviation cut at its full stop ("U.S" of "U.S. Attorney X said"), or a rank of two
    words ("Zonal Commander")."""
    words = org.split()
    if is_form_of_address(org) or ("." in org and len(org.replace(".", "")) <= 4):
        return True
    if len(org) == 1:
        return True  # "R" of "said R. Alexander Roe": an initial cut at its full stop
    if _CUT_ABBREVIATION.search(org):
        return True  # "Charlottesville-based U.S" of "… U.S. Attorney X said"
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


def _issuer(group: str) -> str:
    return rf"(?:(?:the|de|het)\s+)?(?P<{group}>{_ORG_NAME}|{_GENERIC})"


_RELEASE = r"(?:statement|press\s+release|news\s+release|release|verklaring|persbericht)"
#: The body a statement is issued by: "a statement from the DCI read", "according to a
#: police statement", "Europol said in a statement", "in een persbericht van de politie".
_STATEMENT_BY = re.compile(
    rf"\b{_RELEASE}\s+(?:(?:issued|released|sent\s+out|put\s+out)\s+)?(?:from|by|van)\s+{_issuer('a')}"
    rf"|\b(?:[Aa]ccording\s+to|[Vv]olgens)\s+(?:a|an|the|een|het)\s+{_issuer('b')}\s+{_RELEASE}\b"
    rf"|(?:^|[.!?:,]\s+|\b(?i:the|de|het)\s+){_issuer('c')}\s+(?:said|says|stated|zei|zegt|meldt|"
    rf"meldde|schrijft|schreef|laat\s+weten|liet\s+weten)\s+in\s+(?:a|an|een|het|its|haar|zijn)\s+"
    rf"(?:\w+\s+)?{_RELEASE}\b",
    re.MULTILINE,
)


def statement_issuer(text: str, named: list[Named]) -> str | None:
    """The body the text says issued a statement ("a statement from the DCI", "Europol
    said in a statement"): a name with an organisation's word or an abbreviation, else
    the body's common noun ("a police statement"). Persons and outlets are not read; a
    tie gives none."""
    counts: Counter[str] = Counter()
    generic: Counter[str] = Counter()
    shorts = {item.short: item.name for item in named}
    for match in _STATEMENT_BY.finditer(text):
        found = match["a"] or match["b"] or match["c"]
        org = " ".join(w for w in found.split() if w not in ("The", "De", "Het"))
        if org.lower() == org:
            generic[org] += 1
        elif is_outlet(org):
            continue
        elif org in shorts or (org.isupper() and 1 < len(org) <= 8):
            counts[org] += 1  # an acronym: "a statement from DCI"
        elif any(is_org_word(w) for w in org.split()) and fold_text(org) not in ORG_WORDS:
            counts[org] += 1
    return _top(counts) or _top(generic)
