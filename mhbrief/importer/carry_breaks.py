"""A quote that took the speaker of the quote before it in its paragraph gives it back
when, between the two, a body or several people become the subject ("Dekker stelt voor
‘…’. Havenbedrijf en OM zeggen … mee te willen denken, ‘…’") or someone unnamed says
something ("…, zegt de gemeente"): the later words may be theirs, so the speaker is left
open, with both as a maybe.
"""

from __future__ import annotations

from collections.abc import Sequence

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.sole_speaker import named_body_acts, someone_else_says

#: The note the walk leaves on a quote given the speaker of the one before it.
_CARRIED = "speaker carried over from the quote before it in the same paragraph"
#: Quote marks left at the ends of the words between two quotes.
_MARKS = "“”„\"‘’' "


def break_carries(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Leave open the speaker carried to a quote past someone else acting (see above)."""
    for number in range(1, min(len(found.quotes), len(found.paragraph_of))):
        entry, previous = found.quotes[number], found.quotes[number - 1]
        ident, name = entry.get("id"), str(entry.get("speaker", ""))
        if f"{ident}: {_CARRIED}" not in found.notes or name == PLACEHOLDER_SPEAKER:
            continue
        text = paragraphs[found.paragraph_of[number]].text
        before = text.find(str(previous.get("text", ""))[:60])
        at = text.find(str(entry.get("text", ""))[:60], before + 1)
        if before < 0 or at <= before:
            continue
        between = text[before + len(str(previous.get("text", ""))) : at].strip(_MARKS)
        role = entry.get("role")
        role = role if isinstance(role, str) else None
        body = named_body_acts(between, name, role)
        if body is None and not someone_else_says(between, f"{role or ''} {name}"):  # De Boer
            continue
        entry["speaker"] = PLACEHOLDER_SPEAKER
        entry.pop("role", None)
        found.notes.remove(f"{ident}: {_CARRIED}")
        found.notes.append(
            f"{ident}: maybe: {name} or {body or 'who says so between'} (someone else acts"
            " between this quote and the one before it)"
        )
