"""People named in the prose around the quotes, with their roles.

A name counts as a person's when the text gives it a role (a title before it,
"Nationaal Rapporteur Piet Jansen"; an apposition after it, "Anna de Boer,
directeur-bestuurder van SEWN,"; an organisation, "Linh Tran van Stichting
Lotus Hulp") or a verb of saying or thinking ("Ewan MacLeod warns that …"), or
when it is a person named before ("Volgens De Graaf …"). Organisations and places
("Stichting Eerlijk Werk", "Den Haag") are not people.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mhbrief.importer.according_role import according_role, with_according_role
from mhbrief.importer.bracketed import BRACKETED, whom_for
from mhbrief.importer.carryover import People
from mhbrief.importer.coordinated import AND_THEN_VERB
from mhbrief.importer.name_adjectives import without_adjective
from mhbrief.importer.name_then_body import name_end_before_body
from mhbrief.importer.office_for import after_an_office_for, who_says
from mhbrief.importer.office_of_the import office_of_the
from mhbrief.importer.office_place import office_at_place
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.particle_names import continues_a_name, with_lead
from mhbrief.importer.role_phrases import names_a_role, role_apposed, role_before
from mhbrief.importer.roles import (
    PARTICLES,
    PRONOUNS,
    SAY,
    THINK,
    TITLE,
    TITLES,
    is_org_word,
    is_role_word,
    with_title_spaces,
)
from mhbrief.importer.speakers import (
    Person,
    capitalised,
    parse_person,
    plausible_name,
    police_title_before,
)

#: A word of a name (at most 60 characters: a longer run is no name, and the bound
#: keeps a line of 100,000 capitals linear).
_WORD = r"(?=[\w'’-]{0,60}[a-z])[A-Z][\w'’-]{0,60}(?![\w'’-])"
#: "in" only before an article ("Anna in 't Veld"): "Paul Bos in Breda" names a place.
_PARTICLE = (
    "|".join(sorted((re.escape(p) for p in PARTICLES if p != "in"), key=len, reverse=True))
    + r"|in(?=\s+(?:'t|’t|de|den|het)\s)"
)
#: A name of two to five words: "Anna de Boer", "Dr. Priya Raman", "Bas van der Linden".
_NAME = re.compile(
    rf"(?:(?i:{TITLE})\s+){{0,3}}{_WORD}(?:\s+(?:(?:{_PARTICLE})\s+|[A-Z]\.\s+){{0,3}}{_WORD}){{1,4}}"
    # initials before a surname: "G.P. Singh", "J. K. Rowling"
    rf"|(?<![\w.])(?:[A-Z]\.\s?){{1,3}}{_WORD}"
    rf"|(?:(?i:{TITLE})\s+)*{_WORD}"
)
_ORG_TAIL = re.compile(
    r"^\s+(?:van|bij|of|at|from)\s+(?:(?:het|de|the)\s+)?(?:[a-z]\w+\s+)?[A-Z][\w&’'/-]*"
    r"(?:\s+(?:[A-Z][\w&’'/-]*|van|voor|tegen|en|op|of|for|and|against|des|der|du))*"
)
_TRAILING_LINKS = frozenset(
    ["van", "voor", "tegen", "en", "op", "of", "for", "and", "against", "des", "der", "du"]
)
_MORE_WORDS = re.compile(r"^(?:\s+[A-Z][\w&’'-]*)+")
_APPOSITION = re.compile(
    # "X, Harbour Police Child Protection Unit (CPU) anti-fraud division chief, said"
    r"^\s*,\s*(?P<text>[^,.;:!?()]{3,120}?(?:\s*\([A-Z]{2,8}\)[^,.;:!?()]{3,80}?)?)"
    r"(?:\s*\([^()]*\))?\s*(?=[,.;:!?]|$)"
)
_CLAUSE = re.compile(r"^\s*,[^,.;:!?]{3,120},")
#: An apposition after a colon, as an introduction writes it: "We spraken met Ann Lee:
#: directeur van Stichting X, …". Only a lowercase role with whose it is: a colon after
#: a name otherwise opens the person's words ("Lee: "…"").
_COLON_ROLE = re.compile(
    r"^\s*:\s*(?P<text>[a-z][\w-]{2,30}\s+(?:van|bij|of|at|for)\s+(?:de\s+|het\s+|the\s+)?"
    r"[A-Z][^,.;:!?()“”„\"]{1,80}?)(?=[,.;:!?]|$)"
)
#: An organisation's short form before a title: "HRU" of "HRU Commander Jane Roe".
_SHORT_FORM = re.compile(r"[A-Z][A-Z&]{0,6}[A-Z]")
#: A verb of saying in lowercase inside an apposition with no comma before it: "X,
#: director of Y said:" (the apposition ends before it).
_SAID_IN_APPOSITION = re.compile(rf"\s+(?:{SAY})\b")
#: When, between a name and its verb: "X, Tuesday said", "X op woensdag zei".
_WHEN = (
    r"(?:,?\s*(?:on\s+|op\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|yesterday|today|gisteren|"
    r"vandaag|eerder|earlier)\s*,?)?"
)
_SAYS_AFTER = re.compile(rf"^\s*,?{_WHEN}\s*(?:{THINK})\b", re.IGNORECASE)
_AGE = re.compile(r"^\s*\(\d{1,3}\)")
#: "X is aandachtsfunctionaris mensenhandel bij de gemeente Goes.", "X is zelf een
#: oud-sekswerker en oprichter van Y": the role the sentence gives the name before it.
_PREDICATE = re.compile(
    r"^\s+(?:is|was|werd|wordt)\s+(?:(?:zelf|ook|nu|al|sinds\s+\S+)\s+)?"
    # where, before the role: "is bij het programma Handhaving coördinator van …"
    r"(?:(?:bij|at)\s+(?:(?:het|de|the)\s+)?(?:[a-z][\w-]*\s+)?[A-Z][\w-]*\s+)?"
    r"(?:(?:een|de|the|an?)\s+)?(?P<role>(?P<word>[\w-]+)[^.!?;:()\"“”‘’„]{0,120}?)\s*"
    # the role ends at the sentence's end or where an apposition on it begins: "is
    # voorzitter van de raad, een team dat …", "is head of the unit, which …"
    r"(?=[.!?;:]|,\s+(?:een|die|dat|wat|a|an|the|who|which|that)\s|$"
    rf"|{AND_THEN_VERB})"  # "is manager van X en deed onderzoek": a clause of its own
)
#: "Neil Wain works for the charity.", "Anna Smit leidt de opvang": a person's work, said of
#: a name (a person, though no role is given).
_WORKS = re.compile(
    r"^\s+(?:works|worked|werkt|werkte)\s+(?:for|at|with|as|bij|voor|als)\s"
    r"|^\s+(?:leads|led|heads|headed|runs|founded|leidt|leidde|runt|richtte)\s+(?:the|de|het|a|een)\s"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[ \t\n]+")  # not after an initial
#: Offices news copy writes before a surname alone ("burgemeester Halsema").
_OFFICE_BEFORE = re.compile(
    r"(?i:burgemeester|wethouder|minister|staatssecretaris|premier|gouverneur|"
    r"mayor|governor|senator|congressman|congresswoman|president)"
)
#: "According to Ann Lee, of X, …", "is er volgens Ann Lee …": whose view the sentence gives.
_ACCORDING_BEFORE = re.compile(r"(?i:\bvolgens|\baccording\s+to)\s+$")
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)")
#: How far before and after a name its role, organisation and verb are looked for.
_WINDOW = 80
_PREPOSITIONS = frozenset(
    [
        "van",
        "bij",
        "of",
        "at",
        "from",
        "in",
        "uit",
        "naar",
        "op",
        "aan",
        "met",
        "voor",
        "door",
        "tegen",
        "to",
        "for",
        "with",
        "by",
        "on",
        "into",
        *("against", "about", "over", "under", "among", "between", "within", "without"),
    ]
)


#: Prepositions of place: a name right after one is a place's ("in Western Mindanao").
_PLACE_PREPOSITIONS = frozenset(["in", "uit", "naar", "into", "near", "across", "nabij", "te"])


#: Words that open a sentence before a name without being part of it.
_LEAD_WORDS = frozenset(
    [
        "voor",
        "ook",
        "maar",
        "en",
        "dan",
        "toen",
        "nu",
        "want",
        "omdat",
        "als",
        "dus",
        "met",
        "zonder",
        "na",
        "sinds",
        "door",
        "zelfs",
        "for",
        "but",
        "and",
        "then",
        "when",
        "as",
        "also",
        "with",
        "after",
        "since",
        "even",
    ]
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: Person
    #: Followed by a verb of saying or thinking: the subject of "X vermoedt dat …".
    says: bool
    #: A name with nothing to say it is a person's ("Collega Anna Smit kijkt toe"): it
    #: is not recorded, but a pronoun after it may mean that person.
    sure: bool = True


#: A verb of saying that opens a sentence: "Says Justine Carter, director of X:".
_SAY_ALONE = re.compile(rf"(?!volgens|according)(?:{SAY})$", re.IGNORECASE)


def mentions(text: str, people: People) -> Iterator[Mention]:
    """The people named in ``text``, in order (names known to ``people`` included)."""
    guarded = with_title_spaces(text)
    covered = 0
    paired = 0  # "Hedda en Jantine zijn coördinatoren …": both read already
    for match in _NAME.finditer(guarded):
        if match.start() < paired:
            continue
        if (pair := _pair_with_role(guarded, match)) is not None:
            yield from pair
            covered = paired = pair[-1].end
            continue
        first = match[0].split(maxsplit=1)
        if len(first) == 2 and (first[0].lower() in _LEAD_WORDS or _SAY_ALONE.match(first[0])):
            # "Voor Depla is …", "Ook Anna Bos zegt": a sentence's first word is no name's
            match = _NAME.match(guarded, match.start() + len(first[0]) + 1) or match
        match = without_adjective(guarded, match, _NAME)  # "de Oekraïense Anna": Anna
        if (cut := name_end_before_body(match[0])) is not None:  # "X van de Zeeuwse politie"
            match = _NAME.match(guarded, match.start(), match.start() + cut) or match
        if (longer := _after_a_long_role(guarded, match)) is not None:
            match = longer
            paired = match.end()  # the name's end is read now, not again
        mention = _mention(guarded, match, people)
        if mention is not None:
            covered = mention.end
            yield mention
        elif match.start() >= covered and (
            _maybe_a_person(guarded, match) or _surname_says(guarded, match, people)
        ):
            name = match[0].replace("\u00a0", " ")
            yield Mention(match.start(), match.end(), Person(name, None), False, False)


#: A capitalised word going on after a name match: the match stopped at its length.
_GOES_ON = re.compile(rf"[ \u00a0]{_WORD}")


def _after_a_long_role(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """ "Los Angeles County Sheriff Jane Roe": a role of many words cut the match of the
    name short; the name is read again from the word after the role's last word."""
    if not _GOES_ON.match(text, match.end()):
        return None
    words = match[0].split()
    roles = [n for n, word in enumerate(words) if is_role_word(word)]
    if not roles or roles[-1] == len(words) - 1:
        return None
    offset = match.start()
    for word in words[: roles[-1] + 1]:
        offset = text.index(word, offset) + len(word)
    return _NAME.match(text, offset + 1)


