"""What an organisation's name looks like, and where a text has one speak or employ.

A name is a run of capitalised words with the small words organisations use between
them ("Leger des Heils", "Fund for Survivors", "Zeeland/West-Brabant"), perhaps led by
a word of its kind in lowercase ("vzw Payoke", "politie Zeeland-West-Brabant"). Read in
three places: after a quoted person's role ("jurist bij vzw Payoke", "programme
director at The Freedom Fund"), before a role it prefixes ("Stichting X-woordvoerder"),
and as the subject of a sentence that says or announces something ("Fier Fryslân
noemt …", "CoMensha waarschuwt", "The Anti-Slavery Network warned"). A name counts
when it has a word of an organisation's kind (:data:`.roles.ORG_WORDS`), is written as
a short form ("CoMensha", "ECPAT") or is named again; never a person the text names,
nor a news outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.role_names import bare_name_in_role, ends_in_role
from mhbrief.importer.roles import (
    ORG_KIND_NOUN,
    ORG_KIND_PREFIXES,
    ORG_WORDS,
    PARTICLES,
    SAY,
    THINK,
    is_org_word,
    is_role_word,
)
from mhbrief.importer.speakers import RANKS
from mhbrief.importer.words import fold_text

#: A capitalised word of a name, with a slash inside ("Zeeland/West-Brabant").
_CAP = r"(?:[A-Z][\w&’'.-]{0,40}(?<![.’'])(?:/[A-Z][\w&’'-]{0,40})*)"
#: Small words between the capitalised ones: "Leger des Heils", "Fund for Survivors".
_LINK = r"(?:van|voor|tegen|en|des|der|den|de|het|op|in|for|of|and|against|on|the|to|&)"
_KIND = "|".join(sorted(ORG_KIND_PREFIXES))
#: An organisation's name: "Fier Fryslân", "vzw Payoke", "The Freedom Fund".
NAME = rf"(?:(?:{_KIND})\s+)?{_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,7}}"
_NAME = re.compile(NAME)

#: What an organisation does as the subject of a sentence: says, warns, announces.
_ACTS = (
    rf"(?:{THINK[3:-1]}|announced|announces|launched|launches|published|publishes|"
    r"welcomed|welcomes|calls|called|released|releases|opened|opens|calling|urging|warning|"
    r"welcoming|launching|asking|demanding|"
    r"kondigt|kondigde|lanceert|lanceerde|publiceert|publiceerde|presenteert|presenteerde|"
    r"opent|opende|start|startte|roept|riep|luidt|luidde|vraagt|vroeg|eist|eiste|"
    r"verwelkomt|juicht|slaat\s+alarm|sloeg\s+alarm)"
)
_HAS = r"(?:(?:heeft|had|has|have|is|was)\s+(?:\w+\s+)?)?"
#: The subject of a sentence, or of a line: "CoMensha waarschuwt", "Het Leger des Heils opent".
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:])\s+|(?<=[“”\"‘’„]\s)|(?<=\s[-–—]\s)|(?<=,\s)(?=(?:the|de|het)\s))"
    rf"(?:(?:Het|De|The|het|de|the)\s+)?(?P<org>{NAME})"
    rf"(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?\s+{_HAS}{_ACTS}\b",
    re.MULTILINE,
)
#: After a verb of saying: "zegt CoMensha", "volgens Fier Fryslân", "according to the Fund".
_AFTER_SAY = re.compile(
    rf"\b{SAY}\s+(?:(?:het|de|the)\s+)?(?P<org>{NAME})(?=\s*[.,;:!?]|\s+(?:dat|that)\b)"
)
#: A role's organisation: "van het Leger des Heils", "at The Freedom Fund".
_IN_ROLE = re.compile(
    rf"\b(?:van|vanuit|bij|of|at|for|from|with|namens)\s+(?:(?:het|de|the)\s+)?(?P<org>{NAME})"
)
#: A role it prefixes: "Stichting Veilig Werk-woordvoerder", "UNICEF-directeur".
_PREFIXED = re.compile(rf"(?P<org>{NAME})-(?P<role>[a-z][\w-]*)\b")
#: A short form leading a role: "IOM Spokesperson", "UNICEF Executive Director".
_LEADING = re.compile(r"^(?P<org>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s+(?P<role>[\w-]+)")
#: A possessive in a role: "head of the Fund’s legal team".
_POSSESSIVE = re.compile(rf"(?:\b(?:the|het|de)\s+)?(?P<org>{NAME})[’']s\b")

#: Words of when: "said Tuesday" names no one.
_WHEN_WORDS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "vandaag",
    "gisteren",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januari",
    "februari",
    "maart",
    "mei",
    "juni",
    "juli",
    "augustus",
    "oktober",
]
_SENTENCE_WORDS = frozenset(
    [
        *_WHEN_WORDS,
        "de",
        "het",
        "een",
        "dit",
        "dat",
        "deze",
        "die",
        "ook",
        "maar",
        "en",
        "of",
        "toch",
        "daarom",
        "daarnaast",
        "volgens",
        "zo",
        "nu",
        "dan",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "also",
        "but",
        "and",
        "or",
        "so",
        "now",
        "then",
        "however",
        "in",
        "on",
        "at",
        "for",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "ik",
        "u",
        "you",
        "they",
        "he",
        "she",
        "it",
        "i",
        "our",
        "onze",
    ]
)


def clean_name(org: str) -> str:
    """The name without trailing small words or a sentence's full stop; "Jansen van de
    FNV" is the FNV (a person's surname before an organisation's name)."""
    words = org.split()
    while words and (words[-1].lower() in _SENTENCE_WORDS or words[-1].islower()):
        words.pop()
    person_of = re.match(
        r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:van|of|bij|at)\s+(?:(?:de|het|the)\s+)?(.+)$",
        " ".join(words),
    )
    if person_of and not any(is_org_word(w) for w in person_of[1].split()):
        after = person_of[2].split()
        if any(is_org_word(w) for w in after) or (len(after) == 1 and after[0].isupper()):
            words = after
    return re.sub(r"[’']s$", "", " ".join(words).rstrip(".,;:"))  # "the Fund’s"


