"""Accent folding, the one rule the search analysis and the importer share.

``financiële`` and ``financiele`` are the same text for both: the letters are
decomposed (NFKD) and their combining marks dropped. What each does around it
differs on purpose: :func:`mhbrief.engine.analysis.fold` folds one word for the index
(apostrophes unified, a final ``'s`` dropped, cached per word), while
:func:`mhbrief.importer.words.fold_text` folds whole lines and texts to compare
headlines and titles.
"""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``text`` without combining marks: ``coördinatie`` → ``coordinatie``."""
    decomposed = unicodedata.normalize("NFKD", text)
    # The marks among the text's distinct characters, dropped at C speed: a character at
    # a time in Python was a fifth of importing a long text.
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(marks) if marks else decomposed
