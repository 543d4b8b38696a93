"""Page furniture of real copy (issue 22): each kind in a short made-up line of our own,
left out of the draft and listed in its notes; the statement's own sentences stay."""

from __future__ import annotations

import pytest

from mhbrief.importer import import_source
from mhbrief.importer.boilerplate import (
    is_boilerplate,
    is_caption,
    is_press_office,
    split_credit,
    split_trailing_link,
)

BODY = "De opvang in de stad krijgt er tien plekken bij voor jongeren die zijn uitgebuit."


def _texts(text: str) -> list[str]:
    draft = import_source(text)
    data = draft.data
    return [
        data["title"],
        draft.summary or "",
        *(p["text"] for p in data["points"]),
        *(q["text"] + " " + q.get("context", "") for q in data["quotes"]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reageer",
        "Reacties (12)",
        "Advertentie",
        "Advertisement",
        "12:34",
        "Bijgewerkt: 13:05",
        "Language English",
        "Loading",
        "Even geduld a.u.b. de pagina wordt geladen...",
        "Lees ook: Meer opvang in Zeeland",
        "Bekijk ook: de reportage over de kassen",
        "Deel dit artikel",
        "Media playback is unsupported on your device",
        "Image copyright Regional Police",
        "Image caption Six men were jailed for forced labour on a farm near the coast",
        "Media captionFarm workers tell of their ordeal",
        "Follow Radio Noord on Facebook, on Twitter, and sign up for local news",
        "Read the minister's full speech here.",
        "For more information, please visit www.example.org.",
        "Klik hier voor het volledige rapport.",
        "Ja, ik wil graag wekelijks de nieuwsbrief van Radio Noord ontvangen met het laatste "
        "nieuws en aanbiedingen van onze partners.",
        "Meld je aan om wekelijks onze nieuwsbrief te ontvangen. Je kan je altijd uitschrijven.",
        "Wij gebruiken cookies om je de beste ervaring te geven. Accepteer je cookies?",
        "More on this story",
        "Related Internet Links",
        "The Radio Noord site is not responsible for the content of external sites.",
        "Meer over dit onderwerp",
        "Artikel gaat verder onder de advertentie",
        "Click to share on Twitter (Opens in new window)",
        "Tagged forced labour, farms",
        "Leave a comment",
        "(Photo by Jane Roe/Getty Images)",
        "ANP / Robin Bos",
        # menus, comment forms, links to other stories, ad buttons (issue: page furniture)
        "Main Menu",
        "Secondary Navigation",
        "Search",
        "Geef een reactie",
        "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        "Your email address will not be published. Required fields are marked *",
        "Also Read: Farmer Fined Over Unpaid Harvest Workers",
        "Story continued below.",
        "Next Story",
        "Share it",
        "Hide Ad",
        "Google Noordnieuws News",
        "By",
        "|",
        "Connect on Linked in",
        "Watch more of our videos on Radio Noord Plus!",
        "Meer weten over de aanpak van uitbuiting? Kom 3 maart naar ons congres in Zwolle "
        "met sprekers van de inspectie en de gemeente.",
        "Our reporter Ann Lee has been investigating.",
        "Farm worker Ann Lee speaks at the summit 02:56",
        "Director Ann Lee spoke to the Courier about the new shelter. See the interview here.",
        # a share label over its buttons, a link behind a pointer
        "Deel dit bericht:",
        "Deel deze pagina:",
        ">> Read more local news",
        "» Lees ook: meer nieuws uit de regio",
    ],
)
def test_a_furniture_line_is_left_out(line: str) -> None:
    text = (
        f"Opvang voor jongeren breidt uit\n\n{BODY}\n\n{line}\n\n{BODY.replace('tien', 'vijf')}\n"
    )
    assert not any(line in kept for kept in _texts(text))


@pytest.mark.parametrize(
    "line",
    [
        "Gepubliceerd: 12 maart 2024, 14:05",
        "Laatste update: 12 maart 2024, 15:10",
        "Jan Smit 12-03-24, 14:05",
        "Door Anna Bos | 3 mei 2024",
        "Nieuwsbericht | 14-03-2024 | 10:30",
    ],
)
def test_a_date_line_with_a_time_or_an_author_gives_the_date(line: str) -> None:
    draft = import_source(f"Opvang voor jongeren breidt uit\n\n{line}\n\n{BODY}\n")
    assert draft.data["published"] != "TODO: publication date as YYYY-MM-DD, without quotes"
    assert not any(line in kept for kept in _texts(f"Kop over de opvang\n\n{line}\n\n{BODY}\n"))


def test_the_statements_own_sentences_stay() -> None:
    for line in (
        "Search teams found the workers in a shed at 04:30",
        "Director Ann Lee said the shelter is full. “We need help,” she said. See you there.",
        "Meer weten over hun rechten is voor arbeidsmigranten lastig, zegt de inspectie.",
        "Our reporter asked the minister about the shelter.",
        "Voor meer informatie over de opvang kunnen jongeren terecht bij het wijkteam.",
        "De organisatie wil dat werkgevers de nieuwsbrief van de inspectie beter lezen.",
        "Volg het geld, zegt de officier: daar begint elk onderzoek naar uitbuiting.",
    ):
        assert not is_boilerplate(line), line


