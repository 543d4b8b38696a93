"""Police forces by their names: "Kent Police", "politie Oost-Brabant"."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from mhbrief.importer.roles import is_role_word
from mhbrief.importer.speakers import RANKS

#: A country's adjective before "police"/"politie": whose police, not which force.
NATIONAL = frozenset(
    [
        *("british", "canadian", "american", "dutch", "belgian", "german", "french"),
        *("spanish", "italian", "irish", "scottish", "welsh", "english", "polish"),
        *("romanian", "bulgarian", "chinese", "indian", "nigerian", "thai", "australian"),
        *("mexican", "greek", "turkish", "albanian", "federal", "national", "uk", "us"),
        *("nederlandse", "belgische", "duitse", "franse", "britse", "spaanse", "italiaanse"),
        *("poolse", "roemeense", "bulgaarse", "landelijke", "federale"),
    ]
)


#: A police force by its name: "Kent Police", "the Harbour Police’s inquiry", "politie
#: Oost-Brabant", "Kent Constabulary", "Elm City Police Department"; not a station,
#: division or officer of one ("Kitengela Police Station").
_FORCE = re.compile(
    # (a name within one line: "… in Kent\n\nHarbour Police" is no "Kent Harbour Police")
    # "Avon and Somerset Police", "Devon and Cornwall Police": two counties joined by "and"
    r"(?<![\w-])(?P<en>(?:[A-Z][\w-]+(?:[ \u00a0]+and)?[ \u00a0]+){1,3}"
    # "Tallahassee Police Department", "Kent Police Service": a force by its full name
    r"(?:Police(?:[ \u00a0]+(?:Department|Service|Force))?|police|Constabulary))"
    r"(?![\w-])(?!\s+[A-Z])"
    r"|\bpolitie\s+(?P<nl>[A-Z][\w-]+(?:-[A-Z][\w-]+)*)"
)
#: Words that lead a police force's name without naming it.
_NOT_A_FORCE = frozenset(["The", "De", "An", "A", "Het", "Senior", "Local", "Federal"])


#: The kind of place a local force is named by, before "police": "Fairfax County police".
_LOCAL = frozenset(["County", "City", "Borough", "Township", "Parish", "Town", "Village"])


def _local_police(words: list[str]) -> bool:
    """ "Ontario police", "Fairfax County police": a place's own police (in lowercase)."""
    if len(words) == 2:
        return words[0].lower() not in NATIONAL
    return len(words) == 3 and words[1] in _LOCAL and words[0] not in _NOT_A_FORCE


