"""Reading a person from an attribution: ``CKM-woordvoerder Shamir Ceuleers`` is a name
and a role; ``Er is één ding dat we willen zeggen`` names nobody; ``hij`` is whoever was
named last; ``een woordvoerder van het OM`` is someone unnamed with a role."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mhbrief.importer.forms_of_address import DEGREE_FIRST, HIS_HONOUR, HONORIFIC, POSTNOMINAL
from mhbrief.importer.name_shape import body_field, peer_title, picture_pointer, thing_name
from mhbrief.importer.name_then_body import person_in_other_forms
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import (
    ARTICLES,
    INDEFINITE,
    ORG_KIND_NOUN,
    PARTICLES,
    POLICE_RANKS,
    PRONOUNS,
    RANK_ABBREVIATIONS,
    ROLE_MODIFIERS,
    TITLES,
    is_org_word,
    is_role_word,
)
from mhbrief.importer.titled_roles import rank_with_post, titled_body_role, too_long, without_aside
from mhbrief.importer.trailing_when import without_trailing_when
from mhbrief.importer.with_body import ranked_with_body
from mhbrief.importer.words import SPACE

_LEADING_SOURCE = re.compile(r"^(?:according to|volgens)\s+", re.IGNORECASE)
_AGE = re.compile(r"\s*\(\d{1,3}\)")
_PARENTHESES = re.compile(r"\s*\((?P<inner>[^()]+)\)")
#: "directeur Pieter van den Berg van Stichting Vrij Werk": the organisation after the name.
_ORG_TAIL = re.compile(
    r"^(?P<head>.*\S)\s+(?P<prep>van|bij|of|at|from)\s+"
    r"(?P<org>(?:het\s+|de\s+|the\s+)?(?:[a-z]\w+\s+(?:van\s+|voor\s+|of\s+|for\s+)?)?"
    r"[A-Z][\w&’'/-]*(?:\s+(?:[A-Z][\w&’'/-]*|van|voor|"
    r"tegen|en|op|of|for|and|against|des|der|del|du))*)$"
)
#: "van de stichting", "of the charity", "of the county police": the organisation named by
#: common nouns.
_COMMON_ORG_TAIL = re.compile(
    r"\s+(?:van|bij|of|at)\s+(?:de|het|the|onze|our)\s+(?:[a-z]+\s+)?[a-z]+$"
)
_NAME_AFTER = frozenset(
    ["van", "bij", "of", "at", "from", "in", "uit", "naar", "voor", "met", "te", "to", "for"]
)
_NAME_CHARACTERS = re.compile(r"[\w.'’ -]+")
_NOT_A_FIRST_WORD = frozenset(
    [
        *("Het", "The", "Een", "A", "An", "Dit", "This", "Dat", "That"),
        # a sentence's opening preposition, conjunction or time: "In Nederland zijn …:",
        # "On Monday, …", "Maar Anna …" names no one by these words
        *("In", "On", "At", "Op", "Bij", "Na", "Tijdens", "During", "After", "Before"),
        *("For", "Voor", "Met", "With", "Uit", "From", "Door", "By", "Also", "Ook", "Maar"),
        *("But", "And", "En", "Yesterday", "Today", "Gisteren", "Vandaag", "Sinds", "Since"),
        *("Between", "Tussen", "Until", "Among", "Around", "Despite", "Ondanks", "Binnen"),
        # a count opening a sentence: "Seven Nepali children …", "Drie Roemeense mannen …"
        *("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"),
        *("Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht", "Negen", "Tien", "Twaalf"),
    ]
)


#: Ranks and forms of address that lead a full name without being part of it.
RANKS = frozenset(
    [
        "major",
        "captain",
        "sergeant",
        "lieutenant",
        "colonel",
        "commander",
        "sheriff",
        "deputy",
        "corporal",
        "admiral",
        "general",
        "brigadier",
        "reverend",
        "rev.",
        "father",
        "sister",
        "brother",
        "commissioner",
        "inspector",
        "superintendent",
        "detective",
        "agent",
        "officer",
        "chief",
        "judge",
        "justice",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "ambassador",
        "kapitein",
        "majoor",
        "generaal",
        "luitenant",
        "korporaal",
        "pater",
        "zuster",
        "dominee",
        *RANK_ABBREVIATIONS,
    ]
)


#: Offices news copy writes before a surname alone: "burgemeester Halsema", "Mayor Adams".
_OFFICES = frozenset(
    [
        *("burgemeester", "wethouder", "minister", "staatssecretaris", "premier", "rechter"),
        *("mayor", "councillor", "judge", "mr", "mrs", "ms", "dr"),
    ]
)


def is_rank_or_office(role: str) -> bool:
    """Whether ``role`` ends in a rank's abbreviation or an office that copy writes
    before a surname ("Det Insp", "DI", "burgemeester", "Mr"). Not a rank in full:
    "Police Inspector Rosa", "Superintendent Maria" are first names as often."""
    words = role.split()
    if not words:
        return False
    last = words[-1].strip(",.:;()")
    return last in POLICE_RANKS or last.lower() in _OFFICES


@dataclass(frozen=True)
class Person:
    name: str | None
    role: str | None
    #: A pronoun or "Deze": the person named last.
    back: bool = False
    #: "een woordvoerder": someone unnamed, never a person named before.
    unnamed: bool = False
    #: One word before a colon ("Jansen: …"): a name only if someone was named so before.
    weak: bool = False


NOBODY = Person(None, None)


#: A rank written short with a slash before a name: "D/Supt Roe", "A/Cmdr Jane Roe".
_SLASHED_RANK = re.compile(r"^(?P<rank>[A-Z]{1,3}/[A-Z][A-Za-z]{1,8}\.?)\s+(?P<rest>[A-Z].*)$")


#: A party's or an organisation's possessive before a name: "Labour’s Jess Phillips".
_POSSESSIVE_FIRST = re.compile(
    r"^(?P<whose>(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)[’']s\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
)


#: A form of address and one capital letter: the name a text gives someone it keeps
#: anonymous ("Mr A said", "zegt mevrouw B.").
_LETTER_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|[Mm]eneer|[Mm]evrouw)\.?\s[A-Z]\.?")


# The same phrase comes back with every mention of a person: read once (a 2 MiB text of
# 14,000 quotes by one speaker, 6.4 s -> 5.2 s).
@functools.lru_cache(maxsize=4096)
def parse_person(text: str) -> Person:
    """Speaker and role from an attribution like ``CKM-woordvoerder Shamir Ceuleers``."""
    text = _LEADING_SOURCE.sub("", SPACE.sub(" ", text).strip(" ,:;-–"))
    text = without_trailing_when(text)  # "X, director of Y, on Monday": not the role
    text = _AGE.sub("", text)  # "Kees de Jong (53)"
    text = HONORIFIC.sub("", text)  # "Dame Sara Thornton": a form of address
    text = HIS_HONOUR.sub("Judge ", text)  # "HHJ Ann Roe", "Her Honour Judge Ann Roe"
    if peer := peer_title(text):  # "Minister Baroness Roe of Kent": a peer's name in full
        return Person(*peer)
    if whose := _POSSESSIVE_FIRST.match(text):  # "Labour’s Jess Phillips": the party's
        person = parse_person(text[whose.end() :])
        return Person(person.name, person.role or whose["whose"]) if person.name else person
    if text.lower() in PRONOUNS:
        return Person(None, None, back=True)
    if _LETTER_NAME.fullmatch(text):  # "Mr A", "mevrouw B": the name a text gives to hide one
        return Person(text, None)
    bracketed = _PARENTHESES.search(text)
    outside = _PARENTHESES.sub("", text)
    if bracketed and "," not in outside:  # "Kees de Jong (directeur)", "X (director, Y)"
        person = parse_person(text[: bracketed.start()] + text[bracketed.end() :])
        inner = bracketed["inner"].strip()
        if person.name and not person.role:
            return Person(person.name, None if picture_pointer(inner) else inner)
        if person.name and person.role and text[: bracketed.start()].endswith(person.name):
            return Person(person.name, f"{person.role} ({inner})")  # "Kamerlid X (PvdA)"
        text = text[: bracketed.start()] + text[bracketed.end() :]
    if post := POSTNOMINAL.match(text):  # "Vernon Coaker MP": letters after the name
        person = parse_person(post["name"])
        if person.name and len(person.name.split()) >= 2:
            # "Judge Michael Kay QC": the office before the name, the letters after it
            role = f"{person.role}, {post['letters']}" if person.role else post["letters"]
            return Person(person.name, role)
    if "," in text:
        first, rest = (part.strip() for part in text.split(",", 1))
        head, tail = parse_person(first), parse_person(rest)
        if head.name and not head.role:
            return Person(head.name, _apposition(rest))
        if head.name and POSTNOMINAL.match(first) and (apposed := _apposition(rest)):
            return Person(head.name, f"{head.role}, {apposed}")  # "X MP, Co-Chair of Y"
        if (
            head.name
            and head.role
            and (len(head.role.split()) <= 2 or rank_with_post(head.role, rest))
            and (apposed := _apposition(rest))
        ):
            # "Major Ellen Brook, Response Coordinator for X": the rank, and the post the
            # apposition names (as written: "Major", not the sentence-initial lowercase)
            rank = first[: first.index(head.name)].strip() if head.name in first else head.role
            return Person(head.name, f"{rank or head.role}, {apposed}")
        if tail.name and head.role and not head.name:
            # "NPCC lead for county lines, Deputy Assistant Commissioner Duncan Ball"
            return Person(tail.name, f"{first}, {tail.role}" if tail.role else first)
        if not head.name and not tail.name and "," in rest:
            # "the Executive Director of X,UNODC, Yury Fedotov": the name after a short form
            *middle, last = (part.strip() for part in rest.split(","))
            named = parse_person(last)
            if (
                named.name
                and not named.role
                and any(is_role_word(word) for word in first.split())
                and all(len(m.split()) <= 3 for m in middle)
            ):
                return Person(named.name, ", ".join([first, *middle]))
        return head
    if (slashed := _SLASHED_RANK.match(text)) and (named := parse_person(slashed["rest"])).name:
        return Person(named.name, slashed["rank"])  # "D/Supt Jane Roe": a rank in short
    if police := _police_title(text):
        return police
    if with_org := (
        _with_organisation(text)
        or person_in_other_forms(text, parse_person)
        or ranked_with_body(text, parse_person)
    ):
        return with_org
    if common := _COMMON_ORG_TAIL.search(text):  # "directeur Hans Pieters van de stichting"
        head = parse_person(text[: common.start()])
        if head.name:
            return Person(head.name, f"{head.role} {common[0].strip()}" if head.role else None)
    tokens = text.split()
    return _org_then_name(tokens) or _name_then_role(tokens) or _name_and_role(tokens)


def _org_then_name(tokens: list[str]) -> Person | None:
    """``directeur van Myria Koen Dewulf``: a role, its organisation, then the name (the
    last two capitalised words, with the particles between them). The organisation is one
    word, or ends in a word that can only be an organisation's ("… Stichting", "CKM"): a
    name of three words after a longer one would lose its first word to it."""
    if not 5 <= len(tokens) <= 9 or tokens[1].lower() not in ("van", "bij", "of", "at"):
        return None
    if not is_role_word(tokens[0]):
        return None
    start = len(tokens) - 1
    while start > 3 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    start -= 1
    org, name = tokens[2:start], tokens[start:]
    if not org or len(org) > 3 or not all(capitalised(t) for t in [*org, name[0], name[-1]]):
        return None
    if any(t.lower() in PARTICLES for t in org) or is_role_word(name[0]) or is_org_word(name[0]):
        return None
    if len(org) > 1 and not (
        is_org_word(org[-1]) or org[-1].isupper() or org[-1].lower() in _PORTFOLIO_ENDS
    ):
        return None
    if len(org) == 1 and is_org_word(org[0]) and not org[0].isupper():
        return None  # "directeur van Stichting Vrij Werk": the organisation's name, no one's
    if not plausible_name(" ".join(name)):
        return None
    return Person(" ".join(name), " ".join(tokens[:start]))


#: The last word of a minister's portfolio: "Minister of Social Affairs X", "minister van
#: Sociale Zaken X" (the name follows it, so no word of the name is taken for the office).
_PORTFOLIO_ENDS = frozenset(["affairs", "zaken", "relations", "koninkrijksrelaties"])

#: A title that ends in the police it heads: "Special Director General of Police G.P.
#: Singh", "Superintendent of Police Ravi Nair".
_OF_POLICE = re.compile(r"^(?P<role>(?:[A-Z][\w.-]*\s+){1,5}of\s+Police)\s+(?P<name>[A-Z].*)$")


def _police_title(text: str) -> Person | None:
    """A police title in Title Case, then the name: the whole title is the role."""
    match = _OF_POLICE.match(text)
    if match is None:
        return None
    words = match["role"].split()[:-2]
    if not any(is_role_word(w) or w.lower() in _POLICE_TITLE_WORDS for w in words):
        return None
    person = parse_person(match["name"])
    return Person(person.name, match["role"]) if person.name and not person.role else None


_OF_POLICE_BEFORE = re.compile(r"(?:^|\s)(?P<role>(?:[A-Z][\w.-]*\s+){1,5}of\s+Police)\s$")


def police_title_before(text: str) -> str | None:
    """The police title ``text`` ends with, before a name: "Director General of Police "."""
    match = _OF_POLICE_BEFORE.search(text[-_TITLE_REACH:])
    if match is None:
        return None
    words = match["role"].split()
    while words and not (is_role_word(words[0]) or words[0].lower() in _POLICE_TITLE_WORDS):
        words = words[1:]  # "Told Director General of Police": the title's start
    return " ".join(words) if len(words) > 2 else None


_TITLE_REACH = 200
_POLICE_TITLE_WORDS = frozenset([*RANKS, "superintendent", "special", "additional", "senior"])


def _name_then_role(tokens: list[str]) -> Person | None:
    """``Laura van der Wal projectleider mensenhandel``: a full name, then its role
    without a comma (the role's first word names a function)."""
    end = 0
    while end < len(tokens) and (
        (capitalised(tokens[end]) and not is_role_word(tokens[end]))
        or (end and tokens[end] in PARTICLES)
    ):
        end += 1
    while end and tokens[end - 1] in PARTICLES:
        end -= 1
    if end < 2 or end >= len(tokens) or not tokens[end][:1].islower():
        return None
    if not is_role_word(tokens[end]) or tokens[0].lower() in RANKS:
        return None
    if len(tokens) - end >= 3 and all(capitalised(t) for t in tokens[-2:]):
        return None  # "Safe Work founder Grace Lind": an organisation, a role, then the name
    name = " ".join(tokens[:end])
    return Person(name, " ".join(tokens[end:])) if plausible_name(name) else None


def _apposition(text: str) -> str | None:
    """The role in an apposition (``directeur van Y``), not a clause (``die de cijfers …``)."""
    text = DEGREE_FIRST.sub("", without_aside(_PARENTHESES.sub("", text)).strip(" ,."))
    told = _TOLD_OUTLET.search(text)
    if told and _news_name(told["outlet"]):
        text = text[: told.start()]  # "officier van justitie tegen Omroep Zuid": whom told
    words = text.split()
    if words and words[0].lower() in INDEFINITE:  # "a lawyer at Justice Now"
        words = words[1:]
        text = " ".join(words)
    elif len(words) > 2 and words[0].lower() in ("the", "de", "het"):
        words = words[1:]  # "the UK’s first Independent Anti-Slavery Commissioner"
        text = " ".join(words)
    if len(words) > 12 and "," in text:  # "X, onderzoeker bij Y, de nieuwe …": the first part
        text = text.split(",", 1)[0].strip()
        words = text.split()
    if not words or too_long(words) or words[0].lower() in ("die", "dat", "who", "which", "that"):
        return None
    if any(is_role_word(word) for word in words[:4]) or titled_body_role(words):
        return text
    if _OF_ORGANISATION.match(text):
        return text  # "said Martin Plimmer, of the Gangmasters and Labour Abuse Authority"
    possessive = words[0].endswith(("’s", "'s"))  # "the country’s first … Commissioner"
    if len(words) > 4 and (words[0][:1].isupper() or possessive) and is_role_word(words[-1]):
        return text  # "Harbour Police Child Protection Unit anti-fraud division chief"
    return None


#: An apposition that is only whom the person is with: "of the X Authority", "van Y".
_OF_ORGANISATION = re.compile(
    r"^(?:of|from|with|van|bij)\s+(?:(?:the|de|het)\s+)?[A-Z][\w&’'-]*"
    r"(?:\s+(?:[A-Z][\w&’'-]*|and|for|of|on|against|en|voor|tegen|van)){0,8}$"
)
_ORG_KIND_NOUN = re.compile(ORG_KIND_NOUN)
#: Whom it was said to, at the apposition's end: "tegen Omroep Zuid", "to the Daily Post".
_TOLD_OUTLET = re.compile(
    r"\s+(?:tegen|to)\s+(?P<outlet>(?:the\s+|de\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})$"
)
#: Words in a news outlet's name: "Omroep Zuid", "Radio Stad", "The Daily Post".
_NEWS_WORD = re.compile(
    r"(?i)\b(?:omroep|radio|tv|rtv|nieuws|krant|dagblad|courant|news|times|post|daily|"
    r"herald|tribune|journal|gazette|telegraph|express|chronicle)\b"
)


def _news_name(name: str) -> bool:
    """A news outlet's name: a known one, or one with a news word in it."""
    return is_outlet(name) or _NEWS_WORD.search(name) is not None


#: A unit of an organisation after a name: "X from organised crime branch of the PSNI".
_UNIT_TAIL = re.compile(
    r"^(?P<head>.*?\S)\s+(?P<tail>(?:van|bij|of|at|from)\s+(?:(?:het|de|the)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}(?:branch|unit|team|division|squad|section|afdeling|eenheid)\s+"
    r"(?:of|van)\s+(?:(?:het|de|the)\s+)?[A-Z][\w&’'/-]*(?:\s+[A-Z][\w&’'/-]*){0,5})$"
)


def _with_organisation(text: str) -> Person | None:
    """``directeur Pieter van den Berg van Stichting Vrij Werk``: the organisation joins
    the role, when the name has two words and the organisation looks like one."""
    if unit := _UNIT_TAIL.match(text):
        head = parse_person(unit["head"])
        if head.name and len(head.name.split()) >= 2 and not head.back:
            return Person(head.name, f"{head.role} {unit['tail']}" if head.role else unit["tail"])
    org_tail = _ORG_TAIL.match(text)
    if not org_tail:
        return None
    org = org_tail["org"].split()
    words = [w for w in org if w.lower() not in ARTICLES]
    if words[0][0].islower() and not (is_org_word(words[0]) or _ORG_KIND_NOUN.fullmatch(words[0])):
        return None  # "van de politie Midden-Nederland", not "van de mensen Y"
    head = parse_person(org_tail["head"])
    if not head.name:
        return None
    # "Staatssecretaris Harbers van het ministerie van …": a surname with its office, but
    # "Minister Karin van Dijk" is no Karin of an organisation "Dijk"
    if len([w for w in head.name.split() if w not in PARTICLES]) < 2 and (
        not head.role or len(words) < 2
    ):
        return None
    capitals = [word for word in org if word[0].isupper()]
    if head.role and capitals:
        return Person(head.name, f"{head.role} {org_tail['prep']} {org_tail['org']}")
    if len(capitals) >= 2 or any(
        is_org_word(w)
        or (w.isupper() and len(w) > 1)
        or any(c.isupper() for c in w[1:])
        or w.endswith(("’s", "'s"))  # "of Barnardo’s": a name's own "’s", no place
        for w in org
    ):  # "Stichting X", "van de Nationaal Rapporteur", "van CKM", "van CoMensha"
        return Person(head.name, re.sub(r"^(?:het|de|the) ", "", org_tail["org"]))
    return None


def _name_and_role(tokens: list[str]) -> Person:
    """The name is the run of capitalised words (with particles and titles inside) that
    ends the attribution; what comes before it is the role, if it names one."""
    if (
        1 < len(tokens) <= 4
        and tokens[0] in ("van", "ter", "ten", "von", "van't", "van’t")
        and capitalised(tokens[-1])
        and all(t in PARTICLES or capitalised(t) for t in tokens)
        and not any(is_role_word(t) or is_org_word(t) for t in tokens)
    ):
        return Person(" ".join(tokens), None)  # "zegt van Hedel": a surname with its particle
    start = _name_start(tokens)
    # "Major Kathy Betteridge", "Sheriff Chad Chronister", "Polk County Sheriff Ann Lee":
    # a rank before a full name ends the role (a two-word "John Major" stays a name)
    ranks = [n for n in range(start, len(tokens) - 2) if tokens[n].lower() in RANKS]
    if ranks:
        start = ranks[-1] + 1
    name = " ".join(tokens[start:]) or None
    role_tokens = tokens[:start]
    if name and body_field(role_tokens, PARTICLES):
        return NOBODY  # "de Raad voor de Rechtshandhaving": a body's field, not a surname
    if role_tokens and (
        role_tokens[-1] in _NAME_AFTER
        or is_org_word(role_tokens[-1])
        or role_tokens[-1] in ("the", "het", "a", "an", "een")  # "from the Samiti"
    ):
        name, role_tokens = None, tokens  # "woordvoerder van de politie Rotterdam": a place
    unnamed = bool(role_tokens) and role_tokens[0].lower() in INDEFINITE
    while role_tokens and role_tokens[0].lower() in ARTICLES:
        role_tokens = role_tokens[1:]
    role = " ".join(role_tokens) or None
    roles_at = [n for n, t in enumerate(role_tokens) if is_role_word(t) or t.lower() in RANKS]
    if (
        name
        and roles_at
        and any(
            capitalised(t)
            and not is_role_word(t)
            and t.lower() not in RANKS
            and t.lower() not in ROLE_MODIFIERS
            for t in role_tokens[roles_at[0] + 1 :]
        )
    ):
        return NOBODY  # "teamleider Mohamed Aziz van de politie Midden-Nederland": unsure
    if name and roles_at and len([w for w in name.split() if w not in PARTICLES]) >= 4:
        return NOBODY  # "Chairman Concerned Citizens Anderson Bulola": where the name starts
    if (
        name
        and role_tokens
        and not roles_at
        and role_tokens[-1].islower()
        and role_tokens[-1] not in ARTICLES
        and any(capitalised(t) for t in role_tokens)
    ):
        return NOBODY  # "Piet Kramer van het Leger des Heils": a name's end, not a name
    if role and not roles_at:
        role = None  # "Daarover", "Ook" or a clause before a name is not a role
    if (
        role
        and role[0].isupper()
        and role[1:2].islower()
        and role[1:] == role[1:].lower()
        and role_tokens[0].lower() not in RANK_ABBREVIATIONS  # "Lt." stays as written
        and not role_tokens[0].endswith(("’s", "'s"))  # "Barnardo’s chief executive": a name's
        and not (role_tokens[0].endswith("se") and not is_role_word(role_tokens[0]))  # Woerdense
    ):
        role = role[0].lower() + role[1:]  # sentence-initial "Woordvoerder", "Chief executive"
    if name and not plausible_name(name):  # "a spokesperson for the Home Office"
        return _name_and_role_without_name(tokens)
    if name and _VAN_AFTER_SURNAME.search(name):
        return NOBODY  # "Jan van Dijk van Fier": Fier is more likely his organisation
    if name is None and role:
        role = _without_clause(role)
    return Person(name, role, unnamed=unnamed and name is None)


#: A second "van" after a surname with its own particle, then one word: "Jan van Dijk van
#: Fier" is Jan van Dijk of Fier far more often than a double name; unsure, so no speaker.
_VAN_AFTER_SURNAME = re.compile(
    r"\b(?:van|de|der|den|ter|ten)\s+[A-Z][\w'’-]+\s+van\s+[A-Z][\w&'’-]*$"
)


#: A participle right after a role word opens a clause: "the Judge hearing the trial".
_ROLE_THEN_CLAUSE = re.compile(
    r"^(?P<role>(?:\S+\s+){0,3}?\S+?)\s+[a-z]{2,20}ing\s+(?:the|a|an|his|her|their|this)\s"
)


def _without_clause(role: str) -> str:
    """``role`` without a clause after its role word ("Judge hearing the trial at X
    Crown Court" is "Judge"), when its last kept word is a role word."""
    match = _ROLE_THEN_CLAUSE.match(role)
    if match and is_role_word(match["role"].rsplit(None, 1)[-1]):
        return match["role"]
    return role


def _name_and_role_without_name(tokens: list[str]) -> Person:
    """No person's name in ``tokens``: all of it is the role, if it names one."""
    unnamed = bool(tokens) and tokens[0].lower() in INDEFINITE
    while tokens and tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]
    role = " ".join(tokens) if any(is_role_word(t) for t in tokens[:3]) else None
    return Person(None, role and _without_clause(role), unnamed=unnamed)


