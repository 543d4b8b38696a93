"""Tune round 32: page furniture known by its shape and place (an empty byline, a credit
in brackets, a question asking the reader for a gift, a bank line, a newsletter's tag
line, a press office's or a statement's label, widget labels run together, an alt text
over its caption, a caption under the page's labels, a section's name between
paragraphs); each in a short made-up text of our own (no text of an evaluation set),
with cases where the rule must not fire."""

from __future__ import annotations

from mhbrief.importer.quotes import is_left_open

_BODY = (
    "De stichting hielp vorig jaar ruim tweehonderd kinderen die werden uitgebuit in "
    "de landbouw en in de horeca van drie grote steden."
)
_BODY_EN = (
    "The trust helped more than two hundred workers last year who had been exploited on "
    "farms and in the kitchens of three large cities."
)


def test_a_paragraph_in_straight_single_marks_is_a_closed_quotation() -> None:
    # once furniture between two pull quotes goes, the first must not run on into the
    # second (and take the speaker named under it)
    closed = "'Het voelt hier bijna als mijn eigen huis'"
    assert not is_left_open(closed, 0, len(closed))
    still_open = "'Het voelt hier bijna als mijn eigen huis, en"
    assert is_left_open(still_open, 0, len(still_open))