def first_word_ok(org: str) -> bool:
    """Not a sentence's first word ("Daarom"), not an operation, nor a role with a name after it
    ("Nationaal Rapporteur Piet Jansen", "Directeur Ina Bos")."""
    words = org.split()
    if words[0].lower() in _OPERATION and len(words) > 1:
        return False  # "Operation Reclaim and Rebuild", "Operatie Zwaluw": a police action
    roles = [n for n, word in enumerate(words) if is_role_word(word) and not is_org_word(word)]
    return words[0].lower() not in _SENTENCE_WORDS and not (roles and roles[0] < len(words) - 1)


#: The first word of the name of a police operation, which is no organisation.
_OPERATION = frozenset(["operation", "operatie", "opération"])


#: A town after an organisation in a role: "Lumens in Eindhoven", "X in San Diego" (up to
#: three capitalised words, none a body's: "in Need Foundation" is part of a name).
_WHERE = re.compile(r"(?<=\w)\s+in\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})$")
#: A country's letters before a role: no organisation's name.
COUNTRY_LETTERS = frozenset(["US", "USA", "UK", "NL"])


def in_role(role: str) -> Iterator[str]:
    """The organisations a quoted person's role names, in order; a role that is only a
    name of several capitalised words ("Huis der Hoop", from "X van het Huis der Hoop")
    is one."""
    if _whole_name(role):
        yield role  # "Defence for Children" (of "X bij Defence for Children"): all of it
        return
    if bare := bare_name_in_role(role):
        yield bare  # "Free for Good Spokesperson", "directeur Free a Girl": the name whole
        return
    seen = set()
    for part in role.split(","):  # "Director-General, National Agency for the X"
        part = re.sub(r"^\s*(?:the|de|het)\s+", "", part.strip())
        if _NAME.fullmatch(part) and any(is_org_word(w) for w in part.split()):
            words = part.split()
            if first_word_ok(part) and not is_role_word(words[0]) and not is_role_word(words[-1]):
                seen.add(part)
                yield part
    for pattern in (_IN_ROLE, _PREFIXED, _LEADING, _POSSESSIVE):
        for match in pattern.finditer(role):
            if pattern in (_PREFIXED, _LEADING) and not is_role_word(match["role"]):
                continue
            if match["org"] in COUNTRY_LETTERS:
                continue  # "US Attorney", "UK Ambassador": a country's office, no name
            org = clean_name(match["org"])
            if org and pattern is _IN_ROLE:
                # "zorgcoördinator vanuit Lumens in Eindhoven": where they work, no part
                where = _WHERE.search(org)
                if where and not any(is_org_word(w) for w in where["place"].split()):
                    org = org[: where.start()]
            if org and first_word_ok(org) and org not in seen and not ends_in_role(org):
                seen.add(org)
                yield org


