"""The site's chrome: a byline whose name was lost, with the date after it."""

from __future__ import annotations

import datetime

from mhbrief.importer.site_chrome import byline_date, is_site_chrome


def test_a_written_by_line_without_a_name_is_chrome_with_a_date() -> None:
    line = "Written by on 14th March 2019"
    assert is_site_chrome(line)
    assert byline_date(line) == datetime.date(2019, 3, 14)


def test_a_sentence_with_by_and_on_stays() -> None:
    assert not is_site_chrome("The law was passed by the council on Monday after a long debate.")
