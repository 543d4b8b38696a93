"""The organisation a page's own blocks name: an "About X" / "Over X" block at its end,
an "Author:" line, the name over a press label. A press release's boilerplate names who
issued it, so these are taken as given, before any rule about the quoted people."""

from __future__ import annotations

from mhbrief.importer.organisation import named_organisations
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word
from mhbrief.importer.widget_lines import logo_name
from mhbrief.importer.words import WordCounts

#: A site's logo label is looked for among this many lines at the page's top.
_LOGO_TOP = 8


def about_organisation(about: str | None, lines: list[str], notes: list[str]) -> str | None:
    """The organisation an "Over X" / "About X" block is about, when the text names it
    above that block too: a press release's own boilerplate names who issued it."""
    if not about or is_outlet(about):
        return None
    text = "\n".join(line for line in lines if line)
    if WordCounts(text)(about) < 2:
        return None
    # "Over SZZG": the name the short form stands for
    about = next((n.name for n in named_organisations(text) if n.short == about), about)
    notes.append(f"organisation '{about}' found in the text: the 'About' block at its end")
    return about


def author_organisation(author: str | None, notes: list[str]) -> str | None:
    """An "Author: X" line naming an organisation (not a person, not an outlet)."""
    if not author or is_outlet(author) or not any(is_org_word(w) for w in author.split()):
        return None
    notes.append(f"organisation '{author}' found in the text: the page's 'Author' line")
    return author


def issuer_organisation(issuer: str | None, notes: list[str]) -> str | None:
    """The name over a press label under the headline ("Parketten van de procureur des
    Konings West-Vlaanderen" ¶ "Persberichten"), unless it is an outlet."""
    if not issuer or is_outlet(issuer):
        return None
    notes.append(f"organisation '{issuer}' found in the text: the name over its press label")
    return issuer


def logo_organisation(lines: list[str], notes: list[str]) -> str | None:
    """The site's own name on its logo label at the page's top ("Stichting X logo"), when
    the text under it names that body at least twice (its own news), unless an outlet."""
    top = [n for n, line in enumerate(lines) if line][:_LOGO_TOP]
    for number in top:
        name = logo_name(lines[number] or "")
        if not name or is_outlet(name):
            continue
        rest = "\n".join(line for n, line in enumerate(lines) if line and n != number)
        if WordCounts(rest)(name) < 2:
            return None
        notes.append(f"organisation '{name}' found in the text: the site's logo names it")
        return name
    return None