def plausible_name(name: str) -> bool:
    """A person's name: at most five words, none of an organisation or place
    ("De Nederlandse Arbeidsinspectie", "Het Centrum"), not a pronoun."""
    words = name.split()
    return (
        0 < len(words) <= 5
        and _NAME_CHARACTERS.fullmatch(name) is not None
        and words[0] not in _NOT_A_FIRST_WORD
        and not thing_name(words)
        and name.lower() not in PRONOUNS
        and not any(is_org_word(word) for word in words)
    )


#: "in" is a name's particle only before an article: "Anna in 't Veld", not "Bos in Breda".
_AFTER_IN = frozenset(["'t", "’t", "de", "den", "het"])


def _name_start(tokens: list[str]) -> int:
    end = len(tokens)
    start = end
    while start > 0:
        token = tokens[start - 1]
        if (
            (
                capitalised(token)
                and not is_role_word(token)
                and token.lower() not in RANK_ABBREVIATIONS
                # "Attorney General Reyes": a role's qualifier ends the name's run
                and not (token.lower() in ROLE_MODIFIERS and start < end)
            )
            or (
                token.lower() in PARTICLES
                and start - 1 > 0
                and start < end
                and (token.lower() != "in" or tokens[start].lower() in _AFTER_IN)
            )
            or (token.lower() in TITLES and start < end)
        ):
            start -= 1
        else:
            break
    while start < end and tokens[start] in PARTICLES:  # "de Vries" but not "De Vries"
        start += 1
    return start


def capitalised(token: str) -> bool:
    """A word that can be part of a name: ``Anna``, ``O'Brien``, ``J.``; not ``CKM``, nor
    a file name (``Roe_IMG3``)."""
    if "_" in token or any(char.isdigit() for char in token):
        return False
    return (bool(token) and token[0].isupper() and not token.isupper()) or (
        len(token) > 1 and token[0].isupper() and token[1:2] in (".", "'")
    )
