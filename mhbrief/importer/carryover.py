"""Carry-over of names: who was named, with which role, and who was named last.

A later bare surname ("zegt De Vries") is the person named before with that
surname; a pronoun or "Deze" is the person named last; a role alone with a
definite article ("aldus de woordvoerder") is the one person named with that role.
A role with an indefinite article ("een woordvoerder") is someone unnamed. Roles
found anywhere (a title before the name, an apposition) go with every later
quote of that person. When a reference is ambiguous the name stays unknown: a
wrong name is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mhbrief.importer.roles import (
    PARTICLES,
    POLICE_RANKS,
    RANK_ABBREVIATIONS,
    TITLES,
    is_role_word,
)
from mhbrief.importer.speakers import RANKS, Person
from mhbrief.importer.words import fold_text

#: ``(name, role, notes)``: a speaker as resolved, with what was guessed.
Resolved = tuple[str | None, str | None, list[str]]

#: The most names kept as named beside another in one sentence (the latest): a pronoun
#: after them is ambiguous all the same, and an endless sentence of names would cost
#: the square of its length.
MAX_BESIDE = 8


def with_name(names: tuple[str, ...], name: str) -> tuple[str, ...]:
    """``names`` then ``name``, each once, the latest :data:`MAX_BESIDE` of them."""
    return (*(other for other in names if other != name), name)[-MAX_BESIDE:]


#: How many different full names one surname may stand for before more are not noted.
_MAYBE_PER_SURNAME = 20


@dataclass
class People:
    """People named so far in one text, in order, with the first role each was given."""

    roles: dict[str, str | None] = field(default_factory=dict)
    last: str | None = None
    #: Others named in the same sentence as ``last``: a pronoun could be any of them.
    beside: tuple[str, ...] = ()
    #: The one of them the sentence has say something ("X said that Y …", "According to
    #: X, … Y …"): whom a pronoun after it means; "" when two say.
    sayer: str | None = None
    #: Names by their last word (folded), to find a surname's full name quickly.
    _by_last: dict[str, list[str]] = field(default_factory=dict)
    #: Full names by their first word: "Merel" alone is the "Merel van Groningen" named.
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    #: Name-like words the text did not say were a person's, by their last word.
    _maybe: dict[str, list[str]] = field(default_factory=dict)
    #: Words the text also writes in lowercase ("mensenhandel", "report"): a capitalised
    #: one is a headline's or a title's word, not part of a person's name.
    common: frozenset[str] = frozenset()
    #: The whole text, where a place written before a name is looked for again.
    text: str = ""
    #: Places looked for in ``text`` so far (each look reads the whole text: bounded,
    #: :data:`mhbrief.importer.office_place.MAX_LOOKS`).
    place_looks: int = 0

    def looks_like_a_name(self, name: str) -> bool:
        """No word of ``name`` (but a particle), nor a part of a hyphenated one
        ("Anti-Slavery International"), is one the text writes in lowercase."""
        return not any(
            part in self.common
            for word in name.split()
            for part in word.split("-")
            # "Els Van Hoof": a Flemish particle is capitalised, and "van" is common
            if part[:1].isupper() and len(part) > 2 and part.lower() not in PARTICLES
        )

    def candidates(self, name: str) -> list[str]:
        """The earlier names ``name`` may stand for: itself, or those it ends (a surname,
        with or without a title)."""
        if name in self.roles:
            return [name]
        folded = _without_title(fold_text(name))  # "Ms. Veneman" is "Ann M. Veneman"
        last = folded.rsplit(" ", 1)[-1]
        found = [
            known
            for known in self._by_last.get(last, [])
            if fold_text(known) == folded or fold_text(known).endswith(" " + folded)
        ]
        if found or " " in folded:
            return found
        # A first name alone, as portraits write it ("Merel" for "Merel van Groningen"),
        # when no one has it for a surname.
        if firsts := self._by_first.get(folded):
            return list(firsts)
        # A surname alone: a full name seen in the text but not yet said to be a person's.
        return sorted({n for n in self._maybe.get(last, []) if fold_text(n).endswith(" " + folded)})

    def _add(self, name: str, role: str | None) -> None:
        if name not in self.roles:
            folded = fold_text(name)
            self._by_last.setdefault(folded.rsplit(" ", 1)[-1], []).append(name)
            if " " in folded:
                self._by_first.setdefault(folded.split(" ", 1)[0], []).append(name)
        if not self.roles.get(name) or (role and better_role(self.roles[name], role)):
            self.roles[name] = role

    def give_role(self, name: str, role: str) -> None:
        """``name`` (named before) has ``role``, if no better one is known."""
        self._add(name, role)

    def known(self, name: str) -> str | None:
        """The full name ``name`` stands for; ``None`` when unknown or ambiguous."""
        matching = self.candidates(name)
        return matching[0] if len(matching) == 1 else None

    def maybe_named(self, name: str) -> bool:
        """``name`` was recorded as a name that may be a person's (:meth:`maybe`)."""
        return name in self._maybe.get(fold_text(name).rsplit(" ", 1)[-1], ())

    def mention(
        self, person: Person, beside: tuple[str, ...] = (), says: bool = False
    ) -> str | None:
        """Record a person named in the text (not a quote's speaker), with the others
        named in the same sentence before it and whether it says something there;
        returns the full name."""
        if person.name is None:
            return None
        name = self.known(person.name) or person.name
        self._add(name, person.role)
        self.last, self.beside = name, tuple(other for other in beside if other != name)
        if says:  # the sentence's sayer; a second one in it leaves none sure
            self.sayer = "" if self.sayer and self.sayer in self.beside else name
        elif not self.beside or self.sayer not in self.beside:
            self.sayer = None  # a new sentence, no one in it says anything
        return name

    def maybe(self, person: Person, fresh: bool = False) -> None:
        """A name that may be a person's ("Anna Smit en Piet Bos spraken …"): a later
        surname alone may mean it, and a pronoun is no longer sure to mean ``last``.
        ``fresh``: it opens the names of a new sentence (no sayer there yet)."""
        if fresh:
            self.sayer = None
        if not person.name or self.known(person.name):
            return
        if self.last:
            self.beside = with_name(self.beside, person.name)
        folded = fold_text(person.name)
        names = self._maybe.setdefault(folded.rsplit(" ", 1)[-1], [])
        # each name once, and a bounded number per last word: a surname alone is looked
        # up among them for every mention
        if person.name not in names and len(names) < _MAYBE_PER_SURNAME:
            names.append(person.name)

    def resolve(self, person: Person) -> Resolved:
        """``(name, role, notes)``: a quote's ``person`` completed from earlier mentions."""
        if person.back:
            if self.last is None:
                return None, None, []
            if self.beside and self.sayer and self.sayer in (*self.beside, self.last):
                said = self.sayer  # "According to X, … Y …. “…,” he said."
                why = f"a pronoun taken to be {said}, who says something where last named"
                return said, self.roles.get(said), [why]
            if self.beside:
                who = " or ".join((*self.beside, self.last))
                return None, None, [f"a pronoun may be {who}, named just before"]
            name = self.last
            if person.role:  # "Hij is chef van de afdeling zeden:": the role it gives
                self._add(name, person.role)
            return name, self.roles.get(name), [f"a pronoun taken to be {name}, named last"]
        if person.name is None:
            return self._by_role(person)
        notes: list[str] = []
        matching = self.candidates(person.name)
        if len(matching) > 1:
            return None, person.role, [f"'{person.name}' may be {' or '.join(matching)}"]
        if person.weak and not matching:
            return None, None, [f"'{person.name}' before the quote may be the speaker"]
        given = person.name
        words = given.split()
        if not matching and len(words) == 2 and words[0].lower() in RANKS:
            # "said Sheriff Judd": the rank is no first name
            given, person = words[1], Person(words[1], words[0])
            matching = self.candidates(given)
            if len(matching) > 1:
                return None, person.role, [f"'{given}' may be {' or '.join(matching)}"]
        if not matching and person.role and " " not in given:
            # "added Police Superintendent Maria", "zegt directeur Jansen": one word after
            # a role, and no fuller name in the text it could stand for
            return None, person.role, [f"maybe: {given} (only one word of the name)"]
        name = matching[0] if matching else given
        if name != person.name:
            notes.append(f"'{person.name}' taken to be {name}, named earlier")
        role = person.role
        known = self.roles.get(name)
        if role is None and known:
            role = known
            notes.append(f"role '{role}' taken from an earlier mention of {name}")
        elif (
            role
            and known
            and len(known) > len(role)
            and f" {fold_text(role)} " in f" {fold_text(known)} "
        ):
            # "said Sheriff X" of the "Hillsborough County Sheriff X" named before,
            # "officier X" of the "officier van justitie X" named before
            role = known
            notes.append(f"role '{role}' taken from an earlier mention of {name}")
        elif role and known and _short_form(role):
            # "D/Supt X", "Det. Supt. X" of the "Detective Superintendent X" named before
            role = known
            notes.append(f"role '{role}' taken from an earlier mention of {name}")
        self._add(name, role)
        self.last, self.beside, self.sayer = name, (), None
        return name, role, notes

    def _by_role(self, person: Person) -> Resolved:
        """``aldus de woordvoerder``: the one person named earlier with that role."""
        role = person.role
        if not role or person.unnamed:
            return None, role, []
        name = self.holder(role)
        if name is not None:
            self.last, self.beside = name, ()
            return name, self.roles[name], [f"'{role}' taken to be {name}, named earlier"]
        return None, role, []

    def holder(self, role: str) -> str | None:
        """The one person named earlier with ``role`` ("de woordvoerder", "the police
        spokesperson"), else ``None``."""
        folded = fold_text(role)
        words = _role_words(role)
        matching = [
            known
            for known, given in self.roles.items()
            if given
            and (
                fold_text(given).endswith(folded)
                or fold_text(given).startswith(folded)
                # "de voorzitter van PROUD" is the "PROUD-voorzitter" named before
                or (len(words) > 1 and words <= _role_words(given))
            )
        ]
        return matching[0] if len(matching) == 1 else None


