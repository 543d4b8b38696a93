"""Quotes with no attribution of their own whose speaker the text still makes plain.

Two forms of portraits and interviews, read only when one person fits:

- a quote in the first person ("ik", "mijn", "I", "my") in a paragraph that names
  one person and no one else ("Merel was 15 jaar toen ... “Mijn vriendin ...”");
- an answer under a question, when the paragraph above the question ends by naming
  who explains ("Strafrechter Anna Bos legt het uit." ¶ "Wat is ...?" ¶ "‘...’").
"""

from __future__ import annotations

import re

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import last_sentence, mentions
from mhbrief.importer.questions_to import put_to
from mhbrief.importer.speakers import Person

_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w’'-])(?:ik|mij|me|mijn|m’n|m'n|i|my|i’m|i'm|mine)(?![\w’'-])"
)


def first_person(quote: str) -> bool:
    """The quote speaks as "ik" or "I"."""
    return _FIRST_PERSON.search(quote) is not None


def one_person_named(text: str, people: People) -> Person | None:
    """The one person ``text`` names (by full name, first name or surname), when it
    names no one else; names inside that person's role do not count."""
    named: dict[str, Person] = {}
    others: list[str] = []
    for mention in mentions(text, people):
        name = mention.person.name
        if not name:
            continue
        full = people.known(name) if mention.sure else None
        if full is None:
            others.append(name)
            continue
        named.setdefault(full, Person(full, people.roles.get(full) or mention.person.role))
    if len(named) != 1:
        return None
    (person,) = named.values()
    roles = " ".join(filter(None, [person.role, people.roles.get(person.name or "")]))
    if any(other not in roles for other in others):
        return None
    # the sentence right before is about that person: it names them or opens with a
    # pronoun ("Een bewoonster vertelt …" before the quote is someone else)
    sentence = last_sentence(text)
    about = (
        any(m.person.name for m in mentions(sentence, people))
        or _PRONOUN.match(sentence)
        or _PRONOUN_AFTER_VERB.match(sentence)
    )
    if not (about and person.name):
        return None
    return person if " " in person.name or marked_as_a_person(person.name, text) else None


_PRONOUN = re.compile(r"(?i)^\W*(?:ze|zij|hij|she|he|they|haar|zijn|her|his)\b")
#: The pronoun as the subject after a word or three that open the sentence: Dutch puts
#: the verb second ("Laatst was hij in …", "Daarna vertelde zij …"), English a time or
#: place first ("Last year she …"). Only "hij"/"zij"/"he"/"she": "ze" is an object too.
_PRONOUN_AFTER_VERB = re.compile(r"^\W*(?:[\w’'-]+,?\s+){1,3}(?:hij|zij|he|she)\b", re.IGNORECASE)
#: A one-word name the text writes as a person's: with an age ("Anna (17)") or after
#: a form of address ("meneer Ling", "Mr A").
_ADDRESS_BEFORE = r"(?:meneer|mevrouw|mijnheer|Mr|Mrs|Ms|Miss)\.?\s+"
_AGE_AFTER = r"\s*\(\d{1,3}\)"


def marked_as_a_person(name: str, text: str) -> bool:
    """``text`` gives the one-word ``name`` an age in brackets or a form of address:
    a person the text names so, as portraits name people who keep their surname out."""
    word = re.escape(name)
    pattern = rf"(?<![\w-])(?:{word}{_AGE_AFTER}|{_ADDRESS_BEFORE}{word}(?![\w-]))"
    return re.search(pattern, text) is not None


def explainer(text: str, people: People) -> Person | None:
    """The one person the last sentence of ``text`` has say or explain something
    ("Strafrechter Anna Bos legt het uit."), or puts the questions to ("vragen aan X")."""
    sentence = last_sentence(text)
    found = [m for m in mentions(sentence, people) if m.person.name]
    if len(found) != 1 or not found[0].sure:
        return None
    if not (found[0].says or put_to(sentence[: found[0].start])):  # "vragen aan X"
        return None
    person = found[0].person
    return person if person.name and " " in person.name else None