#: Two first names given one role: "Hedda en Jantine zijn coördinatoren mensenhandel bij
#: de IND", "Ann and Joy are caseworkers at X".
_PAIR = re.compile(
    rf"(?P<a>{_WORD})\s+(?:en|and|&)\s+(?P<b>{_WORD})\s+(?:zijn|are|waren|were)\s+"
    r"(?:(?:allebei|beiden|both|twee|two)\s+)?"
    r"(?P<role>(?P<word>[\w-]{3,60})[^.!?;:()\"“”‘’„]{0,100}?)\s*(?=[.!?;:]|$)"
)


def _pair_with_role(text: str, match: re.Match[str]) -> list[Mention] | None:
    """Two names of one word each, joined by "en"/"and", that the sentence gives a role
    in the plural: both are people, with that role."""
    if " " in match[0]:
        return None
    pair = _PAIR.match(text, match.start())
    if pair is None or not _plural_role(pair["word"]):
        return None
    names = (pair["a"], pair["b"])
    if any(is_org_word(n) or is_role_word(n) or n.lower() in PRONOUNS for n in names):
        return None
    return [
        Mention(pair.start(g), pair.end(g), Person(pair[g], pair["role"]), False, True)
        for g in ("a", "b")
    ]


def _plural_role(word: str) -> bool:
    """``coördinatoren``, ``woordvoerders``, ``caseworkers``: a role word in the plural."""
    return any(
        word.lower().endswith(end) and is_role_word(word[: -len(end)]) for end in ("s", "en", "n")
    )


