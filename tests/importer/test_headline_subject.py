"""The body a release's headline opens with, named twice more under it, is the sender;
a place that opens a headline is not (made-up texts)."""

from __future__ import annotations

from .drafts import draft_data

RELEASE = """Havenlicht heeft in 2022 ruim 90 slachtoffers van uitbuiting begeleid

12/03/2023 - Vandaag maakt het opvangcentrum voor slachtoffers van uitbuiting, Havenlicht, \
zijn cijfers van vorig jaar bekend.

In 2022 werden door Havenlicht ruim 90 mensen begeleid, van wie er 30 in de opvang woonden.

Naast de cijfers wil Havenlicht ook wijzen op de lange wachttijden bij de hulpverlening.
"""

PLACE = """Norland heeft in 2022 ruim 90 slachtoffers van uitbuiting geteld

Het ministerie telde vorig jaar meer slachtoffers dan ooit. Norland staat daarmee hoog op \
de lijst van landen met veel meldingen.

In Norland werden vooral mannen in de bouw uitgebuit. Ook Norland zelf vraagt om hulp.
"""


def test_the_body_a_releases_headline_opens_with_is_the_organisation() -> None:
    assert draft_data(RELEASE)["organisation"] == "Havenlicht"


def test_a_place_that_opens_a_headline_is_no_organisation() -> None:
    assert draft_data(PLACE)["organisation"] != "Norland"
