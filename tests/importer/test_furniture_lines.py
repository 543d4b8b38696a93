"""Furniture lines known by their shape: bylines with no writer's name among them."""

from __future__ import annotations

import pytest

from mhbrief.importer.furniture_lines import empty_byline


@pytest.mark.parametrize(
    "line",
    [
        "Van een onzer verslaggevers",
        "Door onze correspondent",
        "Van onze redacteur",
        "From our own correspondent",
        "By our staff reporter",
    ],
)
def test_a_byline_naming_only_one_of_our_reporters_is_furniture(line: str) -> None:
    assert empty_byline(line)


@pytest.mark.parametrize(
    "line",
    ["Van onze kant is er geen bezwaar.", "Door onze inzet zijn er minder slachtoffers"],
)
def test_a_sentence_opening_the_same_way_stays(line: str) -> None:
    assert not empty_byline(line)
