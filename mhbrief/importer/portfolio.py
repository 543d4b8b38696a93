"""A minister's portfolio in brackets, as a government's own news writes it.

"Minister Karien van Gennip (Sociale Zaken en Werkgelegenheid): “…”", "staatssecretaris
Eric Smit (Justitie en Veiligheid)": the bracketed words name the ministry the minister
speaks for. When every quoted person is a minister or state secretary of one such
portfolio, the text is that ministry's news; the portfolio is given as written (a
minister without a ministry of their own, "Buitenlandse Handel", keeps theirs too).

Dutch copy also writes the portfolio after "van": a role "minister van Zorg en Welzijn",
or the title before the name ("Minister van Zorg en Welzijn Anna de Wit zei …") when the
quote's role was not read. The ministry's words are capitalised; "minister van Staat"
(an honorary title) names none.
"""

from __future__ import annotations

import re
from typing import Any

#: The portfolio's capitalised words, perhaps joined by "en", "voor", "van"; it ends in
#: a capitalised word ("Zorg en" of a name read on is none).
_WORDS = r"[A-Z][\w’'-]*(?:(?:\s+(?:en|voor|van))?\s+[A-Z][\w’'-]*){0,5}"

#: "minister van Justitie en Veiligheid": the portfolio after "van", in Dutch.
_MINISTER_OF = re.compile(
    rf"(?:de\s+)?(?i:minister|staatssecretaris)\s+van\s+(?P<portfolio>(?!Staat\b){_WORDS})"
)

_MINISTER = re.compile(
    r"(?i:minister|staatssecretaris|minister-president|state\s+secretary|secretary\s+of\s+state)"
    r"\s*\((?P<portfolio>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|en|and|voor|van|for|of|&)){0,6})\)$"
)


def ministers_portfolio(roles: list[str]) -> str | None:
    """The one portfolio every quoted minister's role gives in brackets, if any."""
    given = [role.strip() for role in roles if role and role.strip()]
    portfolios = {
        m["portfolio"] if (m := _MINISTER.fullmatch(role) or _MINISTER_OF.fullmatch(role)) else None
        for role in given
    }
    if len(portfolios) != 1 or None in portfolios:
        return None
    return portfolios.pop()


#: How many quotes' speakers are looked up before their names: a bound on the cost.
_SPEAKERS = 10


def portfolio_before_names(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The one portfolio written before every quoted person's name ("Minister van Zorg en
    Welzijn Anna de Wit"), when no quote has a role: the ministry they speak for."""
    if not quotes or any(q.get("role") for q in quotes):
        return None
    speakers = {q.get("speaker") or "" for q in quotes}
    # a whole name: a surname alone might have the portfolio read on into a first name
    if len(speakers) > _SPEAKERS or any(
        len(s.split()) < 2 or s.startswith("TODO") for s in speakers
    ):
        return None
    portfolios = set()
    for speaker in speakers:
        # the name as the quote gives it, right after the portfolio
        pattern = rf"{_MINISTER_OF.pattern}\s+{re.escape(speaker)}(?![\w-])"
        before = re.search(pattern, text)
        if before is None:
            return None
        portfolios.add(before["portfolio"])
    return portfolios.pop() if len(portfolios) == 1 else None
