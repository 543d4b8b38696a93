"""The role a phrase gives the name next to it: a title right before it ("Nationaal
Rapporteur Piet Jansen"), a title-cased role opening the sentence with the name between
commas after it, or an apposition after the name that names a role."""

from __future__ import annotations

import re

from mhbrief.importer.roles import ARTICLES, RANK_ABBREVIATIONS, ROLE_MODIFIERS, SAY, is_role_word
from mhbrief.importer.speakers import Person, capitalised, police_title_before


def _name_word(token: str) -> bool:
    """A capitalised word or an acronym of a role's organisation, not a sentence's end."""
    return (capitalised(token) or (token.isupper() and len(token) > 1)) and not token.endswith(
        (".", ",", ":", ";", "!", "?")
    )


def _rank_word(token: str) -> bool:
    """A word of a rank before a name: "Det.", "Chief", "Detective"."""
    bare = token.lower()
    return bare in RANK_ABBREVIATIONS or (
        token[:1].isupper() and (is_role_word(token) or bare in ROLE_MODIFIERS)
    )


def role_before(text: str) -> str | None:
    """The title right before a name: "directeur", "Nationaal Rapporteur", "CKM-woordvoerder"."""
    if police := police_title_before(text):
        return police  # "Director General of Police G.P. Singh"
    tokens = text.split()
    if tokens and text[-1:] == "\u00a0" and tokens[-1].lower() in RANK_ABBREVIATIONS:
        # "Sgt. Jane Roe", "Det. Chief Insp. Jane Roe": a rank's abbreviation, its space guarded
        start = len(tokens) - 1
        while start > max(0, len(tokens) - 4) and _rank_word(tokens[start - 1]):
            start -= 1
        return " ".join(tokens[start:])
    if not tokens or text[-1:] not in (" ", "\u00a0"):
        return None
    if (
        len(tokens) > 1
        and _FIELD.fullmatch(tokens[-1])
        and tokens[-1] not in _NOT_A_FIELD
        and is_role_word(tokens[-2])
        and not tokens[-2].endswith((".", ",", ":", ";"))
    ):
        return f"{tokens[-2]} {tokens[-1]}"  # "hoogleraar jeugdrecht": a role and its field
    if (
        len(tokens) > 2
        and tokens[-2] in ("van", "of")
        and tokens[-1].isalpha()
        and tokens[-1].islower()
        and tokens[-1] not in ARTICLES
        and is_role_word(tokens[-3])
    ):
        return " ".join(tokens[-3:])  # "officier van justitie": a role and its field
    if not is_role_word(tokens[-1]):
        return None
    if tokens[-1].endswith((".", "!", "?", ":", ";", ",", ")")):
        return None  # "… met de minister. Bos vult aan": the role ends another sentence
    words = [tokens[-1]]
    if len(tokens) > 1 and _name_word(tokens[-2]):
        # "Nationaal Rapporteur", "Network coordinator", "Walk Free founder", "ILO Director"
        for token in reversed(tokens[-4:-1]):
            if not _name_word(token):
                break
            words.insert(0, token)
    elif len(tokens) > 1 and tokens[-2].lower() in _ROLE_MODIFIERS:
        words.insert(0, tokens[-2])  # "senior adviseur", "acting director"
    return " ".join(words)


#: A role's field in one lowercase word: "jeugdrecht", "mensenhandel", "zorg".
_FIELD = re.compile(r"[a-zà-ÿ]{4,30}")
#: Lowercase words after a role word that are no field of it: "woordvoerder namens X".
_NOT_A_FIELD = frozenset(
    [
        "namens",
        "volgens",
        "tegen",
        "zegt",
        "aldus",
        "vandaag",
        "gisteren",
        "eerder",
        "later",
        "echter",
        "inmiddels",
        "onder",
        "bovendien",
        "steeds",
        "said",
        "says",
        "told",
        "today",
        "voor",
        "over",
        "naar",
        "tussen",
        "with",
        "from",
        "about",
        "after",
        "before",
    ]
)


