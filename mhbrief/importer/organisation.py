"""The organisation a statement is from: a name given with its abbreviation."""

from __future__ import annotations

import re

_NAMED = re.compile(
    r"((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|en|tegen|van|voor|de|het|of|for|and|the|"
    r"against|on|in))*)\s+\(([A-Z]{2,8})\)"
)


def named_organisation(text: str) -> tuple[str, str] | None:
    """``(name, abbreviation)`` of the organisation named with its abbreviation
    (``Centrum tegen … (CKM)``) whose abbreviation the text uses most."""
    candidates: list[tuple[int, str, str]] = []
    for match in _NAMED.finditer(text):
        tokens, abbr = match[1].split(), match[2]
        for start in range(len(tokens)):
            part = tokens[start:]
            initials = "".join(t[0] for t in part if t[0].isupper())
            # "Anti-Slavery Network (ASN)": each part of a hyphenated word counts too.
            hyphened = "".join(w[0] for t in part for w in t.split("-") if w[:1].isupper())
            if abbr in (initials, hyphened) and part[0][0].isupper():
                mentions = len(re.findall(rf"\b{abbr}\b", text))
                candidates.append((mentions, " ".join(part), abbr))
                break
    if not candidates:
        return None
    _, name, abbr = max(candidates, key=lambda c: c[0])
    return name, abbr
