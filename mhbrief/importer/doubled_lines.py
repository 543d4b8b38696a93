"""A line that is one text printed twice back to back: a picture's alt text and then its
caption, both copied ("Agents at the door Agents at the door"). Real prose never repeats
itself whole on one line, so the line is the picture's, not the story's; the first line
of the page (where its headline stands) is left to the headline rules."""

from __future__ import annotations

from mhbrief.importer.words import fold_text

#: Each copy has at least this many words (a name printed twice is a byline's business).
_MIN_WORDS = 4
#: ... and at most this many: a caption's length, not a paragraph's.
_MAX_WORDS = 40


def _halves_equal(line: str) -> bool:
    words = line.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= _MIN_WORDS:
        return fold_text(" ".join(words[:half])) == fold_text(" ".join(words[half:]))
    # glued: "Agents at the door.Agents at the door."
    middle = len(line) // 2
    return any(
        len(line[:cut].split()) >= _MIN_WORDS and line[:cut].strip() == line[cut:].strip()
        for cut in range(middle - 1, middle + 2)
    )


def printed_twice(line: str) -> bool:
    """``line`` is the same run of words (a caption's few) twice in a row."""
    return len(line.split()) <= 2 * _MAX_WORDS and _halves_equal(line.strip())


def doubled_lines(lines: list[str]) -> set[int]:
    """The lines printed twice, but the page's first line (its headline's place)."""
    content = [n for n, line in enumerate(lines) if line and line.strip()]
    return {n for n in content[1:] if printed_twice(lines[n] or "")}
