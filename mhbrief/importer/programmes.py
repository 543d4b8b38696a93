"""A programme or an outlet that reports is no speaker: "…, schrijft Argos" where the text
calls Argos an "onderzoeksprogramma" is the programme's words, not a person's.

A one-word speaker the text also writes right after a word for a programme or a medium
("onderzoeksprogramma Argos", "the programme Panorama", "de krant Trouw"), or that is a
news outlet's usual name, and that is never the last word of a longer capitalised name
("Ann Argos"), is left TODO with a note: a wrong speaker costs more than an empty one.
"""

from __future__ import annotations

import re

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.outlets import is_outlet

#: A word for a programme or a medium, alone or as the end of a compound
#: ("onderzoeksprogramma", "actualiteitenrubriek", "tv-programma").
_MEDIUM = (
    r"(?:[a-z-]*(?:programma|rubriek|documentaire|podcast|uitzending|krant|dagblad|"
    r"weekblad|tijdschrift|omroep|zender)|programme|program|documentary|podcast|show|"
    r"newspaper|paper|magazine|broadcaster|channel|series)"
)


def _called_a_medium(name: str, text: str) -> bool:
    """``name`` right after a medium's word somewhere in ``text``, and never right after
    another capitalised word (a surname of someone's)."""
    word = re.escape(name)
    if re.search(rf"(?<![\w-])[A-Z][\w'’-]*[ \u00a0]+{word}(?![\w-])", text):
        return False
    return (
        re.search(rf"(?<![\w-]){_MEDIUM}[ \u00a0]+{word}(?![\w-])", text, re.IGNORECASE) is not None
    )


def programme_speakers(found: Found, text: str) -> None:
    """Speakers that are a programme or an outlet the text names, left TODO."""
    verdicts: dict[str, bool] = {}
    for entry in found.quotes:
        name = entry.get("speaker", "")
        if not name or name.startswith("TODO") or " " in name:
            continue
        if name not in verdicts:
            verdicts[name] = is_outlet(name) or _called_a_medium(name, text)
        if not verdicts[name]:
            continue
        ident = entry["id"]
        found.people.roles.pop(name, None)  # no person's: the organisation may be it
        entry["speaker"] = PLACEHOLDER_SPEAKER
        entry.pop("role", None)
        found.notes[:] = [n for n in found.notes if not n.startswith(f"{ident}: ")]
        found.notes.append(
            f"{ident}: no speaker found; fill in 'speaker' ('{name}' reports it: a "
            "programme or an outlet in the text, no person)"
        )
