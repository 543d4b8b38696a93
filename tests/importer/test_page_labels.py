"""Page labels: a site's archive label is no headline."""

from __future__ import annotations

import pytest

from mhbrief.importer import import_source
from mhbrief.importer.page_labels import is_page_label


@pytest.mark.parametrize(
    "line", ["• Archief Stadsblad Media", "Nieuwsarchief", "From the archive", "Archief"]
)
def test_an_archive_label_is_a_page_label(line: str) -> None:
    assert is_page_label(line)


def test_an_archive_label_is_not_taken_as_the_headline() -> None:
    text = (
        "• Archief Stadsblad Media\n\n"
        "Meer geld voor de buurthuizen in het centrum\n\n"
        "De gemeenteraad heeft dinsdag besloten de buurthuizen in het centrum meer geld te "
        "geven. Het gaat om een bedrag van twee ton per jaar.\n"
    )
    assert import_source(text).data["title"] == "Meer geld voor de buurthuizen in het centrum"


def test_a_sentence_about_an_archive_stays() -> None:
    assert not is_page_label("Archief van de gemeente gaat dicht.")
