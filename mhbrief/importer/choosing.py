"""The organisation a draft names: the rules tried in order, and the signs around them.

As given (``--organisation``, an "About X" block, an "Author:" line, the name over a press
label), else the one whose people are quoted, the office they hold, the one that speaks
in the text by name or that it says what it is, the one its first paragraph opens with;
then a government body, the one named most with its abbreviation or named most, the
police its news opens with. Never a news outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from mhbrief.importer.account_holder import account_holder
from mhbrief.importer.anniversary import anniversary_organisation
from mhbrief.importer.attribution import Found
from mhbrief.importer.body_before_rank import body_before_rank
from mhbrief.importer.body_in_name import body_after_person
from mhbrief.importer.compound_nouns import name_before_compound
from mhbrief.importer.council_party import party_of_members
from mhbrief.importer.employers import other_employers
from mhbrief.importer.few_officials import few_speak_for, quotes_only_others
from mhbrief.importer.forces import force_of_officers
from mhbrief.importer.headline_subject import headline_subject
from mhbrief.importer.mentioned_once import named_more_than
from mhbrief.importer.missions import diplomats_mission
from mhbrief.importer.most_named import most_named_organisation
from mhbrief.importer.of_body import body_of_speakers
from mhbrief.importer.offices import ministers_government
from mhbrief.importer.opening_body import opening_body
from mhbrief.importer.org_doubts import as_body
from mhbrief.importer.org_kinds import is_kind_of_organisation
from mhbrief.importer.organisation import (
    is_government,
    named_force,
    named_organisation,
    named_organisations,
    org_after_kind,
    quoted_government,
    quoted_office,
    quoted_organisation,
    spokesperson_office,
)
from mhbrief.importer.orgnames import NAME, named_as_person, without_rank, written_out
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.own_organisations import FORMER
from mhbrief.importer.own_s import with_own_s
from mhbrief.importer.people_of import body_of_every_quote, body_of_its_people, people_candidates
from mhbrief.importer.portfolio import ministers_portfolio, portfolio_before_names
from mhbrief.importer.quoted_people import body_beside_unnamed_quote, quoted_body
from mhbrief.importer.release_quotes import release_of_speaker
from mhbrief.importer.roles import SAY, is_org_word, is_role_word
from mhbrief.importer.served_body import served_body
from mhbrief.importer.short_before_role import short_before_role
from mhbrief.importer.speakers import RANKS
from mhbrief.importer.speaking import (
    described_organisation,
    grammar_organisation,
    opening_subject,
    speaking_named,
    speaking_organisation,
    statement_issuer,
)
from mhbrief.importer.spokesperson_body import spokesperson_body
from mhbrief.importer.sub_units import parent_body
from mhbrief.importer.voiced_body import voiced_body
from mhbrief.importer.words import WordCounts, fold_text
from mhbrief.importer.workplace import workplace_of_speakers
from mhbrief.sanitize import sanitize_line


def _person_test(
    lines: list[str], text: str, people: Any, speakers: set[Any], uses: WordCounts
) -> Callable[[str], bool]:
    """Whether a would-be organisation is a person the text names."""

    def is_person(org: str) -> bool:
        """A person the text names: with a role, as a speaker, by a surname alone, or
        at the start or end of a longer name ("Piet Kramer van het Leger des Heils",
        "Nationaal Rapporteur Piet Jansen")."""
        # a name the text used as a person's ("aldus Van Dam" of "Eric van Dam"); one it
        # only has speak ("Fier Fryslân noemt …") is looked at below
        others = [name for name in people.candidates(org) if name != org]
        if people.roles.get(org) or org in speakers or others:
            return True
        if named_as_person(org, "\n".join(lines)):
            return True  # "Prime Minister Theresa May" in the headline
        if any(
            org.startswith(name + " ")
            or org.endswith(" " + name)
            or (" " not in org and name.startswith(org + " "))  # "zegt Merel": Merel Bos
            or (" " not in org and name.endswith(" " + org))  # "Medina said": Ana Medina
            for name in [*people.roles, *(s for s in speakers if s)]
            if " " in name
        ):
            return True
        words = org.split()
        if len(words) == 2 and words[0].lower() in RANKS and words[1][:1].isupper():
            return True  # "said Sheriff Tolland": a rank and a surname
        if " " not in org and _says_he_or_she(org).search(text):
            return True  # "Sarah said she was aged 12": a person, by the pronoun after
        surname = org.rsplit(" ", 1)[-1]
        return org in people.roles and uses(surname) > uses(org)

    return is_person


def _organisation_otherwise(
    lines: list[str],
    text: str,
    found: Found,
    agency: str | None,
    roles: list[Any],
    named: list[Any],
    shorts: dict[str, Any],
    uses: WordCounts,
    is_person: Callable[[str], bool],
    notes: list[str],
) -> tuple[str | None, str | None]:
    """The organisation when no rule about its quoted people found one: named most with
    its abbreviation, a government body, the most named, the police or an office."""
    best = named_organisation(text)
    if best and (
        _is_outlet(*best, agency)
        or not _not_a_place(best[0], {fold_text(best[0]): best[1]})
        or is_kind_of_organisation(best[1])  # "an NGO named X": a kind, not a body
    ):
        best = None
    governing = _not_a_place(quoted_government(roles, text), shorts)
    if governing in ("police", "politie"):  # "police spokesman": the force the text names
        governing = named_force(text) or governing
    if governing and few_speak_for(governing, found.quotes, text):
        governing = None  # one official quoted among others: a guest, not the author
    if best and governing and is_government(best[0] + " " + best[1]):
        best = None  # a police spokesperson quoted beside the OM: the police's text
    if best and best[1] in shorts.values() and uses(best[1]) >= 2:
        notes.append(f"organisation '{best[0]}' ({best[1]}) found in the text")
        return best
    # A government body: the one a quoted person speaks for, or that speaks itself.
    speaking = _outside_quotes(speaking_organisation(text, named), text, found)
    if speaking and quotes_only_others(speaking, found.quotes, text, lines):
        notes.append(
            f"organisation: maybe: '{speaking}' (it acts in the text, but none of the people "
            "it quotes speaks for it)"
        )
        speaking = None
    for found_org, why in (
        (governing, "the body its quoted people speak for"),
        (statement_issuer(text, named), "the one it says issued a statement"),
        (speaking, "the one it has speak for itself"),
    ):
        if found_org and not _is_outlet(found_org, found_org, agency):
            notes.append(f"organisation '{found_org}' found in the text: {why}")
            return found_org, shorts.get(fold_text(found_org))
    if best and (more := named_more_than(best, "\n".join(lines), uses, is_person)):
        notes.append(f"organisation '{more}' found in the text: named far more than {best[1]}")
        return more, shorts.get(fold_text(more))
    if best:
        notes.append(f"organisation '{best[0]}' ({best[1]}) found in the text")
        return best
    if most := most_named_organisation("\n".join(line for line in lines if line), is_person):
        notes.append(f"organisation '{most}' found in the text: the one it names most")
        return most, shorts.get(fold_text(most))
    if force := ministers_government(roles, text) or diplomats_mission(roles, text):
        notes.append(f"organisation '{force}' found in the text: the body its officers serve")
        return force, shorts.get(fold_text(force))
    opening = found.rests[0].text if found.rests else ""
    if opens := opening_body(opening, text):
        notes.append(f"organisation '{opens[0]}' found in the text: {opens[1]}")
        return opens[0], shorts.get(fold_text(opens[0]))
    if office := spokesperson_office(text):
        notes.append(f"organisation '{office}' found in the text: its spokesperson speaks in it")
        return office, shorts.get(fold_text(office))
    return None, None


def _rules(
    lines: list[str],
    text: str,
    found: Found,
    named: list[Any],
    roles: list[str],
    uses: WordCounts,
    is_person: Callable[[str], bool],
    agency: str | None,
    section: str | None,
) -> list[tuple[Callable[[], str | None], str]]:
    """The rules for the organisation of the quoted people and of the text, in order,
    each with why it gives the organisation."""
    people = found.people
    speakers = {q["speaker"] for q in found.quotes}
    return [
        (lambda: quoted_body(roles, named, uses, text), "the one whose people are quoted"),
        (lambda: body_of_speakers(found.quotes, text), "the body its quoted people are of"),
        (lambda: body_of_every_quote(found.quotes), "the body each quote's speaker is of"),
        (lambda: body_before_rank(found.quotes, text, named), "the body before its officers' rank"),
        (
            lambda: quoted_office(roles, text, [*people.roles, *speakers]),
            "the office its quoted people hold",
        ),
        (lambda: ministers_portfolio(roles), "the ministry its quoted minister speaks for"),
        (
            lambda: portfolio_before_names(found.quotes, text),
            "the ministry its quoted minister speaks for",
        ),
        (
            lambda: grammar_organisation(roles, named, text, is_person),
            "the one whose people are quoted",
        ),
        (lambda: release_of_speaker(text, speakers), "the one whose release quotes its people"),
        (
            lambda: _apposition_organisation(found, text, named, uses),
            "the one named beside its quoted people",
        ),
        (
            lambda: body_beside_unnamed_quote(found.quotes, lines),
            "the one named with the person it quotes",
        ),
        (
            lambda: _org_before_name(found, text, named),
            "the one named before its quoted people's role",
        ),
        (lambda: short_before_role(speakers, text), "the short form before a quoted role"),
        (
            lambda: _municipality(roles, found, uses, section),
            "the town its quoted mayor speaks for",
        ),
        (lambda: party_of_members(roles, text), "the party whose group its members speak for"),
        (lambda: served_body(found.quotes, text), "the body its quoted people serve"),
        (lambda: workplace_of_speakers(found.quotes, text), "the body its quoted people work at"),
        (lambda: spokesperson_body(found.quotes, text), "the body its spokesperson speaks for"),
        # every quoted person an officer of the one force named: its news, not that of
        # a partner the text names beside it ("supported by the X Authority (XA)")
        (lambda: force_of_officers(roles, text), "the body its officers serve"),
        (lambda: account_holder(text), "the one whose bank account it gives for gifts"),
        (
            lambda: _outside_quotes(
                speaking_named("\n".join(lines), named, is_person, agency), text, found
            ),
            "the one that speaks in it by name",
        ),
        (
            lambda: described_organisation("\n".join(lines), is_person),
            "the one it says what it is",
        ),
        (lambda: voiced_body(text, is_person), "the one it speaks as 'we' or whose experts speak"),
        (
            lambda: opening_subject(
                found.rests[0].text if found.rests else "", text, named, is_person
            ),
            "the one its first paragraph opens with",
        ),
        (lambda: headline_subject(lines, text, named, is_person), "the headline's subject"),
        (
            lambda: anniversary_organisation(
                text, uses, lambda o: is_government(o) or is_person(o)
            ),
            "the one whose anniversary it marks",
        ),
        (
            # "In gesprek met X, directeur van Y": quotes left unattributed
            lambda: _named_again(
                quoted_organisation([r for r in people.roles.values() if r], named, uses), uses
            ),
            "the one whose people it names",
        ),
        (
            # "… doet nu X, Nationaal Rapporteur Y." over an interview's answers
            lambda: quoted_office([r for r in people.roles.values() if r], text, people.roles),
            "the office the people it names hold",
        ),
        (lambda: body_of_its_people(text, is_person), "the body its people belong to"),
    ]


def _joined(lines: list[str]) -> str:
    """The lines as one text; a line without a sentence's end (a headline, a heading)
    gets a full stop, so that no name runs on into the next line ("Raids" ¶ "Police
    raided …" is no "Raids Police")."""
    return " ".join(line if line[-1] in ".!?:;,”’\"')…" else f"{line}." for line in lines if line)


def draft_organisation(
    lines: list[str],
    given: str | None,
    found: Found,
    agency: str | None,
    notes: list[str],
    section: str | None = None,
) -> tuple[str | None, str | None]:
    """The organisation and its abbreviation: as given, else the one whose people are
    quoted, else the one the text has speak by its name, else the one named most with
    its abbreviation; a government body only when no other is found; never an outlet."""
    text = _joined(lines)
    named = [
        n
        for n in named_organisations(text)
        if not _is_outlet(n.name, n.short, agency)
        and _not_a_place(n.name, {fold_text(n.name): n.short})
    ]
    shorts = {fold_text(n.name): n.short for n in named}
    if given:
        given = sanitize_line(given)
        return given, shorts.get(fold_text(given))
    # "former chair of X": no longer speaks for X, so X is not the text's body
    roles = [q["role"] for q in found.quotes if q.get("role") and not FORMER.search(q["role"])]
    roles = [_ATTRIBUTABLE.sub("", role) for role in _compounds_as_written(roles, text)]
    people = found.people
    uses = WordCounts(text)

    speakers = {q["speaker"] for q in found.quotes}
    is_person = _person_test(lines, text, people, speakers, uses)

    rules = _rules(lines, text, found, named, roles, uses, is_person, agency, section)
    for rule, why in rules:
        found_org = name_before_compound(_without_description(as_body(rule())))
        found_org = body_after_person(found_org, people, text)  # "Ann Lee of Harbourwatch"
        if found_org := _not_a_place(_without_person(found_org), shorts):
            short = shorts.get(fold_text(found_org))
            if full := written_out(found_org, text):
                found_org, short = full, found_org  # "CU-fractievoorzitter": ChristenUnie
            found_org = with_own_s(parent_body(found_org, text), text)  # "Barnardo’s chief …"
            shown = f"'{found_org}'" + (f" ({short})" if short else "")
            if "people" in why and (others := _other_employers(found_org, found, text)):
                notes.append(
                    f"the quoted people speak for different organisations: {shown}, {others}"
                )
                return None, None  # never one person's employer for another's quote
            notes.append(f"organisation {shown} found in the text: {why}")
            return found_org, short
    org, short = _organisation_otherwise(
        lines, text, found, agency, roles, named, shorts, uses, is_person, notes
    )
    if not org and len(maybe := people_candidates(text, is_person)) > 1:
        notes.append("organisation: maybe: " + ", ".join(f"'{m}'" for m in maybe))
    return org, short


def _other_employers(org: str, found: Found, text: str) -> str:
    """The quoted people who work for another organisation than ``org``, as a note."""
    speakers = {q["speaker"]: q.get("role") or "" for q in found.quotes}
    named = [(n, r) for n, r in speakers.items() if not n.startswith("TODO")]
    return ", ".join(f"'{o}' ({name})" for name, o in other_employers(org, named, text))


def _outside_quotes(org: str | None, text: str, found: Found) -> str | None:
    """``org`` when the text names it outside its quotations too: an organisation a
    quoted person cites ("Volgens het VN-Bureau … wordt …" inside a quote) does not
    speak in the text."""
    if not org:
        return org
    inside = sum(q["text"].count(org) for q in found.quotes)
    return org if text.count(org) > inside else None


def _says_he_or_she(name: str) -> re.Pattern[str]:
    """``Sarah said she …``, ``Piet zegt dat hij …``: a name whose verb of saying a
    personal pronoun follows is a person's."""
    return re.compile(
        rf"(?<![\w-]){re.escape(name)}\s+(?:{SAY})\s+(?:that\s+|dat\s+)?(?:she|he|hij)\b",
        re.IGNORECASE,
    )


def _named_again(org: str | None, uses: WordCounts) -> str | None:
    """An organisation the text names more than once ("Payoke"), not a phrase read once
    from a role ("Interpol’s Unit")."""
    return org if org and uses(org) >= 2 else None


#: A press release's lead-in read into a role: "Quotes attributable to" of "Quotes
#: attributable to ACTU President" (the role is "ACTU President").
_ATTRIBUTABLE = re.compile(
    r"^(?i:(?:quotes?|comments?|remarks?|statement)\s+(?:attributable|attributed)\s+to)\s+"
)


#: Lowercase words before an organisation's name: "belangenvereniging Proud".
_DESCRIPTION = re.compile(
    r"^(?!(?:vzw|asbl|bv|nv|vof|cv|ev|gemeente|politie|parket|provincie)\s)(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])"
)


_NAME_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’-]+$")


