"""Page controls: print and back buttons copied with the story."""

from __future__ import annotations

import pytest

from mhbrief.importer.page_controls import control_label


@pytest.mark.parametrize("line", ["print terug", "Print | Back", "Afdrukken Terug naar overzicht"])
def test_print_and_back_buttons_are_controls(line: str) -> None:
    assert control_label(line)


@pytest.mark.parametrize("line", ["Terug", "Print", "Terug naar huis"])
def test_one_button_or_prose_is_no_control_line(line: str) -> None:
    assert not control_label(line)