def _whole_name(role: str) -> bool:
    """A role that is only a name of two capitalised words or more, none a role's or a
    rank's: the organisation the person is with ("Huis der Hoop", "Defence for Children")."""
    words = role.split()
    return (
        _NAME.fullmatch(role) is not None
        and sum(w[:1].isupper() for w in words) >= 2
        and not any(is_role_word(word) for word in words)  # "Nationaal Rapporteur"
        and not any(word.lower() in RANKS for word in words)  # "Polk County Sheriff"
    )


def subjects(text: str) -> Iterator[tuple[str, bool]]:
    """Names that say, warn or announce something as a sentence's subject, or are
    said to have said it ("zegt CoMensha", with ``True``)."""
    for pattern in (_SUBJECT, _AFTER_SAY):
        for match in pattern.finditer(text):
            org = clean_name(match["org"])
            if org and first_word_ok(org):
                yield org, pattern is _AFTER_SAY


def looks_like_an_organisation(org: str, text: str) -> bool:
    """A word of an organisation's kind ("Fund", "vzw"), a short form ("CoMensha",
    "ECPAT"), or a name the text uses again (twice in all, once in mid-sentence for a
    single word): "Fier Fryslân". Never a news outlet."""
    if is_outlet(org) or is_outlet(org.removeprefix("The ")):
        return False
    words = org.split()
    if all(fold_text(w) in ORG_WORDS or w.lower() in ORG_KIND_PREFIXES for w in words):
        return False  # "Stichting" alone, "The Foundation": a kind, not a name
    if any(is_org_word(w) for w in words) or words[0].lower() in ORG_KIND_PREFIXES:
        return True
    if len(words) == 1 and (
        (org.isupper() and len(org) > 1)
        or ("-" not in org and "/" not in org and any(c.isupper() for c in org[1:]))
    ):
        return True
    if described(org, text):
        return True
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(org)}(?![\w-])", text)]
    if len(words) > 1:
        return len(uses) >= 2
    return len(uses) >= 2 and any(_mid_sentence(text, at) for at in uses)


#: An apposition naming an organisation's kind: "Proud, de belangenvereniging voor
#: sekswerkers,", "Payoke, a Belgian charity,".
_KIND_APPOSITION = r",\s+(?:de|het|een|the|a|an)\s+(?P<words>(?:[\w’'-]+\s+){0,2}[\w’'-]+)"


def described(org: str, text: str) -> bool:
    """The text says what ``org`` is, as an organisation: "Proud, de belangenvereniging
    voor sekswerkers, …"."""
    pattern = rf"(?<![\w-]){re.escape(org)}{_KIND_APPOSITION}"
    for number, match in enumerate(re.finditer(pattern, text)):
        if number >= 5:
            break
        if any(is_org_word(word) for word in match["words"].split()):
            return True
    return False


#: The last word of a place's name: "Polk County" is where, not who.
_PLACE_KINDS = frozenset(["County", "Township", "Parish", "Borough"])


def described_organisations(text: str) -> Iterator[str]:
    """Every name the text describes as an organisation, in order ("Proud, de
    belangenvereniging voor sekswerkers,")."""
    for match in re.finditer(rf"(?P<org>{NAME}){_KIND_APPOSITION}", text):
        # a name does not run over a line break ("… om Facebookbericht ¶ Proud, de …")
        org = match["org"].rsplit("\n", 1)[-1]
        org = clean_name(re.sub(r"^(?:The|De|Het)\s+", "", org))
        if org and org.rsplit(None, 1)[-1] in _PLACE_KINDS:
            continue  # "… in Polk County, the sheriff's office said": a place, then the subject
        if _LIST_BEFORE.search(text, max(0, match.start("org") - 60), match.start("org")):
            continue  # "A Trust, Harbour Aid, the Child Centre and X helped": a list's item
        if org and first_word_ok(org) and any(is_org_word(w) for w in match["words"].split()):
            yield org
    # "hulporganisatie Payoke kan de toevloed niet aan", "the charity Unseen said": the
    # kind in lowercase, then the name the text uses again
    for match in _KIND_THEN_NAME.finditer(text):
        org = clean_name(match["org"])
        if org and first_word_ok(org) and len(re.findall(rf"\b{re.escape(org)}\b", text)) >= 2:
            yield org


