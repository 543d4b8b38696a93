"""The government body a quoted person serves, as the text writes it between commas
after the person's name: "Inspector Ann Lee, of Harbour Police’s Fraud Unit, said:",
"Chief Constable Ann Lee, lead for Crime, Harbour Police, said:".

A body the text only names beside it ("partners including the X Police") or inside a
quote is no one's employer; the body the speaker's own apposition names is whose news
it is.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.organisation import is_government
from mhbrief.importer.orgnames import NAME
from mhbrief.importer.roles import SAY, is_role_word
from mhbrief.importer.speakers import RANKS

#: What follows a name up to its verb of saying or a colon: ", of X’s Unit, said:".
_STRETCH = re.compile(rf"\s*,(?P<app>[^.!?:;“”\"„]{{2,240}}?)(?:,\s*(?:{SAY})\b|\s+(?:{SAY})\b|:)")
#: Words before a body's name in a part of an apposition: "of", "from the".
_LEAD = re.compile(r"^(?:(?:of|from|at|with|van|bij|the|de|het)\s+)+")
#: A name's own "’s" and what it owns: "Harbour Police’s Fraud Unit".
_OWNS = re.compile(r"[’']s\s.*$")
_NAME = re.compile(NAME)


def _body_in(app: str) -> str | None:
    """The one government body by its name among the parts of an apposition."""
    bodies = []
    for part in app.split(","):
        part = _OWNS.sub("", _LEAD.sub("", part.strip()))
        words = part.split()
        if not words or not _NAME.fullmatch(part) or not is_government(part):
            continue
        if words[0].lower() in RANKS or is_role_word(words[0]) or len(words) < 2:
            continue  # "Chief Constable", "Police": a rank or a bare word, no body's name
        bodies.append(part)
    return bodies[0] if len(set(bodies)) == 1 else None


def served_body(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The government body the quoted people's own appositions name, when the first
    quoted person's names one and no other's names another."""
    bodies: list[str | None] = []
    for name in list(dict.fromkeys(q.get("speaker") or "" for q in quotes))[:8]:
        if not name or name.startswith("TODO"):
            continue
        ends = [m.end() for m in re.finditer(re.escape(name), text)][:4]
        apps = [a["app"] for end in ends if (a := _STRETCH.match(text, end))]
        bodies.append(next((b for app in apps if (b := _body_in(app))), None))
    if not bodies or bodies[0] is None:
        return None
    return bodies[0] if {b for b in bodies if b} == {bodies[0]} else None