#: "The Independent Anti-Slavery Commissioner, Dame Sara Thornton, …", "Director-General,
#: National Agency for X, Fatima Roe, said": a title-cased role opening the sentence,
#: with the name after it between commas.
_APPOSED = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:The|De|Het)\s+)?(?P<role>[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|"
    r"of|for|the|and|in|on|against|van|voor|de|het|en|tegen)){0,14}),\s*$"
)


_BEFORE_A_ROLE = frozenset(
    [
        "de",
        "het",
        "the",
        "a",
        "an",
        "een",
        "former",
        "voormalig",
        "voormalige",
        "oud",
        "new",
        "nieuwe",
        "its",
        "their",
        "our",
        "onze",
        "zijn",
        "haar",
        "his",
        "her",
    ]
)


#: Words ending in "e" that are no adjective before a role.
_NOT_MODIFIERS = frozenset(["die", "the", "ze", "we", "she", "he", "de", "are", "were", "have"])


def _office_head(words: list[str]) -> list[str]:
    """The words of a title-cased office before the place or field it is for ("… for
    West Yorkshire", "… of Police"), or all of them."""
    for n in range(2, len(words) - 1):
        if words[n] in ("for", "of", "voor", "van") and words[n + 1][:1].isupper():
            return words[:n]
    return words


def names_a_role(words: list[str]) -> bool:
    """An apposition that names a role in its first words ("the charity's director",
    "senior adviseur bij X"), not a clause ("answers the minister")."""
    if words and words[0].lower() in _BEFORE_A_ROLE:  # "a veteran Libyan journalist"
        # "the UK’s first Independent Anti-Slavery Commissioner": a title-cased office,
        # maybe for a place: "the Police and Crime Commissioner for West Yorkshire"
        head = _office_head(words)
        titled = (
            3 < len(words) <= 10
            and (words[1][:1].isupper() or words[1].endswith(("’s", "'s")))
            and head[-1][:1].isupper()
            and is_role_word(head[-1])
        )
        return titled or any(is_role_word(word) for word in words[:4])
    if len(words) > 4 and words[0][:1].isupper() and is_role_word(words[-1]):
        return True  # "Harbour Police Child Protection Unit (CPU) division chief"
    for word in words[:4]:
        if is_role_word(word):
            return True
        bare = word.lower()
        if not (
            bare in _BEFORE_A_ROLE
            or bare in _ROLE_MODIFIERS
            or word[:1].isupper()
            or bare.endswith(("'s", "’s"))
            # "mannelijke prostituée en mede-oprichter van X": an adjective, a second noun
            or (bare.endswith("e") and bare.isalpha() and bare not in _NOT_MODIFIERS)
            or bare in ("en", "and", "&")
        ):
            return False
    return False


def role_apposed(window: str) -> str | None:
    match = _APPOSED.search(window)
    if match is None:
        return None
    words = match["role"].replace(",", " ").split()
    # "De Nationaal Rapporteur Mensenhandel, X, …": an office's name, the role word second
    ranked = len(words) > 1 and words[0].lower() in _OFFICE_ADJECTIVES and is_role_word(words[1])
    return match["role"] if ranked or is_role_word(words[0]) or is_role_word(words[-1]) else None


#: The word before an office's title in its name: "Nationaal Rapporteur", "Independent
#: Anti-Slavery Commissioner", "Nationale ombudsman".
_OFFICE_ADJECTIVES = frozenset(
    ["nationaal", "nationale", "national", "independent", "onafhankelijk", "europees", "european"]
)


_ROLE_MODIFIERS = frozenset(
    [
        "senior",
        "junior",
        "interim",
        "waarnemend",
        "plaatsvervangend",
        "adjunct",
        "deputy",
        "acting",
        "assistant",
        "algemeen",
        "general",
        "landelijk",
        "regionaal",
        "national",
    ]
)


#: A ministry as the employer after a role: "woordvoerster van het ministerie van
#: Veiligheid en Justitie", "spokesperson for the Ministry of Justice".
_MINISTRY_TAIL = re.compile(
    r"\s+(?:van|bij|of|at|for)\s+(?:het|the)\s+(?i:ministerie|ministry|department)\s+"
    r"(?:van|of|for)\s+\S.*$"
)


def without_ministry(role: str) -> str:
    """The function without the ministry it is held at ("woordvoerster van het
    ministerie van X" → "woordvoerster"); a role that is only the ministry stays."""
    tail = _MINISTRY_TAIL.search(role)
    return role[: tail.start()] if tail and tail.start() > 0 else role


#: "When asked, a Harbour Court Service (HCS) spokesman said it was a “…”": someone
#: unnamed with a role, and whom for, as the subject.
_UNNAMED_SAYS = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:a|an|een)\s+(?P<role>(?:[^\s,;:“”\"„]{1,40}\s+){0,5}?[\w-]+)"
    rf"\s+(?:{SAY})\b",
    re.IGNORECASE,
)
_SHORT_FORM = re.compile(r"\s+\([A-Z]{2,8}\)")


def unnamed_says(sentence: str) -> Person | None:
    """ "A Harbour Court Service (HCS) spokesman said": someone unnamed with a role (and
    whom for, without the short form) as the subject of a sentence that says."""
    match = _UNNAMED_SAYS.match(sentence)
    if match is None or not is_role_word(match["role"].rsplit(None, 1)[-1]):
        return None
    return Person(None, _SHORT_FORM.sub("", match["role"]), unnamed=True)
