"""A page's labels and navigation, not its text: press labels joined by a slash ("Press
Release/News"), a tag line saying what the item is about ("This News/Press release is
about X"), a site's archive label ("Archief X"), a link to a list of topics ("View all
crime areas"), and a broadcaster's navigation by its own name ("X Home", "Explore the X"
for a news outlet X)."""

from __future__ import annotations

import re

from mhbrief.importer.outlets import is_outlet

_LABEL = r"(?:(?:Press|News|Media)(?:\s+[Rr]eleases?)?|Nieuws|Persberichten?)"
#: Press labels joined by slashes: "Press Release/News", "News/Press release".
_JOINED_LABELS = re.compile(rf"{_LABEL}(?:\s*/\s*{_LABEL}){{1,3}}", re.IGNORECASE)
#: "This News/Press release is about Trafficking": a tag line, with no sentence's end.
_ABOUT = re.compile(
    rf"(?:This|Dit)\s+(?:{_LABEL}(?:\s*/\s*{_LABEL})*|article|page|item|artikel|bericht)"
    r"\s+(?:is\s+about|gaat\s+over)\s+[^.!?“”\"]{2,80}",
    re.IGNORECASE,
)
#: A link to a list: "View all crime areas", "Bekijk alle nieuwsberichten".
_VIEW_ALL = re.compile(r"(?:View|See|Show|Bekijk|Toon)\s+(?:all|alle)(?:\s+[\w-]+){1,4}")
#: A site's archive label over an old story: "Archief", "• Archief Harbour Media",
#: "Nieuwsarchief", "From the archive", "Uit het archief": the section, never a headline.
_ARCHIVE = re.compile(
    r"(?:[•·▪]\s*)?(?:(?:Nieuws)?[Aa]rchief|(?:News\s+)?[Aa]rchives?|(?:Uit\s+het|From\s+the|"
    r"From\s+our)\s+[Aa]rchi(?:ef|ves?))(?:\s+[A-Z][\w&'’.-]*){0,4}"
)
#: A broadcaster's navigation by its name: "X Home", "Explore the X".
_NAVIGATION = re.compile(r"(?P<a>.{2,30}?)\s+Home|Explore\s+(?:the\s+)?(?P<b>.{2,30})")


def is_page_label(line: str) -> bool:
    """A line of the page's labels or navigation, as described above."""
    stripped = line.strip()
    if len(stripped) > 120:
        return False
    if any(p.fullmatch(stripped) for p in (_JOINED_LABELS, _ABOUT, _VIEW_ALL, _ARCHIVE)):
        return True
    nav = _NAVIGATION.fullmatch(stripped)
    return nav is not None and is_outlet(nav["a"] or nav["b"])
