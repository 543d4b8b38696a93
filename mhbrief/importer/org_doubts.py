"""Organisations the draft should not give as found: better a TODO than a wrong one.

A rule may read the organisation from a quoted person's role or from a name the text
writes, and get something that is no body of its own:

- a rank alone ("sheriff" of "Sheriff Dunmore said"): a post, whose office the text
  does not name;
- a news outlet's name ("Coast News" of "… told Coast News"): who reports, not who speaks;
- the first word of a longer name ("Centrum" of "het Centrum tegen Uitbuiting en
  Handel"): the text writes the whole name, so the draft gives it whole;
- a unit inside a force ("Harbour Liaison Office" of "HPS Sgt. Ann Lee of the Harbour
  Liaison Office"): the force written before the officer's rank is the body;
- one quoted person's employer when another quoted person is written as an officer of
  another body ("Tidewatch field inspector Ann Lee"): they share none;
- a government body the text names as one of two ("Politie en parket …", "OM en
  politie"): the text is the two bodies', and which one speaks is not said;
- a body's members in the plural ("MPs", "Kamerleden", "councillors"): the people a
  text speaks to or about, not a body that speaks;
- a function inside an organisation ("Strategic Communication" of "manager of Strategic
  Communication", "Public Affairs", "Programmes"): the department a person works in,
  named for what it does, not a body that speaks;
- a force's own unit, written as the force's ("their Anti Trafficking Unit (ATU)", "the
  Harbour Police’s Vice Squad"): the one police force the text names is the body.

Each check looks at a bounded number of places in the text, once per draft.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.forces import named_force
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import POLICE_RANKS, is_org_word, is_role_word
from mhbrief.importer.speakers import RANKS
from mhbrief.importer.words import fold_text

#: The last word of a news outlet's name: "Coast News", "Harbour Times", "CTV News".
_OUTLET_END = frozenset(
    ["News", "Nieuws", "Times", "Gazette", "Herald", "Tribune", "Radio", "TV", "FM"]
)

#: Small words inside a name that goes on after its first word: "Centrum tegen X en Y".
_CONNECTOR = r"(?:tegen|voor|van|en|of|for|against|and|on|op)"

#: Places in the text looked at for a name or a speaker: the cost stays bounded.
_MAX_PLACES = 20
_MAX_SPEAKERS = 10

#: How far before a name its officer's body and rank are looked for.
_REACH = 120


#: The members of a body, in the plural: people, not the body ("Experts warned MPs").
_MEMBERS = frozenset(
    [
        *("mps", "meps", "peers", "lords", "senators", "congressmen", "councillors"),
        *("councilors", "lawmakers", "legislators", "ministers", "members", "mps’", "mps'"),
        *("kamerleden", "raadsleden", "parlementariërs", "europarlementariërs"),
        *("statenleden", "senatoren", "wethouders", "gedeputeerden", "leden"),
    ]
)


def _members(org: str) -> bool:
    """``org`` is a body's members in the plural ("MPs", "the Kamerleden")."""
    words = org.split()
    if words and words[0].lower() in ("the", "de", "het"):
        words = words[1:]
    return len(words) == 1 and words[0].lower() in _MEMBERS


#: Words that name what a department does, the last word of its name ("Strategic
#: Communication", "Public Affairs", "Research and Policy"); English and Dutch.
_FUNCTIONS = frozenset(
    [
        *("communication", "communications", "marketing", "operations", "policy"),
        *("programmes", "programs", "research", "advocacy", "finance", "fundraising"),
        *("partnerships", "affairs", "relations", "resources", "strategy", "engagement"),
        *("outreach", "campaigns", "development", "communicatie", "beleid", "onderzoek"),
    ]
)


def function_alone(org: str) -> bool:
    """``org`` is a department named for what it does ("Strategic Communication", "Public
    Affairs"): its last word a function's, no word of an organisation's kind in it."""
    words = org.split()
    if not 1 <= len(words) <= 4 or any(is_org_word(w) for w in words):
        return False
    return words[-1].lower() in _FUNCTIONS


def as_body(org: str | None) -> str | None:
    """``org`` unless it is a department ("manager of Strategic Communication") or an
    outlet ("told CTV News"): no body of the text's, so a later rule reads on."""
    return None if org and (function_alone(org) or outlet_shaped(org)) else org


