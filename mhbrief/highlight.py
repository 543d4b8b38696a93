"""The engine's word marking as the front ends may use it: matched words and fragments.

The marking itself lives in :mod:`mhbrief.engine.highlight`, beside the analysis it
shares with the index (a word found through its stem is marked too); the front ends
import it from here, so they never import the engine.
"""

from __future__ import annotations

from mhbrief.engine.highlight import (
    FRAGMENT_CHARS,
    OWN_TEXT_CHARS,
    attributed,
    fragments,
    highlight_text,
    own_text,
    word_end,
    word_start,
)

__all__ = [
    "FRAGMENT_CHARS",
    "OWN_TEXT_CHARS",
    "attributed",
    "fragments",
    "highlight_text",
    "own_text",
    "word_end",
    "word_start",
]
