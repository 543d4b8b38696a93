"""A headline printed over two lines: the first ends in a colon ("Zorgen bij de
inspectie:") and the line under it, short and with no sentence's end, says the rest
("Veel meldingen blijven liggen"). Both are the headline, joined by a space."""

from __future__ import annotations

from mhbrief.importer.site_lines import is_headline

#: The most words the second line of a headline has; a longer one is the standfirst.
_PART_WORDS = 14


def joined_headline(title: str | None, lines: list[str | None]) -> str | None:
    """``title`` with its second line when it ends in a colon and the first line the
    body keeps is the rest of it (that line is taken out of ``lines``)."""
    if not title or not title.endswith(":"):
        return title
    for number, line in enumerate(lines):
        if line is None:
            continue
        rest = line.strip()
        if (
            rest
            and len(rest.split()) <= _PART_WORDS
            and not rest.endswith((".", "!", "?", ":", ";", ","))
            and rest[:1].isupper()
            and is_headline(rest)
        ):
            lines[number] = None
            return f"{title} {rest}"
        return title
    return title
