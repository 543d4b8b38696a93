"""News outlets by their usual names (mhbrief.importer.outlets)."""

from __future__ import annotations

from mhbrief.importer.outlets import is_outlet


def test_an_outlet_written_with_a_hyphen_for_its_space() -> None:
    assert is_outlet("NH Nieuws")
    assert is_outlet("NH-Nieuws")
    assert is_outlet("RTV-Noord")
    assert not is_outlet("Stichting Noord")
