"""Carry-over: a later reference by role or pronoun to a person named before."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_the_role_and_organisation_in_another_order_mean_the_person_named() -> None:
    text = (
        "Zorgen over vergunningen\n\n"
        "‘Het aantal vergunningen daalt snel’, zegt VEILIG-voorzitter Roos Jansen.\n\n"
        "‘De overheid moet sekswerkers serieus nemen’, benadrukt de voorzitter van VEILIG.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Roos Jansen", "Roos Jansen"]


def test_a_pronoun_subject_of_a_lead_in_is_the_person_named_before() -> None:
    text = (
        "Sekswerkers willen af van het stigma\n\n"
        "Een gesprek met Tim Berk, oud-sekswerker en mede-oprichter van Vrij Werk. "
        "Hij wil af van het stigma: ‘Laat ons gewoon ons werk doen, zonder oordeel.’\n"
    )
    assert _speakers(text)[0][0] == "Tim Berk"


def test_a_caption_gives_the_role_a_quote_lacked() -> None:
    text = (
        "Onderzoek in de stad\n\n"
        "‘Wij hebben tweehonderd professionals ondervraagd’, zegt Sjors Bakker van het KCM.\n\n"
        "Tussenkop zonder punt\n\n"
        "Sjors Bakker, onderzoeker bij Kenniscentrum Mensenhandel\n"
    )
    draft = import_source(text)
    assert _speakers(text) == [("Sjors Bakker", "onderzoeker bij Kenniscentrum Mensenhandel")]
    assert "Sjors Bakker, onderzoeker bij Kenniscentrum Mensenhandel" in draft.dropped


def test_a_pronoun_means_whom_the_sentence_has_say_something() -> None:
    text = (
        "Children found\n\n"
        "Officers found four children on Friday, said police commander Ruth Okafor.\n\n"
        "According to Ruth Okafor, the children were handed to social worker Dan Eze "
        "in Lagos.\n\n"
        "The unit has traced many children this year, she said, adding, “We work closely "
        "with the shelters.”\n"
    )
    assert _speakers(text)[0][0] == "Ruth Okafor"


def test_a_pronoun_after_a_sentence_where_nobody_says_stays_open() -> None:
    text = (
        "Children found\n\n"
        "Officers found four children on Friday, said police commander Ruth Okafor.\n\n"
        "Ruth Okafor met Grace Bello, director of the shelter, in Lagos.\n\n"
        "The unit has traced many children this year, she said, adding, “We work closely "
        "with the shelters.”\n"
    )
    assert _speakers(text)[0][0] == PLACEHOLDER_SPEAKER


def test_two_who_say_in_the_sentence_leave_the_pronoun_open() -> None:
    text = (
        "Children found\n\n"
        "Officers found four children on Friday, said police commander Ruth Okafor.\n\n"
        "Ruth Okafor said that Dan Eze, director of Safe Home, told her they were fine.\n\n"
        "“We work closely with the shelters,” he said.\n"
    )
    assert _speakers(text)[0][0] == PLACEHOLDER_SPEAKER


def test_a_rank_in_short_gives_way_to_the_full_rank_and_post() -> None:
    from mhbrief.importer.carryover import better_role

    assert better_role("Det Supt", "Detective Superintendent, head of the vice unit")
    assert not better_role("Detective Superintendent, head of the vice unit", "Det Supt")
