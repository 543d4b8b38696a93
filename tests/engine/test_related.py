"""Related items through the library: more-like-this, sections and themes as evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief.library import Library

FOLDER = Path(__file__).parents[1] / "fixtures" / "browse"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library(FOLDER, tmp_path_factory.mktemp("index"))
    lib.sync()
    return lib


def test_related_puts_other_organisations_first(library: Library) -> None:
    response = library.related("centrum-2018/gemeente")
    ids = [hit.id for hit in response.hits]
    assert ids[0] == "network-2024/opvang"
    assert "centrum-2023/opvang" in ids
    assert response.query == "centrum-2018/gemeente"
    assert response.suggestion is None
    assert all(hit.highlights == () for hit in response.hits)


def test_related_never_lists_items_of_the_same_briefing(library: Library) -> None:
    for item in library.collection.briefings["centrum-2018"].items:
        hits = library.related(item.global_id, limit=50).hits
        assert all(hit.briefing != "centrum-2018" for hit in hits)
        assert all(hit.kind.value in ("quote", "point") for hit in hits)


def test_related_finds_words_in_common_without_a_shared_theme(library: Library) -> None:
    # The point shares "klant", "minderjarigen", "buiten beeld", "online" with the quote.
    hits = library.related("centrum-2018/klant").hits
    assert hits[0].id == "network-2024/online"


def test_a_shared_section_is_evidence(library: Library) -> None:
    hits = library.related("centrum-2018/middelen").hits
    assert [hit.id for hit in hits][:1] == ["centrum-2023/opvang"]


def test_related_for_an_unknown_id_is_empty(library: Library) -> None:
    response = library.related("nope/nothing")
    assert (response.total, response.hits) == (0, ())


def test_limit_caps_the_list(library: Library) -> None:
    response = library.related("centrum-2018/gemeente", limit=1)
    assert len(response.hits) == 1
    assert response.total >= 2
