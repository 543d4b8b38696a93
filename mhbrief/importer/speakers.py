"""Reading a person from an attribution: ``CKM-woordvoerder Shamir Ceuleers`` is a name
and a role; ``Er is één ding dat we willen zeggen`` names nobody."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mhbrief.importer.roles import ARTICLES, PARTICLES, TITLES, is_role_word
from mhbrief.importer.words import SPACE

_LEADING_SOURCE = re.compile(r"^(?:according to|volgens)\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\((?P<inner>[^()]+)\)")
#: "directeur Pieter van den Berg van Stichting Vrij Werk": the organisation after the name.
_ORG_TAIL = re.compile(
    r"^(?P<head>.*\S)\s+(?P<prep>van|bij|of|at)\s+"
    r"(?P<org>(?:het\s+|de\s+|the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)$"
)


@dataclass
class Person:
    name: str | None
    role: str | None


def parse_person(text: str) -> Person:
    """Speaker and role from an attribution like ``CKM-woordvoerder Shamir Ceuleers``."""
    text = _LEADING_SOURCE.sub("", SPACE.sub(" ", text).strip(" ,:;-–"))
    bracketed = _PARENTHESES.search(text)
    if bracketed and "," not in text:  # "Kees de Jong (directeur)"
        person = parse_person(text[: bracketed.start()] + text[bracketed.end() :])
        if person.name and not person.role:
            return Person(person.name, bracketed["inner"].strip())
    if "," not in text and (with_org := _with_organisation(text)):
        return with_org
    if "," in text:
        first, rest = (part.strip() for part in text.split(",", 1))
        head, tail = parse_person(first), parse_person(rest)
        if head.name and not head.role:
            return Person(head.name, rest or None)
        if tail.name and not tail.role and head.role and not head.name:
            return Person(tail.name, first)
        text = first
    return _name_and_role(text.split())


def _with_organisation(text: str) -> Person | None:
    """``directeur Pieter van den Berg van Stichting Vrij Werk``: the organisation joins the
    role, when the name has two words and the organisation looks like one."""
    org_tail = _ORG_TAIL.match(text)
    if not org_tail:
        return None
    org = org_tail["org"].split()
    head = parse_person(org_tail["head"])
    capitals = sum(1 for word in org if word[0].isupper())
    if (
        head.name
        and head.role
        and len(head.name.split()) >= 2
        and (capitals >= 2 or (len(org) == 1 and org[0].isupper() and len(org[0]) > 1))
    ):
        return Person(head.name, f"{head.role} {org_tail['prep']} {org_tail['org']}")
    return None


def _name_and_role(tokens: list[str]) -> Person:
    """The name is the run of capitalised words (with particles and titles inside) that
    ends the attribution; what comes before it is the role, if it names one."""
    start = _name_start(tokens)
    name = " ".join(tokens[start:]) or None
    role_tokens = tokens[:start]
    while role_tokens and role_tokens[0].lower() in ARTICLES:
        role_tokens = role_tokens[1:]
    role = " ".join(role_tokens) or None
    if role and not any(is_role_word(t) for t in role_tokens):
        # "Daarover" or "Ook" before a name is not a role.
        role = None if len(role_tokens) == 1 else role
    if role and role[0].isupper() and role[1:2].islower() and is_role_word(role_tokens[0]):
        role = role[0].lower() + role[1:]  # sentence-initial "Woordvoerder"
    if name and len(name.split()) > 5:
        name = None
    return Person(name, role)


def _name_start(tokens: list[str]) -> int:
    end = len(tokens)
    start = end
    while start > 0:
        token = tokens[start - 1]
        if (
            (capitalised(token) and not is_role_word(token))
            or (token.lower() in PARTICLES and start - 1 > 0 and start < end)
            or (token.lower() in TITLES and start < end)
        ):
            start -= 1
        else:
            break
    while start < end and tokens[start] in PARTICLES:  # "de Vries" but not "De Vries"
        start += 1
    return start


def capitalised(token: str) -> bool:
    """A word that can be part of a name: ``Anna``, ``O'Brien``, ``J.``; not ``CKM``."""
    return (bool(token) and token[0].isupper() and not token.isupper()) or (
        len(token) > 1 and token[0].isupper() and token[1:2] in (".", "'")
    )