def _without_person(org: str | None) -> str | None:
    """ "Harbour County Sheriff Ann Lee" is the Harbour County Sheriff('s office), "Fair
    Work Director Ann Lee" is Fair Work: a name read on into a rank or role and the
    person's name after it. A rank alone is no organisation."""
    words = org.split() if org else []
    ranks = [n for n, w in enumerate(words) if w.lower() in RANKS or is_role_word(w)]
    if not org or not ranks or ranks[-1] >= len(words) - 1 or is_org_word(words[ranks[-1]]):
        return org
    after = words[ranks[-1] + 1 :]
    if not 2 <= len(after) <= 3 or not all(
        _NAME_WORD.match(w) and not is_org_word(w) for w in after
    ):
        return org  # a first name and a surname: "Hope for Justice UK" has none
    office = words[: ranks[-1] + 1]
    stripped = without_rank(" ".join(office)).split()
    # the county's sheriff is its office; "Nationaal Rapporteur" is one without its rank
    if office[-1].lower() != "sheriff" and (
        len(stripped) > 1 or is_org_word(stripped[0]) or stripped[0].isupper()
    ):
        office = stripped
    alone = len(office) == 1 and (is_role_word(office[0]) or office[0].lower() in RANKS)
    return None if alone else " ".join(office)


