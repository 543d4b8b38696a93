"""Round 42: a byline of a name with particles ("Anna van den Berg") and its date on one
line, and a date line that ends in its dateline's place in capitals. Made-up texts."""

from __future__ import annotations

from datetime import date

from mhbrief.importer.dateline import parse_date_line

from .drafts import draft_data, kept_text

_STORY = "De Havenstichting opende maandag een opvang voor slachtoffers van uitbuiting."


def test_a_byline_of_a_name_with_particles_and_its_date() -> None:
    assert parse_date_line("Anna van den Berg 4 maart 2022") == date(2022, 3, 4)
    assert parse_date_line("Piet ter Horst 12 mei 2020") == date(2020, 5, 12)
    assert parse_date_line("Anna van den Berg zei op 4 maart 2022 iets") is None
    data = draft_data(
        f"Nieuwe opvang in de haven\n\nAnna van den Berg 4 maart 2022\n\n{_STORY}\n\n"
        "Anna van den Berg schreef op 4 maart 2022 een brief aan de gemeente.\n"
    )
    assert data["published"] == date(2022, 3, 4)
    kept = kept_text(data)
    assert "Anna van den Berg 4 maart 2022" not in kept
    assert "schreef op 4 maart 2022 een brief" in kept


def test_a_date_line_that_ends_in_its_place() -> None:
    stamp = "May 3, 2021 10:15 am | Updated June 1, 2022 09:40 pm IST - HARBOUR CITY:"
    assert parse_date_line(stamp) == date(2021, 5, 3)
    assert parse_date_line("3 May 2021 - LONDON") == date(2021, 5, 3)
    assert parse_date_line("3 May 2021 - The council met in London") is None
