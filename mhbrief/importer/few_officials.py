"""A government body held by only a few of the quoted people is not the text's.

A charity's event report that quotes an MP, a police commissioner and its own director
is not the commissioner's text: the body of an office counts as the organisation only
when at least half of the people quoted (three or more) hold it.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.organisation import quoted_government
from mhbrief.importer.words import fold_text

#: How many of the quoted people are read (a bound: a long text quotes many).
_READ = 50


def _quoted_roles(quotes: list[dict[str, Any]]) -> dict[str, str]:
    """The role of each named person quoted (the first of at most :data:`_READ`)."""
    roles: dict[str, str] = {}
    for quote in quotes:
        speaker = quote.get("speaker") or ""
        if speaker and not speaker.startswith("TODO") and speaker not in roles:
            roles[speaker] = quote.get("role") or ""
            if len(roles) >= _READ:
                break
    return roles


def few_speak_for(body: str, quotes: list[dict[str, Any]], text: str) -> bool:
    """Fewer than half of three or more quoted people hold an office of ``body``."""
    roles = _quoted_roles(quotes)
    if len(roles) < 3:
        return False
    held = sum(1 for role in roles.values() if role and quoted_government([role], text) == body)
    return 2 * held < len(roles)


#: Roles that speak for whatever body the text has act: no sign of another body's person.
_SPEAKS_FOR = re.compile(
    r"(?i)\b(?:woordvoer\w*|spokes\w*|persvoorlicht\w*|voorlicht\w*|press officer)\b"
)


def quotes_only_others(
    body: str, quotes: list[dict[str, Any]], text: str, lines: list[str]
) -> bool:
    """A body named by its common noun once, in a paragraph of its own with no quote
    ("De politie roept ouders op …" under a youth worker's words), while the text quotes
    people by name and role, none of whom holds an office of it or speaks for a body:
    not the one whose text this is (a new user's walk: the youth worker was cited as the
    police's). Named by its own name, more than once, or beside a quote, it stays."""
    if body != body.lower() or not _once_apart(body, lines):
        return False
    roles = _quoted_roles(quotes)
    folded = fold_text(body)
    for role in roles.values():
        if not role or _SPEAKS_FOR.search(role) or folded in fold_text(role):
            return False  # no role given, a spokesperson, or the body's own post
        if quoted_government([role], text) == body:
            return False
    return bool(roles)


def _once_apart(body: str, lines: list[str]) -> bool:
    """``body`` is named once in the text's ``lines``, on a line with no quotation mark."""
    pattern = re.compile(rf"(?i)\b{re.escape(body)}\b")
    named = [line for line in lines if line and pattern.search(line)]
    if len(named) != 1 or len(pattern.findall(named[0])) != 1:
        return False
    return not any(mark in named[0] for mark in '“”„"«»‘’') and ",," not in named[0]