#: How many people's names are looked up in the text for what follows them.
_APPOSITIONS = 8


def _apposition_organisation(
    found: Found, text: str, named: list[Any], uses: WordCounts
) -> str | None:
    """The organisation written right after most quoted people's names, alone ("Ann
    Lee, Partij voor X: …") or after a role ("Ann Lee, associate at the law firm Y,
    says"); with no quote's speaker known, after the names of the people it names."""
    serving = [q for q in found.quotes if not FORMER.search(q.get("role") or "")]
    names = [s for s in dict.fromkeys(q["speaker"] for q in serving) if _a_name(s)]
    # people only named: an organisation read once from a role ("head of Interpol’s
    # Unit") is no name of one, unless its kind stands before it ("the law firm X")
    quoted = bool(names)
    names = names or [name for name in found.people.roles if len(name.split()) >= 2]
    orgs: list[str] = []
    for name in names[:_APPOSITIONS]:
        after = re.search(rf"(?<![\w-]){re.escape(name)}{_APPOSITION}", text)
        app = re.sub(r"^(?:the|de|het)\s+", "", after["app"].strip()) if after else ""
        words = app.split()
        if not words or is_government(app):
            continue
        # "from Central Specialist Crime": a role word inside the name after "from" is no
        # title; whom the person is with stands alone, read by the name's own shape
        titled = words[0].lower() not in _WITH and any(is_role_word(w) for w in words[:4])
        if titled and (org := quoted_organisation([app], named, uses)):
            # "Response Coordinator for The Harbour Trust": a title, then whom for
            orgs += [org] if quoted or uses(org) >= 2 else []
        elif _ORG_NAME.fullmatch(app) and any(is_org_word(w) for w in words):
            orgs.append(app)  # "Partij voor de Buurt"
        elif kind := org_after_kind(app):
            orgs.append(kind)  # "associate at the law firm Harbour Legal"
        elif quoted and (of := _DESCRIBED_OF.match(app)) and _shaped_like_a_name(of["org"]):
            orgs.append(of["org"])  # "fractiemedewerker voor GL21": what the person is, for whom
    ranked = Counter(orgs).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


