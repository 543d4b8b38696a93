"""Tune round 24: a site's safe-exit button and its "beta" notice, a meta strip with a
reading time, a helpline's number, a caption ending in "- Credit: …", a time stamp before
the date; each pattern in a short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data, kept_text


def test_a_quick_exit_button_and_a_beta_notice_are_left_out() -> None:
    text = (
        "Exit this website quickly Hide page\n\n"
        "This website is in beta. Your feedback helps us to improve it.\n\n"
        "Harbour shelter opens\n\n"
        "A new shelter for women opened in the harbour district.\n\n"
        "“Every woman here is safe,” said director Ann Lee.\n"
    )
    draft = draft_data(text)
    kept = kept_text(draft)
    assert "quickly" not in kept and "beta" not in kept
    assert draft["title"] == "Harbour shelter opens"
    assert draft["quotes"][0]["speaker"] == "Ann Lee"


def test_a_meta_strip_with_a_reading_time_is_left_out() -> None:
    text = (
        "Stichting opent nieuw opvanghuis\n\n"
        "Nieuws • Gisteren • leestijd 3 minuten • 42 keer bekeken • delen\n\n"
        "De stichting opent een nieuw huis voor slachtoffers.\n\n"
        "“Wij zijn er klaar voor”, zegt directeur Anna de Wit.\n"
    )
    draft = draft_data(text)
    assert "leestijd" not in kept_text(draft)
    assert draft["title"] == "Stichting opent nieuw opvanghuis"


def test_a_helpline_with_its_number_is_left_out() -> None:
    text = (
        "Charity helps more workers\n\n"
        "The charity helped more workers than ever last year.\n\n"
        "“The need keeps growing,” said director Ann Lee.\n\n"
        "The charity runs a free helpline on 0800 123 4567 for anyone worried about a worker.\n"
    )
    assert "0800" not in kept_text(draft_data(text))


def test_a_paragraph_about_a_hotline_without_a_number_stays() -> None:
    text = (
        "Raid after tip\n\n"
        "Police raided the farm after a neighbour called the national hotline last week.\n\n"
        "“We acted at once,” said inspector Ann Lee.\n"
    )
    assert "neighbour called the national hotline" in kept_text(draft_data(text))


def test_a_caption_ending_in_a_dash_and_its_credit_is_left_out() -> None:
    text = (
        "Inspectors visit farms\n\n"
        "Pictures from the inspection show the caravans the pickers lived in. - Credit: "
        "Harbour Police\n\n"
        "Inspectors visited four farms in the county last week.\n\n"
        "“We found workers who had not been paid,” said inspector Ann Lee.\n"
    )
    assert "caravans" not in kept_text(draft_data(text))


def test_a_time_before_a_numeric_date_is_the_date_line() -> None:
    text = (
        "Officers make arrests\n\n"
        "09:45 14/03/2021\n\n"
        "Officers made six arrests in the town this week.\n\n"
        "“This is a good result,” said inspector Ann Lee.\n"
    )
    assert str(draft_data(text)["published"]) == "2021-03-14"


def test_a_police_spokesman_speaks_for_the_force_not_its_partner() -> None:
    text = (
        "Farm workers found in caravans\n\n"
        "Working with the Fair Labour Agency (FLA), Harbourshire police said they checked "
        "three farms near the coast.\n\n"
        "A police spokesman said: “The workers had not been paid for weeks.”\n\n"
        "The spokesman added: “We thank the neighbour who told us.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"].lower() == "harbourshire police"
    assert all(q["speaker"].startswith("TODO") for q in draft["quotes"])


def test_a_possessive_word_stays_in_a_name_with_its_abbreviation() -> None:
    text = (
        "Fund calls for action\n\n"
        "The Harbour Workers’ Fund (HWF) has called on employers to check their suppliers.\n\n"
        "HWF director Ann Lee said: “No company can say it did not know.”\n"
    )
    draft = draft_data(text)
    assert draft["organisation"] == "Harbour Workers’ Fund"


def test_a_quoted_person_s_acronym_is_written_out_when_the_text_gives_it() -> None:
    text = (
        "Fund warns of child labour\n\n"
        "The Harbour Children’s Fund (HCF) warned that more children work in the fields.\n\n"
        "HCF Director Ann Lee noted that the numbers rise. “Children belong in school.”\n"
    )
    draft = draft_data(text)
    assert (draft["organisation"], draft["organisation_short"]) == (
        "Harbour Children’s Fund",
        "HCF",
    )


def test_a_sentence_opening_with_between_names_no_one() -> None:
    text = (
        "Charity helps more workers\n\n"
        "Ann Lee, director of the Harbour Trust, said the figures were rising.\n\n"
        "“We see more people every month,” she said.\n\n"
        "Between March and June some 300 workers asked the trust for help.\n\n"
        "“Many of them work in car washes,” she said.\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_an_outlet_and_date_ending_the_last_paragraph_give_the_date() -> None:
    text = (
        "Meer hulp voor slachtoffers\n\n"
        "De stichting helpt dit jaar meer slachtoffers dan ooit.\n\n"
        "“Wij zien elke maand meer mensen”, zegt directeur Anna de Wit.\n\n"
        "Het ministerie geeft de stichting volgend jaar meer geld. Trouw 14-03-15\n"
    )
    draft = draft_data(text)
    assert str(draft["published"]) == "2015-03-14"
    assert "Trouw 14-03-15" not in kept_text(draft)


def test_a_number_ending_a_paragraph_is_no_source_note() -> None:
    text = (
        "Meer hulp voor slachtoffers\n\n"
        "De stichting helpt dit jaar meer slachtoffers dan ooit.\n\n"
        "“Wij zien elke maand meer mensen”, zegt directeur Anna de Wit.\n\n"
        "Het nieuwe huis opent op 14-03-2015.\n"
    )
    assert "14-03-2015" in kept_text(draft_data(text))


def test_a_day_after_the_role_is_no_part_of_it() -> None:
    text = (
        "Meer slachtoffers dan gedacht\n\n"
        "Er zijn meer slachtoffers dan gedacht, zegt Anna de Wit, de directeur van Stichting "
        "Morgen maandag.\n\n"
        "„Wij zien lang niet iedereen”, benadrukt De Wit.\n"
    )
    quotes = draft_data(text)["quotes"]
    assert quotes[0]["speaker"] == "Anna de Wit"
    assert "maandag" not in quotes[0].get("role", "")
