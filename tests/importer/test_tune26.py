"""Tune round 26: a low opening mark closed by a straight one, and more; each pattern in a
short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text


def test_a_low_mark_closed_by_a_straight_one_is_a_quote() -> None:
    text = (
        "Jongeren vaker benaderd\n\n"
        "Steeds meer scholieren krijgen berichten van onbekenden.\n\n"
        '„Ik dacht eerst dat hij gewoon aardig was. Later werd dat anders", vertelt Sanne die '
        "toen veertien was.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["text"].startswith("Ik dacht eerst dat hij gewoon aardig was")
    assert quote["speaker"] == "Sanne"


def test_a_long_headline_ending_in_a_quotation_is_the_title() -> None:
    headline = (
        "Waarom het zo moeilijk blijkt om jonge mensen uit de greep van uitbuiters in de regio "
        "te halen: 'Ze worden bij de bushalte al opgewacht door hun oude vrienden'"
    )
    text = (
        f"{headline}\n\n"
        "Hulpverleners in het noorden zien het probleem al jaren groeien.\n\n"
        "„Het houdt niet op bij de grens van de stad”, zegt teamleider Bas Kooi.\n"
    )
    draft = draft_data(text)
    assert draft["title"] == headline
    assert all(not q["text"].startswith("Ze worden bij") for q in draft["quotes"])


def test_a_caption_over_its_copy_with_a_capital_credit_is_left_out() -> None:
    caption = "Bas Kooi, teamleider van Jeugdzorg Oost, en coördinator Mia Smit."
    text = (
        "Jongeren uit handen van uitbuiters\n\n"
        "Hulpverleners in het oosten zien het probleem al jaren groeien.\n\n"
        f"{caption}\n\n"
        f"{caption} FOTO PIET BOS\n\n"
        "„Het houdt niet op bij de grens van de stad”, zegt Bas Kooi.\n"
    )
    assert caption not in kept_text(draft_data(text))


def test_a_campaign_name_set_off_by_commas_is_no_quote() -> None:
    text = (
        "Nieuwe aanpak in de stad\n\n"
        "De gemeente start een voorlichtings- en preventiecampagne, 'Kijk om je heen', op "
        "scholen en in buurthuizen. Stichting Noordlicht helpt mee.\n"
    )
    assert draft_data(text)["quotes"] == []


def test_a_second_headline_in_quotes_is_no_quote() -> None:
    text = (
        "Stichting Noordlicht start campagne\n\n"
        "‘Ouders zien de eerste signalen vaak als laatste’\n\n"
        "Stichting Noordlicht begint vandaag een campagne voor ouders in het hele land.\n\n"
        "„We willen dat iedereen weet waar hij op moet letten”, zegt directeur Eva Kok.\n"
    )
    draft = draft_data(text)
    assert [q["speaker"] for q in draft["quotes"]] == ["Eva Kok"]
    assert draft["quotes"][0]["id"] == "quote-1"
    assert "Ouders zien de eerste signalen" in kept_text(draft)


def test_a_member_of_a_board_in_dutch_is_a_role() -> None:
    text = (
        "Vakbond wil betere huisvesting\n\n"
        "Arbeidsmigranten wonen vaak slecht. ,,Er is nog te weinig veranderd”, zegt Karin Bos, "
        "lid van het dagelijks bestuur van de Bouwbond. ,,Dat moet snel anders.”\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Karin Bos"
    assert quote["role"] == "lid van het dagelijks bestuur van de Bouwbond"
