"""Every source costs bounded time: no pattern of the importer is quadratic in the text."""

from __future__ import annotations

import time

import pytest

from mhbrief.importer import import_source

SIZE = 300_000


@pytest.mark.parametrize(
    "unit",
    [
        "Anna Bea Cees Dirk ",  # one endless name-like run, no abbreviation after it
        "directeur Anna Bea, woordvoerder van Stichting Cees Dirk, zegt dat ",
        "“Dit is een citaat van vier woorden,” zegt Anna de Vries. ",
        "Stichting Een Twee (ET) ",
    ],
)
def test_a_large_hostile_source_is_drafted_in_seconds(unit: str) -> None:
    text = "Kop\n\n" + unit * (SIZE // len(unit))
    started = time.monotonic()
    draft = import_source(text)
    elapsed = time.monotonic() - started
    assert draft.data["title"] == "Kop"
    # About a second on a quiet machine; the quadratic versions took minutes.
    assert elapsed < 20, f"{elapsed:.1f}s for {len(text)} characters"
