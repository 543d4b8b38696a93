"""Round 40, organisations: the body every quote's speaker is "van"/"of"; the body a
text's people work or volunteer for, or that its "more information about X" line
points to; a site's own name on its logo; a regional police force opening the news; a
force written before its officer's abbreviated rank. Short made-up texts of our own (no
text of an evaluation set), with cases where each rule must not fire."""

from __future__ import annotations

from .drafts import draft_data

_TODO = "TODO"


def _org(text: str) -> str:
    return str(draft_data(text)["organisation"])


def test_every_quote_of_one_speaker_of_a_body() -> None:
    org = _org(
        "Meer hulp voor slachtoffers\n\n"
        "Opvangcentra Havenhuis, Kade en Anker begeleidden vorig jaar 300 mensen.\n\n"
        "‘We zien elk jaar meer mensen binnenkomen’, zegt Mirjam Kolk van Havenhuis. "
        "‘Dat is zwaar voor ons team.’\n\n"
        "‘Er moet meer geld komen’, zegt Kolk.\n"
    )
    assert org == "Havenhuis"


def test_volunteers_of_one_body_named_twice() -> None:
    org = _org(
        "Hulp in de haven\n\n"
        "HAVENSTAD - Acht vrijwilligers van Open Kade willen vrouwen in de haven helpen. "
        "Het geld is nog een probleem.\n\n"
        "Ze is een van de acht die zich als vrijwilliger bij Open Kade hebben gemeld. "
        "‘Ik wil iets doen’, vertelt ze.\n"
    )
    assert org == "Open Kade"


def test_people_of_two_bodies_stay_todo() -> None:
    org = _org(
        "Hulp in de haven\n\n"
        "HAVENSTAD - Acht vrijwilligers van Open Kade en twee medewerkers van Stille Haven "
        "willen vrouwen helpen.\n\n"
        "Open Kade en Stille Haven werken al jaren samen. ‘Ik wil iets doen’, vertelt ze.\n"
    )
    assert org.startswith(_TODO)


def test_a_director_line_of_a_foundation() -> None:
    org = _org(
        "Mijn werk\n\nNaam: Ina Bos\nBeroep: Directeur Stichting Vrije Haven\n\n"
        "Wat doe je?\n\n‘Vrije Haven helpt vrouwen die uit de prostitutie willen. "
        "Dat is mooi werk.’\n"
    )
    assert org == "Vrije Haven"


def test_more_information_about_a_body() -> None:
    org = _org(
        "Caring for victims\n\n"
        "Several groups help victims in the city. One of them is Harbourlight, a network "
        "of churches.\n\n"
        "“Many arrive with nothing,” a volunteer said.\n\n"
        "For more information about Harbourlight, or to offer support, visit\n"
    )
    assert org == "Harbourlight"


def test_a_body_named_once_is_not_taken() -> None:
    org = _org(
        "Caring for victims\n\n"
        "Several groups help victims in the city.\n\n"
        "“Many arrive with nothing,” a volunteer said.\n\n"
        "For more information about Harbourlight, or to offer support, visit\n"
    )
    assert org.startswith(_TODO)


def test_a_sites_logo_names_its_own_news() -> None:
    org = _org(
        "Open Kade logo\nZoeken\n\nNieuwe opvang\n\n"
        "Open Kade gaat zich meer richten op opvang van slachtoffers. Daarom opent Open Kade "
        "een huis in de haven.\n"
    )
    assert org == "Open Kade"


def test_a_logo_whose_name_the_text_never_uses() -> None:
    org = _org(
        "Open Kade logo\n\nNieuwe opvang\n\n"
        "Een nieuwe stichting gaat zich meer richten op opvang van slachtoffers.\n"
    )
    assert org.startswith(_TODO)


def test_a_regional_police_force_opens_the_news() -> None:
    org = _org(
        "Veel vermissingen\n\n"
        "HAVENSTAD – De Havenstadse politie krijgt elk jaar honderden meldingen van "
        "vermissingen.\n\nMeestal komt de vermiste binnen een dag terug.\n"
    )
    assert org == "Havenstadse politie"


def test_a_force_before_an_abbreviated_rank() -> None:
    org = _org(
        "Ring broken up\n\n"
        "Harbour County Police Insp. Ann Lee told reporters that eight men were arrested.\n\n"
        "“We found a large network,” said Lee.\n"
    )
    assert org == "Harbour County Police"


def test_a_logo_over_a_news_site_story_about_a_charity() -> None:
    org = _org(
        "Harbour Daily logo\n\nCharity opens shelter\n\n"
        "The Harbour Trust opened a shelter on Monday.\n\n"
        "“We can house twelve people,” said Ann Lee, director of the Harbour Trust.\n"
    )
    assert org == "Harbour Trust"


def test_a_former_chair_does_not_speak_for_the_body() -> None:
    org = _org(
        "Children found at station\n\n"
        "Twelve children were found at the station on Thursday.\n\n"
        "“They were travelling alone,” said Ann Lee, former chairperson of the Harbour "
        "Welfare Board.\n"
    )
    assert org.startswith(_TODO)


def test_a_serving_chair_speaks_for_the_body() -> None:
    org = _org(
        "Children found at station\n\n"
        "Police found twelve children at the station on Thursday.\n\n"
        "“They were travelling alone,” said Ann Lee, chairperson of the Harbour "
        "Welfare Board.\n"
    )
    assert org == "Harbour Welfare Board"


def test_a_long_text_of_many_bodies_looks_at_a_bounded_number_of_names() -> None:
    """Telling a person's name costs a compiled pattern: a text naming a thousand bodies
    looks at no more than a few dozen, and still lists several as a maybe."""
    from mhbrief.importer.people_of import people_candidates

    names = [f"Stichting Haven{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}x" for n in range(1000)]
    text = " ".join(
        f"De directeur van {name} en de directeur van {name} spraken." for name in names
    )
    asked: list[str] = []

    def is_person(name: str) -> bool:
        asked.append(name)
        return False

    found = people_candidates(text, is_person)
    assert 1 < len(found) <= 4
    assert len(asked) <= 64
