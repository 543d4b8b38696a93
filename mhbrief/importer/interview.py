"""Interviews: questions without quotation marks, each followed by ``Name: “answer”``.

The questions are neither quotes nor points; each becomes the ``context`` of the
answers under it. A text is an interview when at least two questions are
answered this way.
"""

from __future__ import annotations

import re

from mhbrief.importer.paragraphs import Paragraph, is_answer

_QUOTE_MARK = re.compile(r"[“”„«»‘]|,,|(?<!\w)[\"']")
_MAX_QUESTION_WORDS = 60


def is_question(text: str) -> bool:
    """A paragraph that asks, without quotation marks: the interviewer's words."""
    return (
        text.rstrip().endswith("?")
        and len(text.split()) <= _MAX_QUESTION_WORDS
        and _QUOTE_MARK.search(text) is None
    )


def questions(paragraphs: list[Paragraph]) -> frozenset[int]:
    """The indexes of the questions, when the text is an interview; else none."""
    asked = frozenset(
        index
        for index, paragraph in enumerate(paragraphs[:-1])
        if is_question(paragraph.text) and is_answer(paragraphs[index + 1].text)
    )
    return asked if len(asked) >= 2 else frozenset()
