"""Cleaning: boilerplate lines, date lines and datelines, the headline."""

from __future__ import annotations

from datetime import date

import pytest

from mhbrief.importer.boilerplate import is_boilerplate
from mhbrief.importer.dateline import parse_date_line, split_dateline
from mhbrief.importer.paragraphs import clean_lines
from mhbrief.importer.title import clean


def test_boilerplate_is_a_whole_short_line() -> None:
    assert is_boilerplate("Lees hier het volledige rapport")
    assert is_boilerplate("Facebook | Twitter | LinkedIn")
    assert is_boilerplate("Home › Nieuws › Persberichten")
    assert not is_boilerplate("Geef nu slachtoffers een stem")
    assert not is_boilerplate("Volg ons advies en lees de wet")


def test_date_lines_and_datelines() -> None:
    assert parse_date_line("Gepubliceerd op 13 november 2018") == date(2018, 11, 13)
    assert parse_date_line("13-11-2018") == date(2018, 11, 13)
    assert parse_date_line("Het plan van 13 november 2018 is zwak.") is None
    assert split_dateline("Den Haag, 4 maart 2021 – Het kabinet wil meer.") == (
        date(2021, 3, 4),
        "Het kabinet wil meer.",
    )


def test_clean_takes_headline_date_and_furniture_out() -> None:
    text = (
        "Deel dit artikel\nHet plan schiet tekort\n13 november 2018\n"
        "Het plan schiet tekort.\n\nDe tekst."
    )
    cleaned = clean(clean_lines(text))
    assert cleaned.title == "Het plan schiet tekort"
    assert cleaned.published == date(2018, 11, 13)
    assert cleaned.dropped == ["Deel dit artikel"]
    assert [line for line in cleaned.lines if line] == ["De tekst."]


def test_a_text_that_opens_with_prose_has_no_headline() -> None:
    prose = " ".join(["Het kabinet heeft vandaag een plan gepresenteerd dat volgens ons"] * 2) + "."
    cleaned = clean(clean_lines(prose))
    assert cleaned.title == ""
    assert cleaned.lines == [prose]


def test_a_section_label_a_second_date_and_picture_credits_are_not_the_statement() -> None:
    text = (
        "Binnenland\n\nPolitie rolt netwerk op in vier steden\n\n"
        "Gepubliceerd: 4 april 2024\nBijgewerkt: 5 april 2024, 10:12\nLeestijd 3 minuten\n\n"
        "Foto: ANP / Robin van Lonkhuijsen\n\nDe politie heeft negen mensen aangehouden."
    )
    cleaned = clean(clean_lines(text))
    assert (cleaned.title, cleaned.published) == (
        "Politie rolt netwerk op in vier steden",
        date(2024, 4, 4),
    )
    assert [line for line in cleaned.lines if line] == [
        "De politie heeft negen mensen aangehouden."
    ]
    assert cleaned.dropped == [
        "Bijgewerkt: 5 april 2024, 10:12",
        "Leestijd 3 minuten",
        "Foto: ANP / Robin van Lonkhuijsen",
    ]


def test_a_dateline_of_two_places_and_initials_before_a_date() -> None:
    assert split_dateline("GENEVA / NEW YORK, 12 June 2003 – The agency said today") == (
        date(2003, 6, 12),
        "The agency said today",
    )
    assert parse_date_line("TMP – 22/08/2018") == date(2018, 8, 22)


def test_where_the_text_comes_from_and_a_letterhead_are_left_out() -> None:
    text = (
        "Dit is een nieuwsbericht van\n"
        "Radio Noordkust\n\n"
        "Meer slachtoffers dan gedacht in de regio\n\n"
        "Het aantal slachtoffers is groter dan hulpverleners dachten.\n"
    )
    cleaned = clean(clean_lines(text))
    assert cleaned.title == "Meer slachtoffers dan gedacht in de regio"
    assert {"Dit is een nieuwsbericht van", "Radio Noordkust"} <= set(cleaned.dropped)
    letterhead = (
        "Press Release\n\n"
        "Office of the Anti-Slavery Council\n\n"
        "12, Long Harbour street, 0108 Tbilisi, Georgia\n"
        "Tel.: +995 32 291 38 70 / 71\n\n"
        "Council report calls for more help for victims\n\n"
        "The council published its report today.\n"
    )
    cleaned = clean(clean_lines(letterhead))
    assert cleaned.title == "Council report calls for more help for victims"
    assert "Office of the Anti-Slavery Council" in cleaned.dropped


def test_a_byline_with_a_class_year_and_a_site_section_over_the_date() -> None:
    cleaned = clean(
        clean_lines(
            "The Justice Blog\n\nThursday, 15 June 2017\n\n"
            "By Ann Lee, SC ’19, Staff Writer\n\nThe bill passed the senate today.\n"
        )
    )
    assert cleaned.published == date(2017, 6, 15)
    assert cleaned.byline == "By Ann Lee, SC ’19, Staff Writer"
    assert "The Justice Blog" not in " ".join(line or "" for line in cleaned.lines)