#: An organisation by its name and short form, then a role in lowercase and a comma, in
#: front of a person's title and name: "Harbour Police Council (HPC) lead for Safety, ".
_ORG_ROLE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\bthe\s+)(?P<org>[A-Z][^.!?,;:“”\"()]{2,80}?)\s+\((?P<short>[A-Z]{2,8})\)"
    r"\s+(?P<role>[a-z][\w-]*)(?:\s+[^.!?,;:“”\"()]{1,60})?,\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)


def _org_before_name(found: Found, text: str, named: list[Any]) -> str | None:
    """ "Harbour Police Council (HPC) lead for Safety, Chief Constable Ann Lee, says": the
    organisation named with its short form before the role of the one person quoted."""
    serving = [q for q in found.quotes if not FORMER.search(q.get("role") or "")]
    names = [s for s in dict.fromkeys(q["speaker"] for q in serving) if _a_name(s)]
    if len(names) != 1:
        return None
    at = text.find(names[0])
    match = _ORG_ROLE_BEFORE.search(text[max(0, at - 200) : at]) if at > 0 else None
    if match is None or not is_role_word(match["role"]):
        return None
    org, short = match["org"], match["short"]
    initials = "".join(w[0] for w in org.split() if w[0].isupper())
    known = any(n.name == org and n.short == short for n in named)
    return org if known or initials == short else None


#: Whom a person is with, first in an apposition: "of X", "from Y", "van Z".
_WITH = frozenset(["of", "from", "with", "at", "van", "bij", "vanuit", "namens"])


#: What a person is, in lowercase, and whom for: "fractiemedewerker voor GL21".
_DESCRIBED_OF = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+(?:voor|van|bij|for|of|at|with)\s+"
    r"(?:(?:de|het|the)\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})$"
)


def _shaped_like_a_name(org: str) -> bool:
    """A short form ("GL21", "FNV", "CoMensha") or a name with an organisation's word."""
    words = org.split()
    short = len(words) == 1 and (
        org.isupper() or any(c.isupper() for c in org[1:]) or any(c.isdigit() for c in org)
    )
    return short or any(is_org_word(word) for word in words)


def _a_name(speaker: str | None) -> bool:
    return bool(speaker) and not (speaker or "").startswith("TODO")


#: What stands between commas, or before a colon, after a name.
_APPOSITION = r"\s*,\s*(?P<app>[^,.:;!?“”\"„()]{2,100}?)\s*[,:]"
_ORG_NAME = re.compile(NAME)


#: A town's executive: the municipality speaks through them.
_MUNICIPAL = frozenset(["burgemeester", "wethouder", "loco-burgemeester"])
#: A local item's dateline: "Veendorp – Met een wandeling …".
_PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’-]+(?:[ -](?:[a-z]{1,3} )?[A-Z][\w'’-]+){0,2})\s+[-–—]\s"
)


_MEDIA = re.compile(
    r"(?i)\b(?:nieuws|news|courant|krant|dagblad|omroep|fm|tv|radio|post|times|blad|bode)\b"
)


def _municipality(
    roles: list[str], found: Found, uses: WordCounts, section: str | None
) -> str | None:
    """ "gemeente Veendorp" of a local item whose quoted people are all a town's mayor or
    aldermen, the town its dateline ("Veendorp – …") or the site's section over the
    headline names, when the text names it again."""
    firsts = [role.split()[0].lower() for role in roles if role.split()]
    if not firsts or any(first not in _MUNICIPAL for first in firsts):
        return None
    opening = found.rests[0].text if found.rests else ""
    dateline = _PLACE_DATELINE.match(opening)
    place = dateline["place"] if dateline else section
    if not place or len(place.split()) > 4 or is_outlet(place) or _MEDIA.search(place):
        return None  # "Harbour Courant": the site's own name, no town
    if uses(place) < 2:
        return None
    return f"gemeente {place}"


#: How many compound roles are looked up in the text: a bound on the cost.
_COMPOUNDS = 8


def _compounds_as_written(roles: list[str], text: str) -> list[str]:
    """Roles of an organisation's name and a function ("havenhuis-directeur", "W-Kamerlid") as
    the text writes them, name and all: "Havenhuis-directeur", "GB&W-Kamerlid"."""
    written: dict[str, str] = {}
    for role in dict.fromkeys(r for r in roles if "-" in r and " " not in r.strip()):
        if len(written) >= _COMPOUNDS:
            break
        head, tail = role.strip().rsplit("-", 1)
        if is_government(head):
            continue  # "politie-woordvoerder": the government's compound, read as it is
        found = re.search(
            rf"(?<![\w&]){_NAME_PART}{re.escape(head)}-{re.escape(tail)}\b", text, re.I
        )
        written[role] = found[0] if found and found[0][:1].isupper() else role
    return [written.get(role, role) for role in roles]


#: The start of an organisation's name run into a compound role: "GB&" of "GB&W-Kamerlid".
_NAME_PART = r"[\w&.]{0,12}?"


#: The last word of a place's name: "Chinatown International District", "Harbour County".
_PLACE_END = re.compile(
    r"\s(?:District|Neighbou?rhood|Borough|County|Province|Region|Quarter|Valley|Islands?)$"
)


#: The last word of a part of a body: "Fife Police Division", "Child Protection Unit".
_UNIT_END = re.compile(r"\s(?:Division|Unit|Squad|Branch|Team|Section|Afdeling|Eenheid)$")


def _not_a_place(org: str | None, shorts: dict[str, Any] | None = None) -> str | None:
    """No part of a town or a region ("coordinator for Seattle’s X District"): a name that
    ends in the word of a place is no organisation's. Nor a part of a body ("Inspector X of
    Fife Police Division"): the body it belongs to is the organisation, or a TODO; unless
    the text gives the part letters of its own ("Child Protection Unit (CPU)")."""
    if not org or _PLACE_END.search(org):
        return None
    short = (shorts or {}).get(fold_text(org))
    if _UNIT_END.search(org) and not (short and short != org):
        return None
    return org


def _without_description(org: str | None) -> str | None:
    """``belangenvereniging Proud`` is Proud: what it is, then its name."""
    return _DESCRIPTION.sub("", org) if org else org


def _is_outlet(name: str, short: str, agency: str | None) -> bool:
    """A news outlet or the dateline's agency: never the organisation of the text. A short
    form the text spells out as another name ("Algemene Nationale Politie (ANP)") is that
    name's, whatever outlet has the same letters."""
    if agency is not None and agency in (name, short):
        return True
    return is_outlet(name) or (name == short and is_outlet(short))
