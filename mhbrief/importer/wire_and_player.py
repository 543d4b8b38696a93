"""Two lines of page furniture known by their shape:

- a wire's dateline alone on its line, the place in capitals and the wire in brackets
  ("HARBOUR CITY (PRWEB)"): the release's header, with no sentence after it;
- a video player's loading notice ("De video wordt geladen, een moment…", "The video is
  loading"): the text of a player the reader's selection took along.
"""

from __future__ import annotations

import re

from mhbrief.importer.dateline import AGENCIES

_WIRES = "|".join(
    [*AGENCIES, "PRWEB", "PRNewswire", "PR Newswire", "Business Wire", "GLOBE NEWSWIRE"]
)
_WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Z'’.-]{{1,30}}(?:[ ,/]+[A-Z][A-Z'’.-]{{1,30}}){{0,4}}\s*\((?i:{_WIRES})\)$"
)
_PLAYER_LOADING = re.compile(
    r"^(?:(?:de|het|the)\s+)?(?:video|player|speler)\s+(?:wordt\s+geladen|is\s+loading|laadt)"
    r"\b[^\n]{0,120}$",
    re.IGNORECASE,
)


def wire_dateline_alone(line: str) -> bool:
    """A wire's dateline with nothing after it: "HARBOUR CITY (PRWEB)"."""
    return _WIRE_DATELINE.match(line.strip()) is not None


def player_loading(line: str) -> bool:
    """A video player's loading notice."""
    return _PLAYER_LOADING.match(line.strip()) is not None