def _rank_alone(org: str) -> bool:
    """``org`` is one word that is a rank or a role ("sheriff"), no body's name."""
    if " " in org:
        return False
    return org.lower().rstrip(".") in RANKS or (is_role_word(org) and not is_org_word(org))


def outlet_shaped(org: str) -> bool:
    """``org`` is a news outlet's name: a known one, or one ending in "News", "Times"."""
    words = org.split()
    return is_outlet(org) or (len(words) >= 2 and words[-1] in _OUTLET_END)


def _whole_name(org: str, text: str) -> tuple[bool, str | None]:
    """The longer name ``org`` is the first word of, when the text writes ``org`` only
    so ("Centrum tegen Uitbuiting en Handel"), with whether it is one; none when it writes
    different ones. Not one when it also writes it alone or it is no plain capitalised word."""
    if " " in org or not org[:1].isupper() or not org[1:].islower():
        return False, None
    word = r"[A-Z][\w-]{0,40}"
    tail = rf"(?:[^\S\n]+{_CONNECTOR}[^\S\n]+{word}(?:[^\S\n]+{word}){{0,2}}){{1,3}}"
    whole = re.compile(rf"{re.escape(org)}(?P<tail>{tail})?(?![\w-])")
    names = set()
    for count, match in enumerate(re.finditer(rf"(?<![\w-]){re.escape(org)}(?![\w-])", text)):
        if count >= _MAX_PLACES:
            break
        found = whole.match(text, match.start())
        if found is None or not found["tail"]:
            return False, None
        names.add(found[0])
    if not names:
        return False, None
    return True, (names.pop() if len(names) == 1 else None)


def _force_of_unit(org: str, text: str) -> str | None:
    """The force written before an officer's rank when ``org`` is the unit after the
    officer's name: "HPS Sgt. Ann Lee of the Harbour Liaison Office" gives "HPS"."""
    force = re.compile(
        r"(?<![\w-])(?P<force>[A-Z]{2,6}|(?:[A-Z][a-z]{1,20}[^\S\n]+){1,3}Police)[^\S\n]+"
        r"(?P<rank>[A-Z][a-z]{1,14}\.?)[^\S\n]+(?:[A-Z][\w'’-]{0,30}[^\S\n]+){1,3}"
        r"of[^\S\n]+the[^\S\n]+$"
    )
    at, count = text.find(" of the " + org), 0
    while at >= 0 and count < _MAX_PLACES:
        match = force.search(text[max(0, at - _REACH) : at + len(" of the ")])
        rank = match["rank"].rstrip(".") if match else ""
        if match and (rank in POLICE_RANKS or rank.lower() in RANKS or is_role_word(rank)):
            return match["force"]
        at, count = text.find(" of the " + org, at + 1), count + 1
    return None


#: A body, then lowercase role words, right before a person's name: "Tidewatch field
#: inspector " before "Ann Lee".
_BODY_THEN_ROLE = re.compile(
    r"(?:^|[\s(])(?P<body>[A-Z][\w&-]{1,40}(?:[^\S\n]+[A-Z][\w&-]{1,40}){0,3})"
    r"[^\S\n]+(?:[a-z][\w-]{1,20}[^\S\n]+){0,2}(?P<role>[a-z][\w-]{1,20})[^\S\n]+$"
)


def _other_body(
    org: str, short: str | None, quotes: list[dict[str, Any]], text: str
) -> tuple[str, str] | None:
    """A quoted person (name, body) written as the officer of another body than ``org``
    right before their name, when their role does not name ``org``."""
    folded = fold_text(org)
    speakers = {
        q["speaker"]: q.get("role") or ""
        for q in quotes
        if " " in (q.get("speaker") or "") and not q["speaker"].startswith("TODO")
    }
    for name, role in list(speakers.items())[:_MAX_SPEAKERS]:
        at = text.find(name)
        if at < 0 or folded in fold_text(role):
            continue
        match = _BODY_THEN_ROLE.search(text[max(0, at - _REACH) : at])
        if match is None or not is_role_word(match["role"]):
            continue
        body = match["body"]
        in_org = fold_text(body) in folded or folded in fold_text(body)
        if in_org or is_role_word(body.split()[-1]):
            continue
        if body in (short, _initials(org)):
            continue  # "GLAA field officer" of the Gangmasters and Labour Abuse Authority
        if body.isupper() or re.search(rf"(?<![\w-]){re.escape(body)}{_ACTS}", text):
            return name, body
    return None