def test_a_credit_run_into_the_text_is_taken_off() -> None:
    assert split_credit("Foto Jan Smit Econoom Piet Bos (1967) is hoogleraar in Utrecht.") == (
        "Foto Jan Smit",
        "Econoom Piet Bos (1967) is hoogleraar in Utrecht.",
    )
    assert split_credit("Beeld ANP / Kim Bos De rechter sprak de man vrij.") == (
        "Beeld ANP / Kim Bos",
        "De rechter sprak de man vrij.",
    )
    assert split_credit("Foto's van de actie zijn te zien op de site van de politie.") is None
    caption = "Foto Jan Smit Econoom Piet Bos (1967) is hoogleraar in Utrecht."
    draft = import_source(f"Kop over de opvang\n\n{caption}\n\n{BODY}\n")
    assert draft.summary == BODY  # a caption after its credit: left out whole
    assert caption in draft.dropped
    long = " ".join(["De econoom schreef een boek over uitbuiting in de kassen."] * 5)
    draft = import_source(f"Kop over de opvang\n\nFoto Jan Smit {long}\n")
    assert draft.summary == long  # run into a paragraph: the credit only


def test_a_name_tag_under_a_picture_is_a_caption() -> None:
    assert is_caption("Paul Smit - Burgemeester Breda", "", "")
    assert not is_caption("Paul Smit - de man achter de actie", "", "")


def test_a_paper_and_its_town_under_the_headline_are_left_out() -> None:
    text = f"Victims rescued in the north\n\n22 February 2023\nDaily Courier (Kano)\n\n{BODY}\n"
    draft = import_source(text)
    assert "Daily Courier (Kano)" in draft.dropped


def test_a_section_label_in_capitals_above_the_headline_is_not_the_title() -> None:
    text = f"Economie & Werk\n\nGemeente opent meldpunt voor uitgebuite arbeiders\n\n{BODY}\n"
    assert import_source(text).data["title"] == "Gemeente opent meldpunt voor uitgebuite arbeiders"


def test_a_link_text_ending_a_paragraph_is_taken_off() -> None:
    paragraph = (
        "The shelter opened its doors to twenty young people on Monday. For more "
        "information, please visit www.example.org."
    )
    draft = import_source(f"Shelter opens for young people\n\n{paragraph}\n")
    assert draft.summary == "The shelter opened its doors to twenty young people on Monday."
    assert "For more information, please visit www.example.org." in draft.dropped
    kept = "Het wijkteam helpt ouders. Voor meer informatie kunnen ouders bij het wijkteam terecht."
    assert split_trailing_link(kept) is None


@pytest.mark.parametrize(
    "line",
    [
        "Get Updates Donate Now",
        "Posted , updated",
        "Download 2.8 MB",
        "Foto is van Jan Pieters",
        "Space to play or pause, M to mute, left and right arrows to seek.",
    ],
)
def test_widget_lines_are_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "12, Long Harbour street, 0108 Tbilisi, Georgia",
        "Postbus 123, 2500 AB Den Haag",
        "Keizersgracht 12, 1015 CN Amsterdam",
        "Tel.: +995 32 291 38 70 / 71 / 72",
        "Ann Lee, Media Officer, mobile: + 33 6 75 65 03 41",
    ],
)
def test_addresses_and_phone_lines_are_press_office_lines(line: str) -> None:
    assert is_press_office(line)


@pytest.mark.parametrize(
    "line", ["De weg naar 2030 is lang", "In 2024 EU Commissie wil meer", "Contact"]
)
def test_prose_and_a_lone_word_are_not_furniture(line: str) -> None:
    assert not is_press_office(line)
    assert not is_boilerplate(line)


def test_a_caption_with_its_credit_glued_on_and_its_copy_above_it() -> None:
    text = (
        "Farm workers need protection\n\n"
        "Police escort workers from a farm after a raid.\n"
        "Police escort workers from a farm after a raid.(Farm News: Jo Lane)\n\n"
        "Migrant workers caught on farms should get visas so they can help police.\n"
    )
    draft = import_source(text)
    kept = " ".join([draft.summary or "", *(p["text"] for p in draft.data["points"])])
    assert "Police escort" not in kept
    assert "visas" in kept


