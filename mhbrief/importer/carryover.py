"""Carry-over of names: a later bare surname, or a role alone, is the person named before."""

from __future__ import annotations

from dataclasses import dataclass, field

from mhbrief.importer.speakers import Person
from mhbrief.importer.words import fold_text


@dataclass
class Speakers:
    """Speakers named so far in one text, with the first role each was given."""

    roles: dict[str, str | None] = field(default_factory=dict)

    def resolve(self, person: Person) -> tuple[str | None, str | None, list[str]]:
        """``(name, role, notes)``: ``person`` completed from earlier mentions."""
        name, role = person.name, person.role
        if name is None and role:  # "aldus de woordvoerder": the one named with that role
            return self._by_role(role)
        if name is None:
            return None, role, []
        notes: list[str] = []
        if name not in self.roles:
            for known in self.roles:
                if known != name and fold_text(known).endswith(" " + fold_text(name)):
                    notes.append(f"'{name}' taken to be {known}, named earlier")
                    name = known
                    break
        if role is None and self.roles.get(name):
            role = self.roles[name]
            notes.append(f"role '{role}' taken from an earlier mention of {name}")
        if name not in self.roles or not self.roles[name]:
            self.roles[name] = role
        return name, role, notes

    def _by_role(self, role: str) -> tuple[str | None, str | None, list[str]]:
        folded = fold_text(role)
        matching = [k for k, r in self.roles.items() if r and fold_text(r).endswith(folded)]
        if len(matching) == 1:
            name = matching[0]
            return name, self.roles[name], [f"'{role}' taken to be {name}, named earlier"]
        return None, role, []
