"""A picture's credit that names its free licence: "Harbour at night by Ann Lee (CC BY
2.0)", "Foto: Jan Smit, CC BY-SA 4.0", "Red door by X (CC0 1.0)." A Creative Commons
licence's code closes no sentence of a story; a line that ends in one, short as a
caption, is the picture's credit (or its caption with the credit)."""

from __future__ import annotations

import re

#: A Creative Commons licence at the line's end, bracketed or after a comma or a bar:
#: "(CC0 1.0)", ", CC BY-SA 4.0", "| CC BY 2.0".
_LICENCE_END = re.compile(
    r"(?:\(\s*|[,|/–-]\s*|\s)(?:CC0|CC[ -](?:BY|PDM|Zero)(?:[ -](?:SA|NC|ND)){0,2})"
    r"(?:\s+\d\.\d)?(?:\s+[A-Z]{2,5})?\s*\)?\.?$"
)
#: A picture's credit with its licence is at most this many words.
_CREDIT_WORDS = 25


def licence_credit(line: str) -> bool:
    """A short line ending in a picture's free licence: "X by Ann Lee (CC BY 2.0)"."""
    text = line.strip()
    return len(text.split()) <= _CREDIT_WORDS and _LICENCE_END.search(text) is not None