#: A body that acts in the text by its name: "Tidewatch reported", "Tidewatch zegt".
_ACTS = r"[^\S\n]+(?:said|says|reported|reports|announced|zegt|zei|meldt|meldde)\b"


def _initials(org: str) -> str:
    """The capitals of ``org``'s words: "GLAA" of "Gangmasters and Labour Abuse Authority"."""
    return "".join(word[0] for word in org.split() if word[:1].isupper())


#: The last word of a part of a police force: "Anti Trafficking Unit", "Vice Squad".
_UNIT = re.compile(r"\s(?:Unit|Squad|Cell|Wing|Division|Branch|Bureau|Eenheid|Afdeling)$")
#: A possessive before a unit's name: "their", "its", "the force’s", "Harbour Police’s".
_OWNED = re.compile(
    r"(?:\b(?:[Tt]heir|[Ii]ts|[Hh]aar|[Hh]un)|(?:Police|force|politie)['’]s?)[^\S\n]+(?:own[^\S\n]+)?$"
)


def _force_owning(org: str, text: str) -> str | None:
    """The one police force the text names, when ``org`` is a unit it writes as one's own
    ("their Anti Trafficking Unit", "the Harbour Police’s Vice Squad")."""
    if not _UNIT.search(org):
        return None
    at, count = text.find(org), 0
    while at >= 0 and count < _MAX_PLACES:
        before = text[max(0, at - 40) : at]
        if _OWNED.search(before):
            return named_force(text)
        at, count = text.find(org, at + 1), count + 1
    return None


#: A government body's word, as it stands beside another in a pair.
_GOVERNING = (
    r"(?:politie|police|parket|(?-i:OM)|Openbaar\s+Ministerie|prosecutors?|gemeente|rechtbank|"
    r"court|Koninklijke\s+Marechaussee|marechaussee|inspectie|Arbeidsinspectie)"
)
_PAIR = re.compile(rf"(?i:(?<![\w-]){_GOVERNING}\s+(?:en|and|&)\s+{_GOVERNING}(?![\w-]))")
#: How far into the text a pair is looked for: its headline and opening.
_OPENING = 600


def _one_of_two(org: str, text: str) -> bool:
    """``org`` is two government bodies ("OM en politie"), or one the text's opening
    names beside another ("Politie en parket blijven …")."""
    if _PAIR.fullmatch(org):
        return True
    if not re.fullmatch(rf"(?i:{_GOVERNING})", org):
        return False
    return any(
        re.search(rf"(?i:(?<![\w-]){re.escape(org)}(?![\w-]))", pair[0])
        for pair in _PAIR.finditer(text[:_OPENING])
    )


def doubted_organisation(
    org: str, short: str | None, text: str, quotes: list[dict[str, Any]], notes: list[str]
) -> tuple[str | None, str | None]:
    """``org`` and ``short`` as the draft gives them: none (with a ``maybe:`` note) when
    ``org`` is a rank, an outlet or a unit's whole, the whole name when it is its first word."""
    why = ""
    if _rank_alone(org):
        why = "a rank, not a body"
    elif _members(org):
        why = "a body's members, not a body"
    elif function_alone(org):
        why = "a department named for what it does, not a body"
    elif outlet_shaped(org):
        why = "a news outlet, who reports, not who speaks"
    elif _one_of_two(org, text):
        why = "one of two bodies the text names together"
    elif (whole_name := _whole_name(org, text))[0]:
        if whole := whole_name[1]:
            notes.append(f"organisation '{whole}' found in the text: the whole name of '{org}'")
            return whole, short
        why = "the first word of different names"
    elif (force := _force_of_unit(org, text)) or (force := _force_owning(org, text)):
        notes.append(f"organisation '{force}' found in the text: the force '{org}' is a unit of")
        return force, None
    elif other := _other_body(org, short, quotes, text):
        why = f"{other[0]} is quoted as an officer of {other[1]}"
    if not why:
        return org, short
    notes.append(f"organisation: maybe: '{org}' (not given: {why}); fill in 'organisation'")
    return None, None