_NAME_GOES_ON = re.compile(r"\s+(?:and|en|&|of|van|for|voor)\s+(?:[A-Z][\w-]{0,40}\s*){1,4}")


def _maybe_a_person(text: str, match: re.Match[str]) -> bool:
    """Two or more name-like words, not an organisation or place: not after a
    preposition ("bij Safe Harbour", "in Den Haag"), not given an abbreviation."""
    words = match[0].split()
    before = text[max(0, match.start() - _WINDOW) : match.start()].split()[-1:]
    going_on = _NAME_GOES_ON.match(text, match.end())
    return (
        len(words) >= 2
        and not continues_a_name(text, match.start())  # "Hommes" of "Terre des Hommes"
        # "Volgens Roemer heeft …": a sentence's first word is no first name
        and words[0].lower() not in _LEAD_WORDS | {"volgens", "according"}
        and plausible_name(" ".join(words))
        and not any(is_role_word(word) for word in words)
        # "City Social Welfare and Development Office": an organisation's name goes on
        and not (going_on and any(is_org_word(w) for w in going_on[0].split()))
        and not (before and before[0].lower() in _PREPOSITIONS)
        and not (before and before[0] in ("the", "de", "het"))  # "the United States"
        # "the law firm Baker Lane", "the charity Safe Haven": an organisation's name
        and not (before and (is_org_word(before[0]) or before[0].lower() in _FIRM_NOUNS))
        and not _ABBREVIATION.match(text, match.end())
    )


