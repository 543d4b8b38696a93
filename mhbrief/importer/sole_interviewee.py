"""A portrait's quotes: the text says whom it talks to ("We gingen in gesprek met Anna
Smit, directeur van X.", "We spoke to Ann Lee, …"), asks no questions, and quotes that
person paragraph after paragraph without saying so each time. When the text names
nobody else, the quotes nothing attributes are the interviewee's.
"""

from __future__ import annotations

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.speakers import Person


def portrait_speakers(found: Found, interviewee: Person | None) -> None:
    """Give the quotes with no speaker to ``interviewee`` when the text names no one else."""
    if interviewee is None or not interviewee.name:
        return
    name = interviewee.name
    if any(other != name for other in found.people.roles if len(other.split()) >= 2):
        return  # someone else named: a quote may be theirs
    role = found.people.roles.get(name) or interviewee.role
    settled: set[str] = set()
    for number, entry in enumerate(found.quotes):
        if entry["speaker"] != PLACEHOLDER_SPEAKER:
            continue
        ident = entry.pop("id")
        entry.pop("speaker")
        extra = {"role": role} if role and "role" not in entry else {}
        found.quotes[number] = {"id": ident, "speaker": name, **extra, **entry}
        settled.add(f"{ident}: no speaker found; fill in 'speaker'")
        found.notes.append(f"{ident}: said by {name}, whom the text talks to and names alone")
    if settled:
        found.notes = [note for note in found.notes if note not in settled]
