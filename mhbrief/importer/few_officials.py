"""A government body held by only a few of the quoted people is not the text's.

A charity's event report that quotes an MP, a police commissioner and its own director
is not the commissioner's text: the body of an office counts as the organisation only
when at least half of the people quoted (three or more) hold it.
"""

from __future__ import annotations

from typing import Any

from mhbrief.importer.organisation import quoted_government

#: How many of the quoted people are read (a bound: a long text quotes many).
_READ = 50


def few_speak_for(body: str, quotes: list[dict[str, Any]], text: str) -> bool:
    """Fewer than half of three or more quoted people hold an office of ``body``."""
    roles: dict[str, str] = {}
    for quote in quotes:
        speaker = quote.get("speaker") or ""
        if speaker and not speaker.startswith("TODO") and speaker not in roles:
            roles[speaker] = quote.get("role") or ""
            if len(roles) >= _READ:
                break
    if len(roles) < 3:
        return False
    held = sum(1 for role in roles.values() if role and quoted_government([role], text) == body)
    return 2 * held < len(roles)