#: Nouns for a business, written before its name: "the law firm Baker Lane".
_FIRM_NOUNS = frozenset(["firm", "company", "bedrijf", "kantoor", "business", "bank", "brand"])


#: Words that start a sentence before a verb of saying and are nobody's surname.
_NOT_NAMES = PRONOUNS | {
    *("it", "we", "wij", "het", "dit", "dat", "men", "iedereen", "everyone", "one", "who"),
    *("wie", "er", "hier", "daar", "there", "here", "these", "those", "that", "dan", "then"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    *("daarna", "daarom", "toen", "nu", "ook", "dus", "verder", "vervolgens", "bovendien"),
    *("intussen", "inmiddels", "echter", "zo", "hierna", "later", "eerder", "tegelijk"),
    *("now", "also", "however", "meanwhile", "still", "so", "earlier", "again", "yet"),
    # "Toch zei ze ja", "Instead he said": adverbs opening a sentence before its verb
    *("toch", "wel", "nog", "zelfs", "misschien", "uiteindelijk", "daarnaast", "opnieuw"),
    *("instead", "finally", "perhaps", "eventually", "indeed", "even", "later", "often"),
}


def _surname_says(text: str, match: re.Match[str], people: People) -> bool:
    """One name-like word the text never named before, as the subject of a verb of saying
    or thinking ("Luhrs vindt dat …"): maybe a person, so a pronoun after it is no longer
    sure to mean the one named last."""
    word = match[0]
    return (
        " " not in word
        and word.lower() not in _NOT_NAMES
        and word.lower() not in people.common  # "She", "Tuesday", "Daar": written lowercase too
        and not word.isupper()
        and not is_role_word(word)
        and not is_org_word(word)
        and _SAYS_AFTER.match(text[match.end() : match.end() + 4 * _WINDOW]) is not None
    )


_ORG_LINKS = frozenset(["van", "bij", "of", "at", "from", "for"])


def _split_organisation(tokens: list[str], people: People) -> tuple[list[str], list[str]]:
    """``Kim Brouwers van de Nationaal Rapporteur Mensenhandel``: the name, and the
    organisation that ran into it (words after ``van``/``of`` that are no surname:
    two or more capitalised words, or one naming a role or an organisation). The last
    such link is read first: "Paul van der Burg van de Arbeidsinspectie" keeps its
    surname's own "van"."""
    for n in range(len(tokens) - 2, 0, -1):
        if tokens[n].lower() not in _ORG_LINKS or not capitalised(tokens[n - 1]):
            continue
        rest = [t for t in tokens[n + 1 :] if t.lower() not in PARTICLES]
        shaped = any(t.isupper() or any(c.isupper() for c in t[1:]) for t in rest)  # CoMensha
        if len(rest) >= 2 or shaped or any(is_role_word(t) or is_org_word(t) for t in rest):
            return tokens[:n], tokens[n:]
    return tokens, []


def _name_after_organisation(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """``Directeur van CoMensha Ina Hut``: role and organisation, then the name (the last
    two capitalised words, with the particles between them)."""
    if len(tokens) < 5 or tokens[1].lower() not in _ORG_LINKS or not is_role_word(tokens[0]):
        return None
    start = len(tokens) - 1
    while start > 2 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    start -= 1
    if start <= 2 or not capitalised(tokens[start]):
        return None
    return tokens[:start], tokens[start:]


#: Days, which follow a name without being part of it: "X Tuesday announced".
_DAYS = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        *("today", "yesterday", "tonight", "vandaag", "gisteren", "vanavond"),
    ]
)
#: A role and "van"/"of" right before a capitalised word: "minister van Justitie X Y".
_ROLE_OF_BEFORE = re.compile(r"(?:^|\s)(?P<role>[\w-]+\s+(?:van|of))\s+$")


