"""The organisation when the rules found none, or found one that was turned down.

A first find may be turned down (a rank such as "Commissioner of Police", a news outlet
told something, a court's district): the draft then says TODO. Two plain signs of the
text's body are read before giving up:

- the body the text says issued a statement, in the ways news copy writes it beside the
  ones :func:`.speaking.statement_issuer` reads: "The Harbour Police Service (HPS), in a
  statement, said …", "Tidewatch reported in an email statement", "X said in a written
  statement", "X meldt in een persbericht";
- the body every named quoted person is "with" (American news copy's way of saying who
  someone works for): "Ann Lee with the Harbour Recovery Center says …";
- the one police force the text names, when the find turned down was a police post
  ("Commissioner of Police", "Deputy Commissioner of Police");
- the body named beside the quotes that speak as "we" (:mod:`.we_quotes`).

Each is a named body (a word like "Center", "Police", "Stichting", or an abbreviation),
never a person, a news outlet or a rank alone; two different ones give none. The scans
are one pass over the text each, and a bounded number of speakers looked up.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from mhbrief.importer.forces import named_force
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word, is_role_word
from mhbrief.importer.we_quotes import body_beside_we

#: A body's name: capitalised words (small joining words between), perhaps after "the".
_WORD = r"[A-Z][\w&'’.-]{0,40}"
_JOIN = r"(?:of|for|and|on|against|in|van|voor|tegen|en|op|de|het|der)"
_BODY = rf"(?P<body>{_WORD}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)?{_WORD}){{0,7}})"
_ABBR = r"(?:[^\S\n]+\((?P<abbr>[A-Z][A-Za-z&]{1,9})\))?"
_STATEMENT_WORD = (
    r"(?:statement|news\s+release|press\s+release|release|verklaring|persbericht|"
    r"communiqué|mededeling)"
)
_STATED = (
    r"(?:said|says|stated|reported|announced|confirmed|added|zei|zegt|meldt|meldde|"
    r"laat\s+weten|liet\s+weten|schrijft|schreef)"
)
_KIND = r"(?:(?:e-?mail(?:ed)?|written|short|brief|joint|official|schriftelijke|korte)[^\S\n]+)?"
#: "X, in a statement, said", "X reported in an email statement", "X meldt in een persbericht".
_ISSUED = re.compile(
    rf"(?:^|(?<=[.!?:;,]\s)|(?<=\b[Tt]he\s)|(?<=\b[Dd]e\s)|(?<=\b[Hh]et\s)){_BODY}{_ABBR}"
    rf"(?:,[^\S\n]+in[^\S\n]+(?:a|an|its|een|een)[^\S\n]+{_KIND}{_STATEMENT_WORD},[^\S\n]+{_STATED}"
    rf"|[^\S\n]+{_STATED}[^\S\n]+in[^\S\n]+(?:a|an|its|een|haar|zijn)[^\S\n]+{_KIND}"
    rf"{_STATEMENT_WORD})\b",
    re.MULTILINE,
)
#: How many statements are read: a bound on the cost.
_STATEMENTS = 20

#: "Ann Lee with the Harbour Recovery Center": a person's name, "with", a body.
_WITH = r"[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?"
#: How many quoted people are looked up in the text.
_SPEAKERS = 8
_PLACES = 10


def _a_body(name: str, text: str, people: set[str]) -> str | None:
    """``name`` without a leading article, when it is a body's: an organisation's word in
    it or an abbreviation, or one word the text names again and never after another
    capitalised word (as a surname is after a first name); no outlet, rank or person."""
    words = [w for w in name.split() if w not in ("The", "De", "Het")]
    if not words:
        return None
    body = " ".join(words)
    if is_outlet(body) or (is_role_word(words[-1]) and not is_org_word(words[-1])):
        return None
    if any(body in person.split() or person in body for person in people):
        return None
    if body.isupper() and 2 <= len(body) <= 8:
        return body
    if any(is_org_word(w) for w in words) and not all(is_org_word(w) for w in words):
        return body
    if len(words) == 1 and _a_name_of_its_own(body, text):
        return body
    return None


#: How many of a word's uses are looked at.
_USES = 30


def _a_name_of_its_own(word: str, text: str) -> bool:
    """``word`` is used at least twice and never right after another capitalised word
    ("Interpol reported …", not "Smith said …" of "Ann Smith")."""
    uses = 0
    for match in itertools.islice(
        re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text), _USES
    ):
        uses += 1
        if re.search(r"[A-Z][\w'’.-]*[^\S\n]+$", text[max(0, match.start() - 40) : match.start()]):
            return False
    return uses >= 2


def statement_body(text: str, people: set[str]) -> str | None:
    """The one body the text says issued a statement ("X, in a statement, said")."""
    bodies: set[str] = set()
    for match in itertools.islice(_ISSUED.finditer(text), _STATEMENTS):
        if body := _a_body(match["body"], text, people):
            bodies.add(body)
    return bodies.pop() if len(bodies) == 1 else None


def body_with_speakers(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The one body the text writes every named quoted person "with" ("Ann Lee with the
    Harbour Recovery Center"), when it does so for at least one."""
    names = [
        s
        for s in dict.fromkeys(q.get("speaker") or "" for q in quotes)
        if " " in s and not s.startswith("TODO")
    ]
    bodies: set[str] = set()
    for name in names[:_SPEAKERS]:
        after = re.compile(rf"(?<![\w-]){re.escape(name)}{_WITH}{_BODY}")
        for match in itertools.islice(after.finditer(text), _PLACES):
            if body := _a_body(match["body"], text, set(names)):
                bodies.add(body)
    return bodies.pop() if len(bodies) == 1 else None


#: A police post turned down as the organisation: "Deputy Commissioner of Police".
_POLICE_POST = re.compile(r"(?i)\b(?:police|politie)\b")


def second_choice(
    text: str, quotes: list[dict[str, Any]], notes: list[str], turned_down: str | None = None
) -> tuple[str | None, str | None]:
    """The body that issued a statement, else the one the quoted people are "with", else
    the one police force the text names when the find turned down was a police post
    ("Commissioner of Police"), else the body beside the quotes that speak as "we"."""
    people = {s for q in quotes if (s := q.get("speaker") or "") and not s.startswith("TODO")}
    police_post = bool(turned_down and _POLICE_POST.search(turned_down))
    finds: tuple[tuple[Callable[[], str | None], str], ...] = (
        (lambda: statement_body(text, people), "the one it says issued a statement"),
        (lambda: body_with_speakers(quotes, text), "the one its quoted people are with"),
        (lambda: named_force(text) if police_post else None, "the force its officer serves"),
        (lambda: body_beside_we(quotes, text), "the one named beside its quotes as 'we'"),
    )
    for find, why in finds:
        if found := find():
            notes.append(f"organisation '{found}' found in the text: {why}")
            return found, None
    return None, None
