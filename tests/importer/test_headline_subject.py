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


SPEAKS = """Ont. HPU say harbour case is no exception

One of the province's senior HPU officers says the case is sadly not unusual.

“We see this kind of case more often than people think,” Insp. Rowan Pike told Lakeside News.

The HPU charged two men on Monday. Lakeside News confirmed the charges with the court.
"""

PERSON_SPEAKS = """Harlow says harbour case is no exception

“We see this kind of case more often than people think,” Dana Harlow said on Monday.

Harlow, who leads a shelter, said Harlow had seen it before.
"""


def test_a_body_a_headline_has_speak_is_the_organisation() -> None:
    assert draft_data(SPEAKS)["organisation"] == "HPU"


def test_a_person_a_headline_has_speak_is_no_organisation() -> None:
    assert draft_data(PERSON_SPEAKS)["organisation"] != "Harlow"
