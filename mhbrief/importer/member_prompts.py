"""A site's prompts to its reader about the reader's own visit, by their shape: a cookie
notice in the site's voice ("We use cookies on this site to …", "Wij gebruiken cookies
op deze site …"), and a sign-in box: its prompt ("Sign in to unlock member-only
benefits!"), the list of benefits under it (bullets), its button ("Sign in") and a
counter before it ("0 / 0"). Whole short lines only; a sentence of the story about
cookies or about signing something is no prompt.
"""

from __future__ import annotations

import re

#: The site speaks of its own cookies: "we"/"wij" or "this site" in the same short line.
_COOKIES = re.compile(
    r"^(?=.{0,300}$)(?:.*\b(?:we|wij|this\s+(?:site|website)|deze\s+(?:site|website)|"
    r"our\s+(?:site|website)|onze\s+(?:site|website))\b.*\bcookies?\b|"
    r".*\bcookies?\b.*\b(?:this|our|deze|onze)\s+(?:site|website)\b).*$",
    re.IGNORECASE,
)
#: A sign-in prompt: "Sign in to unlock …", "Log in om verder te lezen", "Subscribe to
#: read more" (an imperative opening a short line).
_SIGN_IN_PROMPT = re.compile(
    r"^(?:sign\s+in|log\s*in|sign\s+up|subscribe|register|inloggen|log\s+in|meld\s+je\s+aan|"
    r"registreer|word\s+lid|become\s+a\s+member)\b\s*(?:to|om|for|voor|now|nu)\b.{0,100}$",
    re.IGNORECASE,
)
#: The box's button alone: "Sign in", "Log in", "Inloggen", "Subscribe".
_BUTTON = re.compile(
    r"^(?:sign\s+in|log\s*in|sign\s+up|subscribe|register|inloggen|aanmelden|registreren)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•·▪◦*-]\s*\S")
#: A slide or a vote counter alone: "0 / 0", "3/12".
_COUNTER = re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$")
#: How many lines a sign-in box spans at most.
_BOX = 12


def member_prompts(lines: list[str]) -> set[int]:
    """The numbers of ``lines`` that are a cookie notice or part of a sign-in box."""
    found: set[int] = set()
    filled = [n for n, line in enumerate(lines) if line and line.strip()]
    for at, number in enumerate(filled):
        line = lines[number].strip()
        if _COOKIES.match(line):
            found.add(number)
        if not _SIGN_IN_PROMPT.match(line):
            continue
        found.add(number)
        if at > 0 and _COUNTER.match(lines[filled[at - 1]].strip()):
            found.add(filled[at - 1])
        for later in filled[at + 1 : at + 1 + _BOX]:
            text = lines[later].strip()
            if not (_BULLET.match(text) or _BUTTON.match(text)):
                break
            found.add(later)
    return found