def _short_form(role: str) -> bool:
    """A rank or title written short: "D/Supt", "Det. Supt.", "Sgt."."""
    return all(
        re.fullmatch(r"[A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z]{0,7})?\.?", w) for w in role.split()
    ) and ("/" in role or role.endswith("."))


def better_role(known: str | None, role: str) -> bool:
    """``role`` names a function where ``known`` only named the organisation ("CKM", then
    "onderzoeker bij Centrum Kinderhandel Mensenhandel") or a rank in short ("Det Supt"),
    or says more of the same role."""
    if known and role.lower().startswith(known.lower() + " "):
        return True  # "hoogleraar" in a headline, then "hoogleraar … aan de Universiteit X"
    if known and _short_rank(known) and not _short_rank(role) and len(role) > len(known):
        return True  # "Det Supt" after "Detective Superintendent, director of investigations"
    has_function = any(is_role_word(word) for word in role.split())
    return has_function and not any(is_role_word(word) for word in (known or "").split())


_SHORT_RANKS = frozenset([*(r.lower() for r in POLICE_RANKS), *RANK_ABBREVIATIONS])


def _short_rank(role: str) -> bool:
    """A rank in its short form only: "Det Supt", "DCI", "Sgt.": the text's shorthand for
    a rank it gave in full, with the post, when it first named the officer."""
    words = role.lower().split()
    return bool(words) and all(word in _SHORT_RANKS for word in words)


_ROLE_GLUE = frozenset(["van", "de", "het", "der", "bij", "of", "the", "at", "for", "voor"])


def _role_words(role: str) -> frozenset[str]:
    """The words of a role, hyphenated parts apart, without articles and prepositions."""
    parts = fold_text(role).replace("-", " ").replace(",", " ").split()
    return frozenset(part for part in parts if part not in _ROLE_GLUE)


_COURTESY = frozenset([*TITLES, "mr", "mrs", "ms", "dr", "miss", "mevrouw", "meneer", "de heer"])


def _without_title(folded: str) -> str:
    """A folded name without the courtesy title before it: "ms. veneman" → "veneman"."""
    first, _, rest = folded.partition(" ")
    return rest if rest and first in _COURTESY else folded