def test_a_headline_printed_twice_leaves_the_lines_above_it_out() -> None:
    text = (
        "Webmail\n\nKies je webmail\n\nOmdat wij ook webmail aanbieden, vragen we je voorkeur.\n\n"
        "Meldingen van slachtoffers nemen af\n\nMeldingen van slachtoffers nemen af\n\n"
        "DEN HAAG (ANP) - Het aantal meldingen daalt, zegt het centrum."
    )
    cleaned = clean(clean_lines(text))
    assert cleaned.title == "Meldingen van slachtoffers nemen af"
    assert "Kies je webmail" in cleaned.dropped
    assert [line for line in cleaned.lines if line] == [
        "Het aantal meldingen daalt, zegt het centrum."
    ]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Door ANP - 6-10-2016, 10:51 (Update 6-10-2016, 11:01)", date(2016, 10, 6)),
        (
            "Door de nieuwsredactie ∑ geplaatst: woensdag 15 februari 2017, 17:13 uur"
            " | update: 17:22 uur",
            date(2017, 2, 15),
        ),
        ("Source: Example News Service - Wed, 5 Dec 2012 16:35 GMT", date(2012, 12, 5)),
        ("do 12 mei 2022", date(2022, 5, 12)),
    ],
)
def test_bylines_and_sources_with_their_date_and_update(line: str, when: date) -> None:
    assert parse_date_line(line) == when


def test_a_slogan_a_tagline_and_a_kicker_over_the_headline_are_not_it() -> None:
    for top in (
        "The news is by your side.",
        "Inform - Connect - Empower",
        "Third Global Conference",
    ):
        headline = "Labour chief criticises slower efforts against child labour"
        text = f"{top}\n\n{headline}\n\nThe text goes on."
        assert clean(clean_lines(text)).title == (
            "Labour chief criticises slower efforts against child labour"
        ), top


def test_an_authors_name_over_the_date_and_an_outlet_under_the_headline_are_left_out() -> None:
    text = (
        "Seasonal workers at risk\n\nThomson Reuters Foundation\n\nAnn de Wit\n2 April 2024\n\n"
        "Workers pay high fees, a charity found."
    )
    cleaned = clean(clean_lines(text))
    assert cleaned.byline == "Ann de Wit"
    assert cleaned.published == date(2024, 4, 2)
    assert "Thomson Reuters Foundation" in cleaned.dropped
    assert [line for line in cleaned.lines if line] == ["Workers pay high fees, a charity found."]


def test_a_numeric_date_an_english_page_may_write_month_first_is_left_to_the_user() -> None:
    from mhbrief.importer import import_source

    body = "Migrant workers on seasonal visas are increasingly vulnerable, a charity has found."
    english = import_source(f"Seasonal workers exposed to exploitation\n\n4/2/2024\n\n{body}\n")
    assert str(english.data["published"]).startswith("TODO")
    assert any("'4/2/2024' may be 4 February or April 2" in note for note in english.warnings)
    dutch = import_source(
        "Seizoenswerkers uitgebuit\n\n4-2-2024\n\nArbeidsmigranten worden vaker uitgebuit, "
        "blijkt uit onderzoek van de stichting.\n"
    )
    assert dutch.data["published"] == date(2024, 2, 4)
    unambiguous = import_source(
        f"Seasonal workers exposed to exploitation\n\n14/2/2024\n\n{body}\n"
    )
    assert unambiguous.data["published"] == date(2024, 2, 14)


def test_a_menu_block_over_the_headline_is_not_the_title() -> None:
    text = (
        "Skip to content\nMain Menu\nNoord County Attorney\nSearch\nCounty Attorney\n"
        "Ann Lee\nOffice of the Noord County Attorney\nSecondary Navigation\n\n"
        "County Attorney Lee Joins Panel on Forced Labour\n\nThe panel met on Monday."
    )
    cleaned = clean(clean_lines(text))
    assert cleaned.title == "County Attorney Lee Joins Panel on Forced Labour"
    assert [line for line in cleaned.lines if line] == ["The panel met on Monday."]


def test_a_line_of_time_stamps_gives_the_date_and_is_left_out() -> None:
    text = "Nieuws3 mrt '21 09:20Aangepast op 3 mrt '21 14:36\n\nKop over de opvang\n\nTekst."
    cleaned = clean(clean_lines(text))
    assert cleaned.title == "Kop over de opvang"
    assert cleaned.published == date(2021, 3, 3)


def test_a_breadcrumb_with_chevrons_is_not_the_title() -> None:
    text = "News & Features » News and Features\n\nTown Gets Shelter for Victims\n\nText."
    assert clean(clean_lines(text)).title == "Town Gets Shelter for Victims"


def test_a_caption_as_the_last_line_is_left_out_and_a_closing_sentence_stays() -> None:
    body = "De opvang krijgt er tien plekken bij. Dat meldt de gemeente."
    caption = "De wethouder bezoekt de opvang om het tekort aan plekken te bespreken"
    other = "Jongeren kunnen er terecht vanaf maart, zegt de wethouder."
    cleaned = clean(clean_lines(f"Kop over de opvang\n\n{body}\n\n{other}\n\n{caption}"))
    assert caption in cleaned.dropped
    cleaned = clean(clean_lines(f"Kop over de opvang\n\n{body}\n\n{other}"))
    assert [line for line in cleaned.lines if line] == [body, other]
    signed = f"{caption}\n\nAnn de Vries, onderzoeker bij Stichting Noord"  # a pull quote
    cleaned = clean(clean_lines(f"Kop over de opvang\n\n{body}\n\n{other}\n\n{signed}"))
    assert caption not in cleaned.dropped
