"""Contact lines: a help line's lead-in over its phone number."""

from __future__ import annotations

import pytest

from mhbrief.importer.contact_lines import contact_line


@pytest.mark.parametrize(
    "line",
    [
        "Voor hulp en informatie belt u:",
        "For advice, call us on:",
        "In geval van nood:",
        "In an emergency:",
    ],
)
def test_a_help_lines_lead_in_is_a_contact_line(line: str) -> None:
    assert contact_line(line)


@pytest.mark.parametrize(
    "line", ["Hij belt u:", "She said she would call:", "Zij vertelt dat ze de politie belde:"]
)
def test_a_lead_in_to_someones_words_stays(line: str) -> None:
    assert not contact_line(line)
