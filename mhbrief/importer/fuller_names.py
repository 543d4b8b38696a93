"""A surname alone given its fuller name: "Wolf said" where the text wrote "Acting
Secretary of Homeland Security Chad Wolf" before, read once a surname in one text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import _LEAD_WORDS, _NOT_NAMES, _PREPOSITIONS
from mhbrief.importer.roles import ROLE_MODIFIERS, TITLES, is_org_word, is_role_word


class FullerNames:
    """Fuller names of surnames alone in one text, each looked for once (at most
    :data:`_SURNAMES_LOOKED_UP` of them: each look reads the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, list[str]] = {}
        self._leads: dict[str, bool] = {}

    def leads_a_name(self, word: str) -> bool:
        """Whether the text writes ``word`` before a capitalised word ("Jackson Smith"):
        then it may be a first name. Looked up once per word; past
        :data:`_SURNAMES_LOOKED_UP` words, taken to (a TODO, never a guess)."""
        if (known := self._leads.get(word)) is not None:
            return known
        if len(self._leads) >= _SURNAMES_LOOKED_UP:
            return True
        pattern = rf"(?<![\w-]){re.escape(word)}\s+(?:(?:van|de|der|den|ter)\s+)?[A-Z]"
        self._leads[word] = found = re.search(pattern, self.text) is not None
        return found

    def complete(self, surname: str, notes: list[str]) -> tuple[str | None, list[str]]:
        """A surname alone where the text writes a fuller name no mention read ("Acting
        Secretary of Homeland Security Chad Wolf" … "Wolf said"): that name when there
        is one, none (TODO) when there are several, the surname when there is none."""
        if surname not in self._found and len(self._found) < _SURNAMES_LOOKED_UP:
            self._found[surname] = fuller_names(surname, self.text)
        fuller = self._found.get(surname, [])
        if len(fuller) == 1:
            return fuller[0], [*notes, f"'{surname}' taken to be {fuller[0]}, named earlier"]
        if fuller:
            return None, [*notes, f"maybe: {' or '.join(fuller)}"]
        return surname, notes


#: How many surnames alone are looked up in a whole text for a fuller name.
_SURNAMES_LOOKED_UP = 64


def fuller_names(surname: str, text: str) -> list[str]:
    """The fuller names ``text`` writes ending in ``surname`` ("Chad Wolf", "Sean D.
    Reyes"): a first name (and initials) right before it that is no role, rank or title.
    Looked for in the first :data:`_FULLER_REACH` characters."""
    pattern = rf"\b([A-Z][\w'’-]{{1,30}}(?:\s+[A-Z]\.)*)\s+({_surname_pattern(surname)})\b"
    found: dict[str, None] = {}
    for match in re.finditer(pattern, text[:_FULLER_REACH]):
        first = match[1].split()[0]
        if is_role_word(first) or is_org_word(first) or first.lower() in _NOT_FIRST_NAMES:
            continue
        if len(found) >= _FULLER_CANDIDATES:
            break
        if re.search(rf"\b{re.escape(first.lower())}\b", text[:_FULLER_REACH]):
            continue  # "Volgens Maryo", "For Maria": a word the text writes in lowercase
        if _OF_ORIGIN.search(text, max(0, match.start() - 4), match.end(1)):
            continue  # "de Hongaarse Sandor": where Sandor is from, no first name
        found.setdefault(f"{match[1]} {match[2]}", None)  # as the text writes the name
    return list(found)


#: Particles a Dutch or Flemish surname starts with: capitalised when the surname stands
#: alone ("legt Van der Helm uit"), lowercase after a first name ("Peer van der Helm").
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in"})


def surname_alone(name: str) -> bool:
    """One word ("Wolf"), or a surname led by a capitalised particle ("Van der Helm",
    "De Vries"): how a person is named once their full name was given."""
    first, _, rest = name.partition(" ")
    return not rest or (first[:1].isupper() and first.lower() in _PARTICLES)


def _surname_pattern(surname: str) -> str:
    """``surname`` as a pattern, its leading particle in either case."""
    first, _, rest = surname.partition(" ")
    if rest and first.lower() in _PARTICLES:
        return f"(?:{re.escape(first)}|{re.escape(first.lower())})\\s+{re.escape(rest)}"
    return re.escape(surname)


#: An article and a Dutch adjective of origin: "de Hongaarse", "De Amsterdamse", with
#: the accented letters of "Oekraïense", "Eritrese".
_OF_ORIGIN = re.compile(r"\b[Dd]e\s+[A-Z][a-zà-öø-ÿ]{2,20}(?:se|sche)$")
#: How many fuller names of one surname are looked at (each is checked in the text).
_FULLER_CANDIDATES = 8
#: How much of a text is read for a surname's fuller name.
_FULLER_REACH = 200_000
#: Capitalised words before a surname that are no first name.
_NOT_FIRST_NAMES = (
    ROLE_MODIFIERS
    | _NOT_NAMES
    | _LEAD_WORDS
    | _PREPOSITIONS
    | {t.rstrip(".") for t in TITLES}
    | {"the", "de", "het"}
)


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*")


def read_words(people: People, texts: list[str]) -> None:
    """``people`` gets the words ``texts`` write in lowercase, and their whole text."""
    people.common, people.text = lowercase_words(texts), "\n".join(texts)


def lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts write in lowercase, capitalised (to compare with name words):
    "Volgens Maryo" names no one where the text writes "maryo" too."""
    words: set[str] = set()
    for text in texts:
        words.update(w[:1].upper() + w[1:] for w in _LOWER_WORD.findall(text))
    return frozenset(words)