def _mention(text: str, match: re.Match[str], people: People) -> Mention | None:
    tokens = match[0].replace("\u00a0", " ").split()
    while len(tokens) > 1 and tokens[-1].lower() in _DAYS:  # "Jane Roe Tuesday said"
        tokens.pop()
    if len(tokens) < len(match[0].split()):
        return _mention_at(
            text, match.start(), match.start() + len(" ".join(tokens)), tokens, people
        )
    if (office := _office_of(text, match, people)) is not None:
        return office
    if (placed := office_at_place(text, match.start(), match[0], people)) is not None:
        return Mention(*placed, _says_after(text, placed[1])) if placed else None
    before = text[max(0, match.start() - 60) : match.start()]
    if person := office_of_the(before, tokens, people.looks_like_a_name):  # "van de X Y Z"
        return Mention(match.start(), match.end(), person, _says_after(text, match.end()))
    if (role_first := _name_after_organisation(tokens)) is not None:
        role_tokens, name_tokens = role_first
        if not people.looks_like_a_name(" ".join(name_tokens)):
            return None
        person = Person(" ".join(name_tokens), " ".join(role_tokens))
        rest = text[match.end() : match.end() + 4 * _WINDOW]
        return Mention(match.start(), match.end(), person, _SAYS_AFTER.match(rest) is not None)
    tokens, org_tokens = _split_organisation(tokens, people)
    if org_tokens:  # read as "Name van Org": the organisation joins the text after it
        end_of_name = match.start() + len(" ".join(tokens))
        return _mention_at(text, match.start(), end_of_name, tokens, people)
    return _mention_at(text, match.start(), match.end(), tokens, people)


def _says_after(text: str, end: int) -> bool:
    return _SAYS_AFTER.match(text[end : end + 4 * _WINDOW]) is not None


def _office_of(text: str, match: re.Match[str], people: People) -> Mention | None:
    """``minister van Justitie Anna de Wit``, ``minister of Justice John Roe``: a role
    "van"/"of" one capitalised word before the name, read as role and organisation."""
    before = _ROLE_OF_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or not is_role_word(before["role"].split()[0]):
        return None
    if len(match[0].split()) < 3:
        return None
    person = parse_person(f"{before['role']} {match[0]}")
    if person.name is None or person.role is None or not people.looks_like_a_name(person.name):
        return None
    rest = text[match.end() : match.end() + 4 * _WINDOW]
    says = _SAYS_AFTER.match(rest) is not None
    return Mention(match.start(), match.end(), person, says)


