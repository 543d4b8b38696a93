"""A speaker read with the body they speak for run in: "zegt Patsy Jansen van Payoke".

A Dutch name may go on with "van" ("Jan van Dijk", "Anna Maria van Leeuwenhorst", a double
surname "Pieter Jansen van Galen"), so "First Surname van Word" reads as one name, and stays
one (``tests/importer/test_speakers.py``). It is a person and their body when the text also
names that body on its own ("… de opvangcentra Payoke, Pag-Asa en …"): the speaker is then the
name before "van", and the body goes on the quote as its organisation (shown in its citation;
noted, to be checked with the rest).
"""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.carryover import People

_WORD = r"[A-Z][\w'’.-]*"
#: A first name and a surname (no particle between), "van"/"of", a body of up to four
#: capitalised words.
_RUN_IN = re.compile(
    rf"^(?P<name>{_WORD}(?: {_WORD})+) (?:van|of) (?P<body>{_WORD}(?: {_WORD}){{0,3}})$"
)

#: Speakers looked at: a text quotes a handful of people; a hostile one may name thousands.
MAX_SPEAKERS = 20


def split_bodies(found: Found, text: str) -> None:
    """Speakers of the form "First Surname van Body" split where the text names the body
    (the first :data:`MAX_SPEAKERS` such speakers: each looks through the whole text)."""
    speakers = dict.fromkeys(entry.get("speaker", "") for entry in found.quotes)
    run_in = [(s, m) for s in speakers if (m := _RUN_IN.match(s))][:MAX_SPEAKERS]
    for speaker, match in run_in:
        name, body = match["name"], match["body"]
        if not named_alone(text, body, speaker):
            continue  # one name, as far as the text tells
        found.people.roles.setdefault(name, found.people.roles.get(speaker))
        for number, entry in enumerate(found.quotes):
            if entry.get("speaker") != speaker:
                continue
            entry["speaker"] = name
            if "organisation" not in entry:  # after the speaker and role, as written
                at = 3 if "role" in entry else 2
                items = list(entry.items())
                entry = dict([*items[:at], ("organisation", body), *items[at:]])
            found.notes.append(f"{entry['id']}: '{speaker}' read as {name} of {body}")
            found.quotes[number] = entry


def named_alone(text: str, body: str, speaker: str) -> bool:
    """``body`` stands in ``text`` outside ``speaker``'s name and not after "van"/"of"."""
    rest = text.replace(speaker, " ")
    return any(
        not re.search(r"(?i)\b(?:van|of)\s+$", rest[max(0, at.start() - 5) : at.start()])
        for at in re.finditer(rf"(?<![\w-]){re.escape(body)}(?![\w-])", rest)
    )


def body_after_person(org: str | None, people: People, text: str) -> str | None:
    """A would-be organisation that is a named person and their body ("said Ann Lee of
    Harbourwatch", not read as an attribution): the body after "of", or after "van" when
    the text names it on its own too; none when "van" may be part of the name. Anything
    else: ``org`` as it was."""
    match = _RUN_IN.match(org or "")
    if match is None or not (people.known(match["name"]) or people.maybe_named(match["name"])):
        return org
    if f" of {match['body']}" in match[0] or named_alone(text, match["body"], match[0]):
        return match["body"]
    return None  # "Anna Maria van Leeuwenhorst": a person's name, no organisation
