"""A minister's portfolio in brackets, as a government's own news writes it.

"Minister Karien van Gennip (Sociale Zaken en Werkgelegenheid): “…”", "staatssecretaris
Eric Smit (Justitie en Veiligheid)": the bracketed words name the ministry the minister
speaks for. When every quoted person is a minister or state secretary of one such
portfolio, the text is that ministry's news; the portfolio is given as written (a
minister without a ministry of their own, "Buitenlandse Handel", keeps theirs too).
"""

from __future__ import annotations

import re

_MINISTER = re.compile(
    r"(?i:minister|staatssecretaris|minister-president|state\s+secretary|secretary\s+of\s+state)"
    r"\s*\((?P<portfolio>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|en|and|voor|van|for|of|&)){0,6})\)$"
)


def ministers_portfolio(roles: list[str]) -> str | None:
    """The one portfolio every quoted minister's role gives in brackets, if any."""
    given = [role.strip() for role in roles if role and role.strip()]
    portfolios = {m["portfolio"] if (m := _MINISTER.fullmatch(role)) else None for role in given}
    if len(portfolios) != 1 or None in portfolios:
        return None
    return portfolios.pop()
