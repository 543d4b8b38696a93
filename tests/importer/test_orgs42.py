"""Tune round 42: the organisation of the quoted people when the role adds the town of a
one-word body ("director of Brightpath in Fort Mill") and when the text says where the
quoted person works ("Veldhuis, de instantie waar Bos coördinator is"); in short
made-up texts of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_a_town_of_several_words_after_the_body_is_not_part_of_its_name() -> None:
    text = (
        "Shelter adds beds\n\n"
        "“Families wait far too long for a safe room,” said Ada Brent, executive director "
        "of Brightpath in Fort Mill.\n"
    )
    assert draft_data(text)["organisation"] == "Brightpath"


def test_a_body_whose_name_holds_in_keeps_it() -> None:
    text = (
        "Shelter adds beds\n\n"
        "“Families wait far too long for a safe room,” said Ada Brent, executive director "
        "of Mothers in Need Foundation.\n"
    )
    assert draft_data(text)["organisation"] == "Mothers in Need Foundation"


def test_the_body_the_text_says_the_speaker_works_at_is_the_organisation() -> None:
    text = (
        "Hulp dichtbij huis\n\n"
        "Volgens Sanne Bos, coördinator voor slachtoffers in de regio, is er veel te doen. "
        "“We zien elke week nieuwe meldingen.”\n\n"
        "Op dit moment werkt Veldhuis-Zorg, de instantie waar Bos coördinator is, aan een "
        "nieuw plan.\n"
    )
    assert draft_data(text)["organisation"] == "Veldhuis-Zorg"


def test_a_body_described_with_someone_not_quoted_is_not_the_organisation() -> None:
    text = (
        "Hulp dichtbij huis\n\n"
        "Volgens Sanne Bos, coördinator voor slachtoffers in de regio, is er veel te doen. "
        "“We zien elke week nieuwe meldingen.”\n\n"
        "Op dit moment werkt Veldhuis-Zorg, de instantie waar Kees Smit directeur is, aan "
        "een nieuw plan.\n"
    )
    assert draft_data(text)["organisation"] != "Veldhuis-Zorg"
