"""Where a second clause joined by "en"/"and" begins: its verb.

"X is manager van de Y-projecten in Peru en deed onderzoek naar …": the role ends
before "en deed"; what follows is what the person did, not a part of the role.
"directeur en oprichter", "van X en Y" go on: no verb comes after "en" there.
"""

from __future__ import annotations

#: Finite verbs that open a second clause on the same subject (Dutch and English).
_VERBS = (
    "is|was|heeft|had|deed|doet|werkt|werkte|leidt|leidde|schreef|schrijft|onderzocht|"
    "onderzoekt|sprak|spreekt|ziet|zag|weet|wist|wil|wilde|kent|kende|houdt|hield|"
    "volgt|volgde|reist|reisde|woont|woonde|begon|begint|maakt|maakte|"
    "has|did|does|works|worked|leads|led|wrote|writes|spoke|speaks|sees|saw|knows|knew|"
    "wants|wanted|lives|lived|began|begins|makes|made|studied|studies|travelled|travels"
)
#: The lookahead that ends a role before "en deed …", "and has …".
AND_THEN_VERB = rf",?\s+(?:en|and)\s+(?:{_VERBS})\b"
