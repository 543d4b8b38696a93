"""The statement's own web address (``url``): where it was published, never a link it makes.

A pasted statement holds addresses of many kinds: a "Lees ook"/"Read more" link, the
organisation's website under "Meer informatie", a report or plan it refers to ("te lezen
op https://…/plan.pdf"), a donation page. Shown as the briefing's ``source:`` and copied
into every citation, any of those would send a reader minutes before a call to another
statement (a 2018 release under a 2026 quote). So an address is taken only where the text
itself says it is the statement's:

- a line that labels it as the source ("Bron: …", "Source: …", "Origineel: …", "URL: …",
  "Gepubliceerd op: …", "Published at: …"), anywhere;
- a line that is nothing but an address among the first lines, as a reader pastes the
  address bar above the text.

Any other address is left out of the draft and named in a note, so the user who knows it
is the statement's own can write it in. A page imported by its address keeps that address
(:func:`mhbrief.importer.web_source.with_page`).
"""

from __future__ import annotations

import re

#: An address as the importer reads one: ``http(s)://`` and a host with a dot.
ADDRESS = re.compile(r"https?://[^\s/$.?#][^\s]*\.[^\s]+")
#: Where a bare address line counts as the pasted address bar: the first lines with text.
TOP_LINES = 3
#: Addresses a note names (a long paste holds hundreds).
NAMED = 3
#: Characters around an address that belong to the sentence, not to it.
_TRAILING = ".,;:)»”’\"'>]"
_LABEL = re.compile(
    r"(?i)^[\s(\[]*(?:bron|source|origineel|original|url|link naar (?:het )?origineel|"
    r"gepubliceerd op|oorspronkelijk gepubliceerd op|published (?:on|at)|originally "
    r"published (?:on|at))\s*[:：]?\s*[<(\[]?(?P<address>https?://\S+?)[>)\].,;]*\s*$"
)
_BARE = re.compile(r"^[\s<(\[]*(?P<address>https?://\S+?)[>)\].,;]*\s*$")


def own_address(text: str) -> tuple[str | None, list[str]]:
    """The statement's own address, or None; and the other addresses it holds (at most
    :data:`NAMED`, in order, each once) for a note."""
    lines = [line for line in text.splitlines() if line.strip()]
    found: str | None = None
    for number, line in enumerate(lines):
        if len(line) > 2000:  # a paragraph, not an address line: bounded work
            continue
        labelled = _LABEL.match(line)
        bare = _BARE.match(line) if number < TOP_LINES else None
        match = labelled or bare
        if match and ADDRESS.fullmatch(match["address"].rstrip(_TRAILING)):
            found = match["address"].rstrip(_TRAILING)
            break
    others: list[str] = []
    for match in ADDRESS.finditer(text):
        address = match[0].rstrip(_TRAILING)
        if address != found and address not in others:
            others.append(address)
            if len(others) == NAMED:
                break
    return found, others


def address_note(others: list[str]) -> str:
    """What the draft's comments say of the addresses not taken as its ``url``."""
    named = ", ".join(others)
    several = len(others) > 1
    return (
        f"url left out: the text's web address{'es' if several else ''} ({named}) "
        f"link{'' if several else 's'} elsewhere (read more, a website, a document); if "
        f"{'one is' if several else 'it is'} where this statement was published, "
        'add url = "…"'
    )