#: The end of a list's earlier item right before a name: "Harbour Aid, " (a name and a
#: comma); the words after the next comma are the list's next item, not a description.
_LIST_BEFORE = re.compile(r"[A-Z][\w&’'-]{1,40},[ \t]+$")

_KIND_THEN_NAME = re.compile(
    rf"\b{ORG_KIND_NOUN}\s+(?P<org>[A-Z][\w&’'-]{{1,40}}"
    # "hulporganisatie Terre des Hommes", "the charity Save the Children": small words
    # inside the name, each between capitalised words
    rf"(?:\s+(?:(?:des|der|du|del|de|la|le|van|von|of|the|for)\s+)?[A-Z][\w&’'-]{{1,40}}){{0,3}})"
)


def _mid_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?:\n"“”‘’„'


#: Forms of address before a person's name: "Dame Sara Thornton", "de heer Jansen".
_ADDRESS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "heer",
        "mevrouw",
        "mevr",
        "dhr",
        "drs",
        "mr.",
        "ir",
    ]
)


def is_form_of_address(word: str) -> bool:
    """``Ms``, ``Dr.``, ``de heer``: how a person is addressed, no name of its own."""
    return word.lower().rstrip(".").removeprefix("de ") in _ADDRESS


#: How many of a name's uses are read for a sign that it is a person's.
_USES = 20


def named_as_person(name: str, text: str) -> bool:
    """``name`` written as a person's somewhere in ``text``: after a role or a form of
    address ("Prime Minister Theresa May", "Dame Sara Thornton"), or with an age or a
    role after it ("Anna Bos (43)", "Anna Bos, directeur van …")."""
    if name.isupper() or not all(w[:1].isupper() or w in PARTICLES for w in name.split()):
        return False  # "Leger des Heils", "IOM": no person's name, whatever stands before
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for n, match in enumerate(pattern.finditer(text)):
        if n >= _USES:
            break
        before = text[max(0, match.start() - 40) : match.start()].split()[-1:]
        word = before[0].rstrip(".").lower() if before and before[0][-1] not in ",;:" else ""
        if word and (word in _ADDRESS or (is_role_word(word) and not is_org_word(word))):
            return True
        after = text[match.end() : match.end() + 60]
        if re.match(r"\s*\(\d{1,3}\)", after):
            return True
        apposition = re.match(r"\s*,\s*(?:(?:de|het|the|a|an|een)\s+)?(\S+)(?:\s+(\S+))?", after)
        if apposition and any(
            w and is_role_word(w) and not is_org_word(w) for w in apposition.groups()
        ):
            return True
    return False


def without_rank(org: str) -> str:
    """An organisation read from a role without the rank after it: "Leeds Police Chief"
    is "Leeds Police", "Kent Police Det." is "Kent Police"."""
    words = org.split()
    while len(words) > 1 and (words[-1].lower().rstrip(".") + "." in RANKS or _ranked(words[-1])):
        words.pop()
    return " ".join(words)


def _ranked(word: str) -> bool:
    return word.lower() in RANKS or is_role_word(word)


def written_out(short: str, text: str) -> str | None:
    """ "ChristenUnie" (or "Christen Unie") for "CU", when the text writes the name its
    capitals spell at least twice and more often than the short form alone: the name as
    the text gives it."""
    if not (2 <= len(short) <= 5 and short.isalpha() and short.isupper()):
        return None
    spelled = r"[ -]?".join(f"{letter}[a-zà-ÿ]{{2,20}}" for letter in short)
    names = re.findall(rf"(?<![\w-])(?:{spelled})(?!\w)", text)
    if not names:
        return None
    name = max(set(names), key=names.count)
    alone = len(re.findall(rf"(?<![\w-]){short}(?![\w-])", text))
    return name if names.count(name) >= 2 and names.count(name) > alone else None
