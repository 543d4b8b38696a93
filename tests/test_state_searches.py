"""Saved searches renamed in their place; a name in use is never taken over."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief.state import StateError, StateStore


def test_a_saved_search_is_renamed_in_its_place_and_never_over_another(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "briefings", tmp_path / "state")
    store.save_search("rtl", "geld")
    store.save_search("nos", "klant")
    store.save_search("bnr", "zorg")
    store.rename_search("nos", "NOS Journaal")
    assert list(StateStore(store.briefings, store.folder).saved_searches().items()) == [
        ("rtl", "geld"),
        ("NOS Journaal", "klant"),
        ("bnr", "zorg"),
    ]
    with pytest.raises(StateError, match="already called 'rtl'"):
        store.rename_search("bnr", "rtl")
    with pytest.raises(StateError, match="no saved search 'weg'"):
        store.rename_search("weg", "x")
    assert store.saved_searches()["rtl"] == "geld"
