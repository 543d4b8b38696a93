"""The part of an organisation's name before its small inner words.

A name can have lowercase words inside ("Leger des Heils", "Huis voor de Kunst",
"Stichting van Wijk"). A run of capitalised words stops at them, so a role written
as one compound with the name before its hyphen ("Leger des Heils-woordvoerder")
is read from "Heils" on. The capitalised words and small words right before it
belong to the name: they are taken back into the role.
"""

from __future__ import annotations

import re

#: The small words inside a name: Dutch, French and English ones.
_INNER = r"(?:des|de|der|den|du|la|le|van|voor|op|en|of|for|and)"
#: Capitalised words each followed by one or two small words, right before the run.
_LEAD = re.compile(rf"(?:(?<=\s)|^)(?P<lead>(?:[A-Z][\w&’'-]*\s+(?:{_INNER}\s+){{1,2}}){{1,2}})$")
#: A role with an organisation's name before its hyphen: "Heils-woordvoerder".
_COMPOUND = re.compile(r"^[A-Z][\w&.]*-[a-z][\w-]*$")
#: How far back the name's first words are looked for.
_WINDOW = 60


def with_lead(text: str, start: int, tokens: list[str], cut: int, role: str | None) -> str | None:
    """``role`` with the words of its name before ``start`` ("Leger des" of "Leger des
    Heils-woordvoerder"), when the role's last word (``tokens[cut - 1]``) is a compound."""
    lead = lead_of_compound(text, start, tokens[cut - 1]) if cut else None
    return f"{lead} {role}" if lead else role


def lead_of_compound(text: str, start: int, role_token: str) -> str | None:
    """The words of an organisation's name before ``start`` (where a run of capitalised
    words begins) when the run's role is a compound with a name before its hyphen:
    "zegt Leger des Heils-woordvoerder X" gives "Leger des"; "zegt de Heils-woordvoerder"
    gives nothing (no capitalised word before "de")."""
    if not _COMPOUND.match(role_token):
        return None
    lead = _LEAD.search(text[max(0, start - _WINDOW) : start])
    return lead["lead"].strip() if lead else None


#: A capitalised word and a small word of a name right before: "Leger des " of "Heils".
_NAME_GOES_ON = re.compile(r"(?<![\w’'-])[A-Z][\w&’'-]*\s+(?:des|de|der|du|la|le|van|voor)\s+$")


def continues_a_name(text: str, start: int) -> bool:
    """Whether the capitalised words at ``start`` go on a name begun before them ("Terre
    des Hommes", "Huis voor Kunst"): the rest of an organisation's name, not a person."""
    return _NAME_GOES_ON.search(text[max(0, start - _WINDOW) : start]) is not None