def named_force(text: str) -> str | None:
    """The police force the text names most ("Kent Police"), when one is named most."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for match in itertools.islice(_FORCE.finditer(text), _FORCES):
        if _partner(text, match):
            continue  # "De politie Oost-Veld werkte met hen samen": a partner's, not its news
        if match["nl"]:
            counts["politie " + match["nl"]] += 1
            continue
        words = match["en"].split()
        if words[-1] == "police" and not _local_police(words):
            continue  # "Ontario police", "Fairfax County police", not "The Canadian police"
        while words[0] in _NOT_A_FORCE or is_role_word(words[0]) or words[0].lower() in RANKS:
            words = words[1:]
            if len(words) == 1:
                break
        # "Kent police" and "Kent Police" are one force, as first written; a place's word
        # before the force's own ("the Police Department" names no force)
        if len(words) > 1 and words[0] not in ("Police", "police", "Constabulary"):
            name = " ".join(words)
            counts[spelled.setdefault(name.lower(), name)] += 1
    ranked = _with_full_names(counts).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _with_full_names(counts: Counter[str]) -> Counter[str]:
    """ "Elm City police" counted as the "Elm City Police Department" the text names: one
    force, by its full name."""
    merged = Counter(counts)
    for name in counts:
        short, _, tail = name.rpartition(" ")
        if tail in ("Department", "Service", "Force") and short.endswith("Police"):
            for other in counts:
                if other.lower() == short.lower():
                    merged[name] += counts[other]
                    del merged[other]
    return merged


#: A force named as a partner in the work: "De politie X werkte met hen samen", "X Police
#: assisted", "supported by X Police", "samen met de politie X".
_PARTNER_AFTER = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:(?:werkte|werkten|werkt)\b[^.!?\n]{0,40}\bsamen|"
    r"(?:assisted|supported)(?!\s+by)|worked\s+(?:with|alongside))\b"
)
_PARTNER_BEFORE = re.compile(
    r"\b(?:supported\s+by|assisted\s+by|with\s+the\s+help\s+of|ondersteund\s+door|"
    r"met\s+(?:hulp|steun)\s+van|samen\s+met|together\s+with)\s+(?:(?:de|the)\s+)?$",
    re.IGNORECASE,
)


def _partner(text: str, match: re.Match[str]) -> bool:
    """A force the sentence names as one that helped with the work, not the one doing it."""
    after = text[match.end() : match.end() + 120]
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(_PARTNER_AFTER.match(after) or _PARTNER_BEFORE.search(before))


#: How many police forces' names a text is read for: a bound on its cost.
_FORCES = 200


#: A British police officer's rank as a quoted person's role: "Inspector Ann Lee said",
#: "Acting Detective Chief Inspector X"; the words a rank is made of.
#: Ranks are often written short ("Det Supt", "Det. Insp.", "DCI", "Sgt"): the same ranks.
_OFFICER_RANKS = frozenset(
    [
        *("inspector", "detective", "sergeant", "constable", "superintendent"),
        *("det", "supt", "insp", "sgt", "dci", "dsu", "dsupt", "di", "ds", "dc", "pc"),
    ]
)
_RANK_PREFIXES = frozenset(["chief", "acting", "deputy", "assistant", "temporary", "ch"])


#: A police spokesperson's role: "police spokesman", "politiewoordvoerder".
_POLICE_SPOKESPERSON = re.compile(
    r"^(?:(?:the|a|de|een)\s+)?(?:police\s+(?:spokes(?:man|woman|person)|press\s+officer)|"
    r"politiewoordvoerder|politiewoordvoerster|woordvoerder\s+van\s+de\s+politie)$"
)


_SPOKESPERSON = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "woordvoerder", "woordvoerster"]
)


def force_of_officers(roles: list[str], text: str) -> str | None:
    """The one police force a text names, when every quoted person's role is a police
    officer's rank ("Inspector", "Detective Sergeant") or the police's spokesperson:
    the force they speak for."""
    ranks = [role.lower().split() for role in roles]
    # "the spokesman added" after "a police spokesman said": the same spokesperson
    police = any(_POLICE_SPOKESPERSON.match(" ".join(words)) for words in ranks)
    if not ranks or not all(
        _an_officer(role)
        or _POLICE_SPOKESPERSON.match(" ".join(words))
        or (police and " ".join(words) in _SPOKESPERSON)
        for role, words in zip(roles, ranks, strict=True)
    ):
        return None
    return named_force(text)


def _an_officer(role: str) -> bool:
    """A police officer's rank ("Detective Inspector"), perhaps with a post in the force
    after a comma that names no other body ("Detective Inspector, the force lead for
    exploitation"; not "…, chair of the Harbour Trust")."""
    rank, _, post = role.partition(",")
    words = {word.rstrip(".") for word in rank.lower().split()}
    ranked = bool(words & _OFFICER_RANKS) and words <= _OFFICER_RANKS | _RANK_PREFIXES
    return ranked and not any(word[:1].isupper() for word in _without_own_force(post).split())


#: A post in the force itself: "head of CID at Avon and Somerset Police" (a unit's short
#: form, then the force): the force's name and the unit's letters name no other body.
_POST_IN_FORCE = re.compile(r"^(?P<post>.*)\s+(?:at|of|in|with)\s+(?P<force>.+)$")


def _without_own_force(post: str) -> str:
    match = _POST_IN_FORCE.match(post.strip())
    if match is None or not _FORCE.fullmatch(match["force"].removeprefix("the ")):
        return post
    return " ".join(w for w in match["post"].split() if not (w.isupper() and len(w) <= 5))