@pytest.mark.parametrize(
    "line",
    [
        "Tweet Recommend Google + LinkedIn Email Print",
        "Leave us a comment",
        ">>See more photos",
        "This story was written by the Newsroom of X. For official statements, please visit "
        "our “Statements” section.",
    ],
)
def test_share_bars_written_out_comment_prompts_and_who_wrote_it(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_with_share_words_in_it_is_not_a_share_bar() -> None:
    assert not is_boilerplate("Share this with your friends, print it and like it")
    assert not is_boilerplate("Like Print Email Anna")


@pytest.mark.parametrize(
    "line",
    [
        "A worker picks fruit on a farm in Kent on May 3, 2019. (Jan Smit/Getty Images)",
        "A survivor stands outside the shelter where she now lives. (Ann Lee / AP)",
        "Director Ann Lee (left) and Minister Piet Bos (right) open the conference.",
    ],
)
def test_captions_that_credit_a_photographer_or_place_people(line: str) -> None:
    assert is_caption(line, "", "")


def test_a_paragraph_with_a_slash_or_a_side_in_prose_is_no_caption() -> None:
    assert not is_caption("The left (and the right) agree: “this must stop now”.", "", "")
    assert not is_caption("Revenue rose by half (from 2/3 of the total).", "", "")


@pytest.mark.parametrize(
    "line",
    [
        "(tekst: persbericht)",
        "Author: Example Mission",
        "Photo credit: Jan Smit",
        "For Daily Alerts",
        "Allow Notifications",
        "Notification Settings X",
        "Do you want to clear all the notifications from your inbox?",
        "Example App Download",
        '[responsivevoice_button voice="US English Female"]',
        "Terug naar verhalen",
        "Deel",
        "Department of Public Information • News and Media Division • New York",
        "shield arrow-simple-alt-top arrow-simple-alt-left facebook instagram arrow-long-right "
        "arrow-long-left search-alt star edit arrow-top play pause new-tab",
    ],
)
def test_credits_app_prompts_shortcodes_icon_names_and_label_rows(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_with_bullets_or_hyphens_in_it_stays() -> None:
    assert not is_boilerplate("Het gaat om werk • wonen • zorg, zegt de directeur van het centrum.")
    assert not is_boilerplate("A well-known long-term plan for anti-trafficking work in Europe")


def test_a_caption_with_its_credit_after_its_last_sentence() -> None:
    assert is_caption("Slachtoffers van mensenhandel bij de grens. Beeld AFP", "", "")
    assert not is_caption("Het rapport is er. Foto's laten meer zien dan woorden", "", "")


def test_a_caption_with_its_credit_and_an_enlarge_button_and_an_empty_field() -> None:
    assert is_caption("Actie tegen uitbuiting in Den Haag (foto ANP/Jan Smit) vergroot", "", "")
    assert is_boilerplate("None") and is_boilerplate("null")
    assert not is_boilerplate("None of them spoke.")


@pytest.mark.parametrize(
    "line",
    [
        "Onderwerpen: mensenhandel, politie",
        "Print deze pagina",
        "Bron: ANP",
        "Luister naar dit artikel",
        "Meest gelezen",
        "View this post on Instagram",
        "A post shared by Stichting X (@stichtingx)",
        "© 2024 Stichting X. Alle rechten voorbehouden.",
        "Delen via WhatsApp",
        "Sluiten",
    ],
)
def test_topics_print_links_sources_players_embeds_and_copyright(line: str) -> None:
    assert is_boilerplate(line)


def test_a_source_with_a_date_or_a_sentence_about_a_source_stays() -> None:
    assert not is_boilerplate("Source: Example News - Wed, 5 Dec 2012")
    assert not is_boilerplate(
        "Bron: het jaarverslag van de inspectie laat zien dat het erger wordt."
    )
    assert not is_boilerplate("Populair bij jongeren is TikTok")


def test_a_caption_printed_twice_on_one_line_is_a_caption() -> None:
    caption = (
        "Ann Lee and Piet Bos of the shelter board explain their plan to the council in "
        "the town hall on a Monday evening after the vote. Photo: Kim Smit"
    )
    assert is_caption(f"{caption} {caption}", "", "")
    long = caption.replace("Photo:", "They hope to open it next year. Photo:").replace(
        "the town hall", "the town hall of the county, with a crowd of forty people"
    )
    assert len(long.split()) > 40
    assert is_caption(f"{long} {long}", "", "")
    assert not is_caption(f"{BODY} {BODY}", "", "")


def test_a_caption_and_its_alt_text_on_lines_next_to_each_other_are_left_out() -> None:
    text = (
        f"Opvang voor jongeren breidt uit\n\n{BODY}\n\nRechercheur Ann de Vries\n"
        f"Rechercheur Ann de Vries in de verhoorkamer\n\n{BODY.replace('tien', 'vijf')}\n"
    )
    kept = " ".join(_texts(text))
    assert "Rechercheur Ann de Vries" not in kept
    assert "vijf plekken" in kept


def test_a_subtitle_stays_where_its_glued_copy_goes() -> None:
    text = (
        f"Opvang voor jongeren breidt uit\n\nIn gesprek met Ann de Vries\n"
        f"In gesprek met Ann de VriesStichting Veilig Thuis\n\n{BODY}\n"
    )
    draft = import_source(text)
    assert "In gesprek met Ann de VriesStichting Veilig Thuis" in draft.dropped
    assert "In gesprek met Ann de Vries" not in draft.dropped


def test_a_line_run_on_under_furniture_goes_with_it() -> None:
    text = (
        f"Opvang voor jongeren breidt uit\n\nWatch more of our videos on Radio Noord Plus!\n"
        f"and live on channel 276\n{BODY}\n"
    )
    assert "channel 276" not in " ".join(_texts(text))
