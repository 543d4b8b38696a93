"""Lines to paragraphs, each under the subheading it stood under."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mhbrief.importer.roles import TITLE
from mhbrief.importer.words import SPACE


@dataclass
class Paragraph:
    text: str
    #: The subheading above it: the ``context`` of its quotes.
    context: str | None


# A quotation mark or a sentence break inside: the start of a hard-wrapped paragraph.
_NOT_IN_HEADING = re.compile(r"[‘“„\"«]|[.!?:;]\s")


_OPENING = "“„\"«‘'"
#: An interview answer given by name: "Jansen: “…", "Dr. Priya Raman: "…", "Piet Jansen: ,,…".
_ANSWER = re.compile(
    rf"^(?:(?i:{TITLE})\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,4}}:\s*(?:[{_OPENING}]|,,)"
)


def is_answer(text: str) -> bool:
    """A line that opens with a name, a colon and a quotation mark: an answer by name."""
    return _ANSWER.match(text) is not None


#: A subheading that is all in quotation marks, with no sentence end inside:
#: "'Verandert mee met de tijd'" above a paragraph.
_QUOTED_HEADING = re.compile(r"^[‘'“\"„](?P<inner>[^‘’'“”\"„.!?…:;]{3,70})[’'”\"]$")


def is_heading_like(line: str) -> bool:
    """A short line without a final full stop: a subheading, if a paragraph follows."""
    quoted = _QUOTED_HEADING.match(line)
    if quoted and len(quoted["inner"].split()) <= 8 and quoted["inner"][:1].isupper():
        return True
    return (
        len(line) <= 80
        and len(line.split()) <= 10
        and line[-1] not in ".,;:!?…’”\"'"
        and (line[0].isupper() or line[0].isdigit())
        and line[0] not in "‘“„\"'«"
        and not _NOT_IN_HEADING.search(line)
    )


#: A picture's file name run into the text when copied: "JaneRoe_IMG3Jane Roe, CEO …".
_GLUED_FILE_NAME = re.compile(r"^[\w.-]{0,60}?_[\w.-]{0,60}?\d(?=[A-Z][a-z])")


_ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[´`](?=[^\W\d_])")


def clean_lines(text: str) -> list[str]:
    """The lines of ``text`` with no-break spaces and runs of white space made one space,
    and without a picture's file name run into their start."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    # an acute accent or a backtick for an apostrophe ("England´s", "Fund`s"), as copy
    # from some sites has it: a name's apostrophe (the verbatim check reads them alike)
    text = _ACCENT_APOSTROPHE.sub("’", text)
    return [_GLUED_FILE_NAME.sub("", SPACE.sub(" ", line).strip()) for line in text.split("\n")]


#: "Jane Roe, Director of X": a name, a comma and what the person is.
_NAME_AND_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*,\s*[^.!?;“”„\"]{2,80}$")


def _signs_quote(line: str, above: str) -> bool:
    """A name and a role right under a paragraph that ends a quotation: who said it
    (a paragraph of its own, which attribution reads), not a subheading."""
    return above.rstrip().endswith(("”", '"', "’", "»")) and _NAME_AND_ROLE.match(line) is not None


def paragraphs(lines: list[str | None]) -> list[Paragraph]:
    """Group lines (``None`` for blank lines) into paragraphs under their subheadings."""
    entries = [(i, line) for i, line in enumerate(lines) if line]
    found: list[Paragraph] = []
    context: str | None = None
    current: list[str] = []
    previous: int | None = None

    def flush() -> None:
        if current:
            found.append(Paragraph(" ".join(current), context))
            current.clear()

    for position, (index, line) in enumerate(entries):
        following = entries[position + 1][1] if position + 1 < len(entries) else None
        last = current[-1] if current else found[-1].text if found else ""
        if (
            is_heading_like(line)
            and not _signs_quote(line, last)
            and following is not None
            and not is_heading_like(following)
            and not following[0].islower()  # a wrapped line goes on in lowercase
        ):
            flush()
            context = line
            previous = None
            continue
        adjacent = previous is not None and previous == index - 1
        # An answer by name opens a paragraph, also right under its question.
        # a long line is a paragraph of its own, unless it stops mid-sentence and the
        # next goes on in lowercase ("… onderzoek gedaan naar" ¶ "de zorg voor …")
        wrapped = bool(current) and current[-1][-1:].isalpha() and line[:1].islower()
        if not adjacent or (current and len(current[-1]) > 100 and not wrapped) or is_answer(line):
            flush()
        current.append(line)
        previous = index
    flush()
    return found
