"""Round 40, page furniture by shape: an image's logo label, a site's label over the
body, an audio player's lines, a link's lead-in whose address was lost, a menu run
together, and a French date line. Short made-up texts of our own (no text of an
evaluation set), with cases where each rule must not fire."""

from __future__ import annotations

from datetime import date

from mhbrief.importer.dateline import parse_date_line
from mhbrief.importer.glued_menu import glued_menu, run_together_menu
from mhbrief.importer.widget_lines import (
    audio_player,
    body_label,
    image_label,
    link_lead_in,
    logo_name,
)

from .drafts import draft_data


def test_logo_labels() -> None:
    assert image_label("Logo")
    assert image_label("Harbour Trust logo")
    assert image_label("Logo Stichting Vrije Haven")
    assert logo_name("Stichting Vrije Haven logo") == "Stichting Vrije Haven"
    assert logo_name("Logo") is None
    assert logo_name("Ons logo") is None


def test_a_sentence_about_a_logo_is_kept() -> None:
    assert not image_label("The council unveiled a new logo.")
    assert not image_label("Het nieuwe logo van de stad is ontworpen door een scholier")


def test_body_label_and_audio_player() -> None:
    assert body_label("Article content")
    assert audio_player("Loading audio file, please wait.")
    assert audio_player("This audio file is brought to you by")
    assert audio_player(
        "As a member you can hear our stories on the train or at home. Subscribe Now"
    )
    assert not audio_player("The audio file was played in court on Monday.")
    assert not body_label("The article content was disputed by the minister.")


def test_link_lead_in_lost_its_address() -> None:
    assert link_lead_in("For more information about the shelter, visit")
    assert link_lead_in("More help can also be found at")
    assert link_lead_in("Meer informatie over de opvang vindt u op")
    assert not link_lead_in("For more information, the council said it would write to them.")
    assert not link_lead_in("The victims were found at")  # no word of a link's lead-in


def test_a_menu_run_together() -> None:
    assert run_together_menu("Word lidGeef een giftDoe mee aan de actieDeel dit")
    assert not run_together_menu("Deel via WhatsApp of LinkedIn")
    assert not run_together_menu("De politie deelde de beelden op YouTube en Facebook.")


def test_a_menu_item_repeated_alone_at_the_top() -> None:
    lines = ["Harbour Trust logo", "DonateJoin us", "Search", "Join us", "", "Main headline"]
    assert glued_menu(lines) == {1, 3}
    assert glued_menu(["Join us", "", "We asked readers to join us in the square."]) == set()


def test_french_date_line() -> None:
    stamp = "le dimanche 02 décembre 2018 13:30 Communiqués de presse"
    assert parse_date_line(stamp) == date(2018, 12, 2)
    assert parse_date_line("le 3 mai 2019") == date(2019, 5, 3)
    assert parse_date_line("3 May 2019 Police arrested five men") is None


def test_draft_leaves_the_widgets_out() -> None:
    data = draft_data(
        "Logo\n\nShelter opens its doors\n\nArticle content\n\n"
        "Loading audio file, please wait.\n\n"
        "The Harbour Trust opened a shelter for victims of labour exploitation on Monday.\n\n"
        "“We can house twelve people,” said Ann Lee, director of the Harbour Trust.\n\n"
        "For more information about the shelter, visit\n"
    )
    assert data["title"] == "Shelter opens its doors"
    values = str(data)
    for furniture in ("Article content", "Loading audio", "visit'"):
        assert furniture not in values


def test_draft_menu_is_no_title() -> None:
    data = draft_data(
        "Stichting Vrije Haven logo\nDoneerDoe mee\nZoeken\n\nDoe mee\n\n"
        "Word donateurWord vrijwilligerTeken de petitieGeef spullen\n\n"
        "Nieuwe opvang in de haven\n\n"
        "Stichting Vrije Haven opent een opvang voor slachtoffers van uitbuiting.\n"
    )
    assert data["title"] == "Nieuwe opvang in de haven"
    assert "Geef spullen" not in str(data)


def test_a_section_label_over_the_headline_is_no_title() -> None:
    data = draft_data(
        "Nieuws\n\nNieuwe opvang in de haven\n\n"
        "Stichting Vrije Haven opent een opvang voor slachtoffers van uitbuiting.\n"
    )
    assert data["title"] == "Nieuwe opvang in de haven"


def test_a_one_word_headline_over_prose_stays() -> None:
    data = draft_data(
        "Uitgebuit\n\nStichting Vrije Haven opent een opvang voor slachtoffers van uitbuiting.\n"
    )
    assert data["title"] == "Uitgebuit"