def _mention_at(
    text: str, start: int, match_end: int, tokens: list[str], people: People
) -> Mention | None:
    roles_at = [n for n, token in enumerate(tokens) if is_role_word(token)]
    cut = roles_at[-1] + 1 if roles_at else 0  # "Woordvoerder Ilse Tromp", "Nationaal Rapporteur …"
    # "Nationaal Rapporteur Mensenhandel Herman Bolhaar": a word the text also writes
    # in lowercase belongs to the role, not the name.
    while cut and len(tokens) - cut > 2 and tokens[cut] in people.common:
        cut += 1
    name = " ".join(tokens[cut:])
    if not name or not plausible_name(name.split(" van ")[0].split(" bij ")[0]):
        return None  # the name itself (not an organisation after it) must be a person's
    kind = text[max(0, start - 30) : start].split()[-1:]
    titled = police_title_before(text[max(0, start - _WINDOW) : start])  # "… of Police X"
    firm = bool(kind) and (is_org_word(kind[0]) or kind[0].lower() in _FIRM_NOUNS)
    if not cut and firm and kind[0][-1:].isalpha() and not titled:
        return None  # "The charity Safe Haven, led by X, says": an organisation's name
    if not cut and kind and kind[0] in _PLACE_PREPOSITIONS:
        return None  # "(PCTC) in Western Mindanao at the port": a place
    if not cut and after_an_office_for(text, start):
        return None  # "the Commissioner for West Yorkshire": the office's place or field
    window = text[max(0, start - 2 * _WINDOW) : start]
    role = " ".join(tokens[:cut]) or role_before(window[-_WINDOW:])
    role = with_lead(text, start, tokens, cut, role)  # "Leger des Heils-woordvoerder"
    according = None if role else according_role(window[-_WINDOW:])  # "Volgens therapeut X"
    short = bool(kind) and text[start - 1 : start].isspace() and _SHORT_FORM.fullmatch(kind[0])
    if cut and short and capitalised(tokens[0]):
        role = f"{kind[0]} {role}"  # "HRU Commander Jane Roe": whose commander
    apposed = None if role else role_apposed(window)
    # Bounded windows around the name: a long paragraph costs linear time.
    rest = text[match_end : match_end + 4 * _WINDOW]
    chunk = f"{role} {name}" if role else name
    end = match_end
    if re.search(r" (?:van|bij|of|at) ", f" {name} ") and (more := _MORE_WORDS.match(rest)):
        # "Minister Karin van Dijk van Sociale Zaken": the name ran into the organisation.
        chunk, end, rest = chunk + more[0], end + more.end(), rest[more.end() :]
    if tail := _ORG_TAIL.match(rest):
        # "van Stichting Kompas en onderzoeker …": the name ends before a trailing "en"
        words = tail[0].split(" ")
        while words and words[-1] in _TRAILING_LINKS:
            words.pop()
        taken = " ".join(words)
        chunk, end, rest = chunk + taken, end + len(taken), rest[len(taken) :]
    bracket = None if _AGE.match(rest) else BRACKETED.match(rest)
    if bracket and whom_for(bracket["inner"]):
        # "prof. dr. Fatima El Amrani (Universiteit Utrecht) steunt …": whom she is from
        chunk, end, rest = chunk + bracket[0], end + bracket.end(), rest[bracket.end() :]
    apposition = _APPOSITION.match(rest) or _colon_role(rest)
    apposed_text = apposition["text"] if apposition else ""
    # "X, director of Y said:": no comma before the verb, which ends the apposition
    said_in = _SAID_IN_APPOSITION.search(apposed_text)
    if said_in and said_in.start() > 0:
        apposed_text = apposed_text[: said_in.start()]
    if apposition and names_a_role(apposed_text.split()):
        chunk += ", " + apposed_text
        end += apposition.start("text") + len(apposed_text) if said_in else apposition.end()
    clause = _CLAUSE.match(rest)
    if clause and all(capitalised(w) or w in PARTICLES for w in clause[0].strip(" ,").split()):
        clause = None  # "Trafficking in Persons, Fatima Roe, said": the name after, not a clause
    says = _SAYS_AFTER.match(rest) is not None or bool(said_in)  # "X, Tuesday said"
    says = says or (clause is not None and _SAYS_AFTER.match(rest[clause.end() :]) is not None)
    says = says or who_says(rest[clause.end() if clause else 0 :])  # "X, the Y, who told"
    says = says or tokens[0].lower() in ("volgens", "according")  # "Volgens De Wit is …"
    says = says or _ACCORDING_BEFORE.search(text, max(0, start - 20), start) is not None
    aged = _AGE.match(rest)  # "Merel van Groningen (46)": a person
    person = _without_common_words(parse_person(chunk), people)
    if according and person.name:
        person = Person(person.name, with_according_role(person.role, according, chunk))
    if person.name is None and role and not cut:
        # "hoogleraar jeugdrecht prof. dr. X (Y)": a role read before the name stays apart
        alone = _without_common_words(parse_person(chunk[len(role) + 1 :]), people)
        held = f"{role} ({alone.role})" if alone.role else role
        person = Person(alone.name, held) if alone.name else person
    if person.name is None:
        return None
    name = person.name
    if person.role and is_outlet(person.role):  # "zegt X bij Omroep Brabant": where, not whom for
        person, says = Person(name, None), True
    predicate = _PREDICATE.match(rest[aged.end() if aged else 0 :])
    if person.role is None and predicate and is_role_word(predicate["word"]):
        person = Person(name, predicate["role"])  # "X is aandachtsfunctionaris bij Y."
    elif person.role is None and apposed:
        person = Person(name, apposed)  # "The Commissioner, Dame X, said"
    single = len(name.split()) == 1
    # "Amadou (27)": a given name alone with an age is a person's (two digits: no "Fase (3)")
    adult = bool(aged and len(aged[0].strip()) == 4)
    # "burgemeester Aboutaleb", "Mayor Bass": an office held by one person, and a surname
    office_word = tokens[cut - 1] if cut else (kind[0] if kind else "")
    office = single and _OFFICE_BEFORE.fullmatch(office_word) is not None
    works = _WORKS.match(rest) is not None
    if not (person.role or says or aged or works or people.known(name)) or (
        single and not (people.known(name) or adult or office)
    ):
        return None
    return Mention(start, end, person, says)


