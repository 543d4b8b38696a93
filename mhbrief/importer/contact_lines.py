"""Lines of a media-contact block and "read" links run into their title: page furniture.

"Contact: Ann Lee," opens a release with who to call; the lines under it ("Harbour Trust,")
give her organisation and address, each ending in a comma as an address does. "Read:Title
of another story" is a link to another page, its label glued to its title when copied.
"""

from __future__ import annotations

import re

#: "Contact: Ann Lee,", "Media contact: Jan de Vries", "Perscontact: Piet Bos,".
_CONTACT_OPENER = re.compile(
    r"^(?i:(?:media\s+|press\s+)?contacts?|perscontact|contactpersoon)\s*:\s*"
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:van|de|der|den|ter)\s+)*[A-Z][\w'’.-]+){1,3}\s*,?$"
)
#: A name alone that ends in a comma, as an address block's line does: "Harbour Trust,".
_ADDRESS_NAME = re.compile(
    r"^[A-Z][\w&'’.-]+(?:\s+(?:(?:of|for|the|and|van|voor|de|het|en)\s+)?[A-Z][\w&'’.-]+){0,5}\s*,$"
)
#: A letter's greeting ends in a comma too, and is no address: "Dear Minister,".
_GREETINGS = frozenset(["dear", "beste", "geachte", "hi", "hello", "hallo", "beloved"])
#: A link to another story, its label run into its title: "Read:Council Opens New Park".
_READ_LINK = re.compile(
    r"^(?i:read|also\s+read|read\s+also|read\s+more|lees|lees\s+ook|lees\s+meer|see\s+also|"
    r"zie\s+ook)\s*:\s*(?P<title>[A-Z0-9‘“\"'][^\n]{5,150})$"
)
#: A sentence end inside the title: more than one sentence is a paragraph, no link.
_INNER_END = re.compile(r"[.!?]\s+[A-Z]")


#: A help line's lead-in, its number on the next line: "Voor hulp en advies belt u:",
#: "For advice, call us on:", "In geval van nood:", "In an emergency:". Short, with no
#: sentence before the colon, and the call for help, advice or information.
_HELP_LEAD = re.compile(
    r"^(?:(?=[^:]*\b(?i:hulp|advies|informatie|info|vragen|help|advice|information|support)\b)"
    r"[^.!?:;“”„\"]{0,80}\b(?i:bel|belt\s+u|call|phone|ring)(?:\s+(?i:us|ons))?(?:\s+(?i:on|op))?"
    r"|(?i:in\s+(?:geval\s+van\s+nood|noodgevallen|een\s+noodgeval|an\s+emergency|"
    r"case\s+of\s+(?:an\s+)?emergency)|bij\s+(?:nood|spoed)))\s*:$"
)


def contact_line(line: str) -> bool:
    """ "Contact: Ann Lee," or an address block's name line "Harbour Trust,", or a help
    line's lead-in ("Voor hulp en advies belt u:")."""
    if _CONTACT_OPENER.match(line) or _HELP_LEAD.match(line.strip()):
        return True
    return _ADDRESS_NAME.match(line) is not None and line.split()[0].lower() not in _GREETINGS


def read_link(line: str) -> bool:
    """ "Read:Council Opens New Park": a link to another story, one title long."""
    match = _READ_LINK.match(line)
    return match is not None and _INNER_END.search(match["title"]) is None
