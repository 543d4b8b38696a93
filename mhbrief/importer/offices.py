"""Offices as the organisation: an office that is an institution of its own ("Nationaal
Rapporteur Mensenhandel", a commissioner, an ombudsman) that the quoted people hold, and a
sheriff's office whose spokesperson speaks."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: An office that is an institution of its own: "Nationaal Rapporteur", "Kinderombudsman".
_OFFICE_WORD = re.compile(r"(?i)(?:rapporteur|ombuds(?:man|vrouw)|commissioner)$")
#: The office's full name in the text: "Nationaal Rapporteur Mensenhandel en Seksueel
#: Geweld tegen Kinderen".
_OFFICE_NAME_TAIL = r"(?:\s+(?:(?:en|tegen|van|voor|and|against|on|for)\s+)?[A-Z][\w-]*){0,8}"


def quoted_office(roles: list[str], text: str, people: Iterable[str] = ()) -> str | None:
    """The office all the quoted people hold when it is an institution ("Nationaal
    Rapporteur Mensenhandel"), by the longest name the text gives it (not running into
    a person's name: "Nationaal Rapporteur Anna Verbeek")."""
    offices = {role for role in roles if role}
    if len(offices) != 1:
        return None
    office = re.sub(r"^(?:the|de|het)\s+", "", offices.pop().strip())
    words = office.split()
    if not (
        2 <= len(words) <= 8
        and all(word[:1].isupper() or word in _OFFICE_LINKS for word in words)
        and any(_OFFICE_WORD.search(word) for word in words)
    ):
        return None
    names = re.findall(rf"{re.escape(office)}{_OFFICE_NAME_TAIL}", text[:OFFICE_REACH])
    surnames = {name.rsplit(" ", 1)[-1] for name in people if name}
    names = [name for name in names if not surnames & set(name.split())]
    return max(names, key=len, default=office)


#: Small words inside an office's name: "High Commissioner for Human Rights".
_OFFICE_LINKS = frozenset(["for", "of", "on", "voor", "van", "tegen", "en", "and"])
#: How much of the text is searched for an office's full name.
OFFICE_REACH = 200_000


#: A county's sheriff's office by its name: "Hillsborough County Sheriff’s Office".
SHERIFFS_OFFICE = re.compile(
    r"(?<![\w’'])(?:(?!The\s)[A-Z][\w.-]{0,30}\s+){1,3}Sheriff[’']s\s+Office\b"
)


#: An unnamed spokesperson of a sheriff's office: "a Sheriff's Office spokeswoman said".
_OFFICE_SPOKESPERSON = re.compile(
    r"\bSheriff[’']s\s+Office\s+(?:spokeswoman|spokesman|spokesperson)\b", re.IGNORECASE
)


def spokesperson_office(text: str) -> str | None:
    """The one sheriff's office the text names in full ("Santa Barbara County Sheriff's
    Office") when a spokesperson of a sheriff's office speaks in it; none when it names
    several."""
    if not _OFFICE_SPOKESPERSON.search(text[:OFFICE_REACH]):
        return None
    named = {m[0] for m in SHERIFFS_OFFICE.finditer(text[:OFFICE_REACH])}
    return named.pop() if len(named) == 1 else None


#: A government by its country's or state's name: "the Harbourland Government".
_NAMED_GOVERNMENT = re.compile(r"\b(?:the|The)\s+(?P<gov>[A-Z][a-z]{2,20}\s+Government)\b")
_NOT_A_COUNTRY = frozenset(["Federal", "Local", "Central", "National", "State", "New", "Previous"])


def ministers_government(roles: list[str], text: str) -> str | None:
    """ "the Harbourland Government" of a release whose quoted people are all ministers
    ("Minister for Women"), when the text names one such government only."""
    if not roles or not all(re.search(r"(?i)\bminister\b", role) for role in roles):
        return None
    named = {m["gov"] for m in _NAMED_GOVERNMENT.finditer(text[:20_000])}
    named = {gov for gov in named if gov.split()[0] not in _NOT_A_COUNTRY}
    return named.pop() if len(named) == 1 else None