def _colon_role(rest: str) -> re.Match[str] | None:
    """ "Ann Lee: directeur van X": the role after a colon, when its first word is one."""
    match = _COLON_ROLE.match(rest)
    return match if match and is_role_word(match["text"].split()[0]) else None


def _without_common_words(person: Person, people: People) -> Person:
    """``Mensenhandel Herman Bolhaar`` → ``Herman Bolhaar``: leading words the text also
    writes in lowercase go to the role."""
    if person.name is None:
        return person
    words = person.name.split()
    moved: list[str] = []
    while len(words) > 2 and words[0] in people.common:
        moved.append(words.pop(0))
    name = " ".join(words)
    # "prof. dr. Fatima El Amrani": a title in lowercase mid-sentence stays with the name
    first = next((w for w in words if w.lower() not in TITLES), words[0])
    if not capitalised(first) or not people.looks_like_a_name(name):
        return Person(None, None)  # "Trafficking in Persons Report": a title, no one's name
    if not moved:
        return person
    role = " ".join(part for part in (person.role, *moved) if part) if person.role else None
    return Person(name, role, person.back, person.unnamed, person.weak)


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (titles do not end one)."""
    guarded = with_title_spaces(text.strip())
    return _SENTENCE_END.split(guarded)[-1].replace("\u00a0", " ") if guarded else ""


#: A sentence whose subject is a role and whose verb says: "The police spokesperson said".
_ROLE_SUBJECT = re.compile(
    rf"^(?:The|De|Het)\s+(?P<role>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:{SAY})\b", re.IGNORECASE
)
#: How many sentences of a stretch of text are read for such a subject.
_ROLE_SUBJECTS = 200


def role_subjects(text: str, ends: list[int], people: People) -> dict[int, tuple[str, ...]]:
    """Sentences (by number; ``ends`` are their ends in ``text``) whose subject is a role:
    "The police spokesperson said …". The one person named earlier with that role, or
    the role itself when nobody is, stands beside the names of that sentence, so a
    pronoun after another name in it may mean either; a known holder is named last."""
    found: dict[int, tuple[str, ...]] = {}
    for number, start in enumerate([0, *ends][:_ROLE_SUBJECTS]):
        match = _ROLE_SUBJECT.match(text[start : start + 120].lstrip())
        if match is None or not any(is_role_word(w) for w in match["role"].split()):
            continue
        holder = people.holder(match["role"])
        found[number] = (holder or f"the {match['role']}",)
        if holder:
            people.last, people.beside = holder, ()
    return found
