"""Page furniture, titles, dates and organisations seen on tune set 13 (real texts scored
outside the repository), each in a short made-up text of our own."""

from __future__ import annotations

import pytest

from mhbrief.importer import import_source
from mhbrief.importer.boilerplate import is_boilerplate

PROSE = "The shelter in the harbour town opened ten new places for young people who were exploited."


def _draft_text(text: str) -> str:
    """Everything a reader sees in the draft: title, summary, points, quotes and contexts."""
    draft = import_source(text)
    data = draft.data
    parts = [data["title"], draft.summary or ""]
    parts += [p["text"] for p in data["points"]]
    for quote in data["quotes"]:
        parts += [
            quote["text"],
            quote.get("context") or "",
            quote["speaker"],
            quote.get("role") or "",
        ]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "line",
    [
        "- Advertisement -",
        "— ADVERTENTIE —",
        "This might also interest you:",
        "You might also like",
        "To example.org",
        "Category:",
        "Category: Labour rights",
        "Written by:",
        "Hero Image",
        "Harbour Fund logo on the gate",
        "Newsroom",
        "Our latest stories, videos and updates",
        "Media Statement",
        "Continue reading",
        "Show 12 comments",
        "Toon alle reacties",
    ],
)
def test_a_page_templates_label_is_furniture(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Police unveil a new logo for the task force",
        "Written by police officers, the report is long.",
        "The latest figures show a rise in reports",
        "Example.org fined for hiding forced labour",
        "- the victims were found in a shed -",
    ],
)
def test_a_sentence_like_a_label_is_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_page_title_with_a_dash_left_gives_the_headline_without_it() -> None:
    text = f"Shelter opens ten new places -\n\nShelter opens ten new places\n\n{PROSE}\n"
    draft = import_source(text)
    assert draft.data["title"] == "Shelter opens ten new places"
    assert PROSE in _draft_text(text)


def test_a_date_over_the_headline_is_no_section_label() -> None:
    text = (
        "Newsroom\n\n"
        "Our latest stories, videos and updates\n"
        "3 March 2022, 10:15am\n"
        "Media Statement\n\n"
        "Harbour couple jailed for forced labour\n\n"
        f"{PROSE}\n"
    )
    draft = import_source(text)
    assert draft.data["title"] == "Harbour couple jailed for forced labour"
    assert str(draft.data["published"]) == "2022-03-03"
    seen = _draft_text(text)
    assert "Our latest" not in seen and "Media Statement" not in seen
    assert PROSE in seen


@pytest.mark.parametrize("byline", ["Mr. Piet Zandberg |", "Ruud Kalkman Ruud Kalkman"])
def test_a_name_with_a_separator_or_printed_twice_is_the_byline(byline: str) -> None:
    text = (
        f"Shelter opens ten new places\n\n{byline}\n\n{PROSE}\n\nA second paragraph follows here.\n"
    )
    draft = import_source(text)
    seen = _draft_text(text)
    assert byline not in seen
    assert draft.data["title"] == "Shelter opens ten new places"
    assert PROSE in seen


def test_a_byline_with_a_separator_over_the_text_is_no_headline() -> None:
    text = f"Mr. Piet Zandberg |\n{PROSE}\n"
    draft = import_source(text)
    assert "Zandberg" not in draft.data["title"]
    assert PROSE in _draft_text(text)


def test_the_links_under_a_related_prompt_are_left_out() -> None:
    text = (
        "Shelter opens ten new places\n\n"
        f"{PROSE}\n\n"
        "You might also like\n\n"
        "– Farm owner fined after inspection\n"
    )
    seen = _draft_text(text)
    assert "Farm owner fined" not in seen and "also like" not in seen
    assert PROSE in seen


def test_a_paragraph_under_a_related_prompt_is_kept() -> None:
    after = "Inspectors visited the farm twice and found nine workers without contracts."
    text = f"Shelter opens ten new places\n\n{PROSE}\n\nRead also:\n\nFarm visit\n{after}\n"
    assert after in _draft_text(text)


def test_a_name_caption_in_title_case_with_a_full_stop_is_left_out() -> None:
    caption = "Dame Ann Lee, Director-General, National Agency for Fair Work (NAFW)."
    sentence = "Ann Lee, director of the agency, welcomed the new shelter places."
    text = f"Shelter opens ten new places\n\n{caption}\n\n{PROSE}\n\n{sentence}\n"
    seen = _draft_text(text)
    assert caption not in seen
    assert PROSE in seen and sentence in seen


def test_the_sites_today_bar_over_the_headline_is_not_the_date() -> None:
    text = (
        "Monday, 4th March 2024\n"
        "Search\n\n"
        "Shelter opens ten new places\n\n"
        "By Ann Lee\n"
        "12 June 2019 | 9:30 am\n"
        f"{PROSE}\n"
    )
    draft = import_source(text)
    assert str(draft.data["published"]) == "2019-06-12"
    assert draft.data["title"] == "Shelter opens ten new places"


def test_a_date_over_the_headline_stays_when_the_one_under_it_is_an_update() -> None:
    text = (
        f"Monday, 4th March 2024\n\nShelter opens ten new places\n\nUpdated 5 March 2024\n{PROSE}\n"
    )
    assert str(import_source(text).data["published"]) == "2024-03-04"


def test_a_headline_loses_its_list_bullet() -> None:
    text = f"• Shelter opens ten new places\n\n{PROSE}\n"
    assert import_source(text).data["title"] == "Shelter opens ten new places"


def test_a_place_label_glued_to_the_first_word_is_left_out() -> None:
    text = (
        "UtrechtDe gemeenteraad heeft dinsdag extra geld vrijgemaakt voor de opvang van "
        "slachtoffers van uitbuiting in de stad.\n\n"
        "Het gaat om tien nieuwe plekken.\n"
    )
    seen = _draft_text(text)
    assert "UtrechtDe" not in seen
    assert "De gemeenteraad heeft dinsdag extra geld vrijgemaakt" in seen


def test_an_agencys_sign_off_after_the_last_sentence_is_left_out() -> None:
    last = "The police said nine people were questioned and two were charged."
    text = f"{PROSE}\n{last} XNA\n"
    draft = import_source(text)
    seen = _draft_text(text)
    assert "XNA" not in seen and last in seen
    assert draft.data.get("outlet") == "XNA"
    assert draft.data["organisation"] != "XNA"


def test_a_pull_quotes_glued_attribution_names_its_speaker_and_is_left_out() -> None:
    text = (
        "Shelter opens ten new places\n\n"
        f"{PROSE}\n\n"
        "Nobody should have to sleep next to the machines they work on.”\n\n"
        "Mira SolbergDirector of the Harbour Shelter\n\n"
        "The shelter will open its doors in May, the town said on Monday.\n\n"
        "More places will follow next year, according to the plan.\n"
    )
    draft = import_source(text)
    assert draft.data["quotes"][0]["speaker"] == "Mira Solberg"
    prose = [draft.summary or "", *(p["text"] for p in draft.data["points"])]
    prose += [q.get("context") or "" for q in draft.data["quotes"]]
    assert not any("Solberg" in part for part in prose)
    assert any("The shelter will open its doors in May" in part for part in prose)


NL_PROSE = (
    "De gemeente opent dit jaar tien nieuwe plekken voor jongeren die zijn uitgebuit, en "
    "de raad wil dat er volgend jaar nog meer bij komen omdat de wachtlijst nog steeds groeit."
)


def test_a_sites_name_over_a_dutch_paragraph_is_no_headline() -> None:
    text = f"Havenstad Nieuwsblad\n\n\n{NL_PROSE}\n"
    draft = import_source(text)
    assert "Havenstad" not in draft.data["title"]
    assert NL_PROSE in _draft_text(text)


def test_a_dutch_headline_in_sentence_case_over_a_paragraph_stays() -> None:
    text = f"Meer opvang voor jongeren\n\n{NL_PROSE}\n"
    assert import_source(text).data["title"] == "Meer opvang voor jongeren"


def test_a_short_form_spelled_out_as_an_organisation_is_no_news_agency() -> None:
    text = (
        "Twee verdachten aangehouden\n\n"
        "De Algemene Nationale Politie (ANP) heeft twee verdachten van uitbuiting aangehouden "
        "in een loods bij de haven.\n\n"
        "De ANP zocht al maanden naar het tweetal. Volgens de ANP werkten er acht mensen "
        "zonder loon in de loods.\n"
    )
    assert import_source(text).data["organisation"] in ("Algemene Nationale Politie", "ANP")


def test_a_news_agencys_letters_alone_are_no_organisation() -> None:
    text = (
        "Twee verdachten aangehouden\n\n"
        "Twee verdachten van uitbuiting zijn aangehouden, meldt ANP. Volgens ANP werkten er "
        "acht mensen zonder loon in een loods. ANP meldt dat de loods is gesloten.\n"
    )
    assert import_source(text).data["organisation"] != "ANP"


def test_a_name_read_on_into_a_sheriff_and_his_name_is_the_sheriffs() -> None:
    text = (
        "Nine rescued in county operation\n\n"
        "Marsh County Sheriff Dale Ostrander on Monday announced the results of a week-long "
        "operation against trafficking in the county.\n\n"
        "“This is only one week,” the sheriff said.\n"
    )
    assert import_source(text).data["organisation"] == "Marsh County Sheriff"


def test_a_role_compounded_with_the_organisations_name_gives_the_organisation() -> None:
    text = (
        "Opvang voor slachtoffers groeit\n\n"
        "Havenhuis opent tien nieuwe plekken. Met een nieuw Centrum Tegen Uitbuiting wil "
        "Havenhuis de hulp bundelen.\n\n"
        "“We willen slachtoffers sneller helpen”, zegt Havenhuis-directeur Mila Broek. "
        "“Nu duurt het te lang.”\n\n"
        "Het Centrum Tegen Uitbuiting opent in mei. Het Centrum Tegen Uitbuiting krijgt "
        "twintig medewerkers.\n"
    )
    assert import_source(text).data["organisation"] == "Havenhuis"


def test_a_member_of_parliament_speaks_for_the_party_before_the_hyphen() -> None:
    text = (
        "GB&W-Kamerlid Lotte Vos wil meer geld voor de opvang van slachtoffers.\n\n"
        "Vos: “Slachtoffers verdienen rust. Daders horen voor de rechter.”\n"
    )
    assert import_source(text).data["organisation"] == "GB&W"


def test_a_police_spokesperson_compound_is_no_party() -> None:
    text = (
        "Twee mannen aangehouden\n\n"
        "De politie heeft twee mannen aangehouden in een loods bij de haven.\n\n"
        "“Er werkten acht mensen zonder loon”, zegt politie-woordvoerder Kim Bos.\n"
    )
    assert import_source(text).data["organisation"] == "politie"


def test_the_party_named_beside_the_quoted_person_is_the_organisation() -> None:
    text = (
        "Drie partijen in de raad willen een week tegen uitbuiting. De Stadspartij, "
        "Groen Links Lokaal en de Partij voor de Buurt dienden een motie in.\n\n"
        "Mara de Wit, Partij voor de Buurt: “Het college doet al veel, maar het mag "
        "sneller.”\n\n"
        "De Wit: “Bewustwording is het begin van verandering.”\n"
    )
    assert import_source(text).data["organisation"] == "Partij voor de Buurt"


def test_the_firm_named_after_the_role_of_the_person_it_names_is_the_organisation() -> None:
    text = (
        "What charities must check in their supply chains\n\n"
        "A charity card printed in a forced labour camp raised questions this winter.\n\n"
        "Tom Reyes, associate on the charity team at the law firm Harbour & Vale, says "
        "trustees must protect the charity's name.\n\n"
        "“This is about reputation first of all,” he says.\n"
    )
    assert import_source(text).data["organisation"] == "Harbour & Vale"


def test_a_clause_after_a_name_gives_no_organisation() -> None:
    text = (
        "What charities must check in their supply chains\n\n"
        "Tom Reyes, who joined the firm of Pieter Smit in 2010, says trustees must act.\n\n"
        "“This is about reputation first of all,” he says.\n"
    )
    assert import_source(text).data["organisation"] != "Pieter Smit"


def test_a_police_department_that_opens_the_news_is_the_organisation() -> None:
    text = (
        "The Marsh Bay Police Department, along with two other agencies, announced nine "
        "arrests in a trafficking case on Friday.\n\n"
        "Sgt. Ann Lowe, with the department's vice unit, said two minors were rescued.\n\n"
        "“We are here to help,” she said.\n"
    )
    assert import_source(text).data["organisation"] == "Marsh Bay Police Department"


def test_a_prosecutors_office_that_opens_the_news_is_the_organisation() -> None:
    text = (
        "Het parket van Oost-Veld doet een oproep naar aanleiding van de dag tegen "
        "uitbuiting.\n\n"
        "“In een garage werden vier slachtoffers aangetroffen”, zegt Lien Goossens. "
        "“Ze werkten elke dag.”\n"
    )
    assert import_source(text).data["organisation"] == "parket van Oost-Veld"


def test_a_local_item_quoting_its_mayor_is_the_municipalitys() -> None:
    text = (
        "Veendorp – Burgemeester Karel Wiersma heeft vandaag de tentoonstelling over "
        "uitbuiting geopend. “Herkennen is het begin”, zegt de burgemeester.\n\n"
        "De tentoonstelling is een initiatief van Stichting Open Blik, een organisatie "
        "voor voorlichting. Ook in Veendorp komt uitbuiting voor.\n"
    )
    assert import_source(text).data["organisation"] == "gemeente Veendorp"


def test_a_mayor_beside_a_quoted_director_leaves_the_directors_organisation() -> None:
    text = (
        "Veendorp – Burgemeester Karel Wiersma opende vandaag de tentoonstelling. "
        "“Herkennen is het begin”, zegt Lotte Bram, directeur van Stichting Open Blik.\n\n"
        "Ook in Veendorp komt uitbuiting voor.\n"
    )
    assert import_source(text).data["organisation"] == "Stichting Open Blik"


def test_a_sidebars_slogan_broken_into_narrow_lines_after_the_story_is_left_out() -> None:
    last = "The nine travellers were sent home and their recruiters are being sought by police."
    text = (
        "Nine travellers stopped at the airport\n\n"
        f"{PROSE}\n\n{last}\n\n"
        "Green Week\n\n"
        "Standing together\n"
        "with the dock workers,\n"
        "unions around the world,\n"
        "and the families of\n"
        "the missing crew.\n\n"
        "#SafeShips #FairPay\n"
    )
    seen = _draft_text(text)
    assert "dock workers" not in seen and "Green Week" not in seen
    assert last in seen and PROSE in seen


@pytest.mark.parametrize("intro", ["Inspectors look for these signs:\n", ""])
def test_a_short_closing_list_after_the_story_is_kept(intro: str) -> None:
    text = (
        "Signs of forced labour\n\n"
        f"{PROSE}\n\n{intro}"
        "no contract\n"
        "no pay slips\n"
        "passports taken\n"
        "sleeping at work\n"
    )
    seen = _draft_text(text)
    assert "passports taken" in seen and "sleeping at work" in seen


def test_a_closing_quote_after_the_story_is_kept() -> None:
    text = (
        "Shelter opens ten new places\n\n"
        f"{PROSE}\n\n"
        "“This is a sad case,” said Bram.\n"
        "Photo: ANP\n"
        "Read also: Farm owner fined\n"
        "Share this article\n"
    )
    draft = import_source(text)
    assert [q["text"] for q in draft.data["quotes"]] == ["This is a sad case"]


def test_a_section_label_under_the_headline_is_no_subheading() -> None:
    text = f"Shelter opens ten new places\n\nCharities\n\n{PROSE}\n\n“We are glad,” said Ann Lee.\n"
    draft = import_source(text)
    assert "Charities" not in _draft_text(text)
    assert draft.data["title"] == "Shelter opens ten new places"


def test_a_bulleted_meta_list_under_the_headline_is_left_out() -> None:
    text = (
        "Shelter opens ten new places\n\n"
        "  • Written by:\n    Ann Lee\n  • Category:\n    Labour Rights\n\n"
        f"{PROSE}\n"
    )
    seen = _draft_text(text)
    assert "Written by" not in seen and "Category" not in seen and "Ann Lee" not in seen
    assert PROSE in seen


@pytest.mark.parametrize("role", ["co-founder", "oud-directeur", "vice-president"])
def test_a_role_with_a_prefix_gives_no_organisation_of_that_prefix(role: str) -> None:
    text = f"Shelter opens ten new places\n\n“We are glad,” said Ann Lee, {role}.\n\n{PROSE}\n"
    organisation = import_source(text).data["organisation"]
    assert organisation.split("-")[0].lower() not in ("co", "oud", "vice")


def test_a_name_with_its_own_capitals_opening_the_text_is_no_place_label() -> None:
    text = (
        "LinkedIn is een platform waar ook werkgevers met valse vacatures adverteren, "
        "zeggen onderzoekers.\n"
    )
    assert "LinkedIn is een platform" in _draft_text(text)


def test_a_short_line_with_a_dot_inside_is_no_web_address() -> None:
    assert not is_boilerplate("Mr.Smith")
    assert not is_boilerplate("Hero")


def test_the_party_a_quoted_assistant_works_for_is_the_organisation() -> None:
    text = (
        "Zorgen over uitbuiting in de stad\n\n"
        "Wat doet de gemeente Veendorp om slachtoffers te helpen? Tom de Ridder, "
        "fractie-assistent voor GL21, maakt zich zorgen.\n\n"
        "“Dat er in onze gemeente slachtoffers wonen, is zeker”, zegt De Ridder.\n"
    )
    assert import_source(text).data["organisation"] == "GL21"


def test_a_caption_over_its_credit_under_the_headline_is_left_out() -> None:
    text = (
        "Nine rescued in county operation\n\n"
        "Marsh County Sheriff Dale Ostrander.\n\n"
        "Photo: Jan Kok/Harbour Images\n\n"
        f"{PROSE}\n"
    )
    draft = import_source(text)
    assert "Ostrander" not in _draft_text(text)
    assert draft.summary == PROSE


def test_a_first_line_over_a_credit_is_no_caption() -> None:
    text = "Two men held at the harbour.\n\nPhoto: Jan Kok/Harbour Images\n\n" + PROSE + "\n"
    assert "Two men held at the harbour" in _draft_text(text)


def test_a_teaser_cut_off_with_an_ellipsis_that_the_story_repeats_is_left_out() -> None:
    teaser = "The shelter in the harbour town opened ten new places for young..."
    text = f"Shelter opens ten new places\n\n{teaser}\n\n{PROSE}\n\nA second paragraph follows.\n"
    draft = import_source(text)
    assert draft.summary == PROSE
    assert "young..." not in _draft_text(text)


def test_a_sentence_ending_in_an_ellipsis_that_nothing_repeats_is_kept() -> None:
    line = "The shelter will open more places next year, if the council agrees..."
    text = f"Shelter opens ten new places\n\n{line}\n\n{PROSE}\n"
    assert line in _draft_text(text)


def test_the_town_of_the_sites_section_label_is_the_quoted_aldermans_municipality() -> None:
    text = (
        "Veendorp\n\n"
        "Ook Veendorp extra alert op uitbuiting\n\n"
        "Het college is extra alert op uitbuiting, aldus wethouder Sanne Mol. "
        "“Uitbuiting is een groot probleem”, zegt wethouder Sanne Mol. Ook Veendorp wil helpen.\n"
    )
    assert import_source(text).data["organisation"] == "gemeente Veendorp"


def test_a_title_case_captions_role_stops_before_its_organisation() -> None:
    text = (
        "Agency rescues 900 workers\n\n"
        "Dame Ann Lee, Director-General, National Agency for Fair Work (NAFW).\n\n"
        f"{PROSE}\n\n"
        "“Many workers are still trapped abroad,” said Ann Lee.\n"
    )
    draft = import_source(text)
    assert draft.data["quotes"][0].get("role") == "Director-General"
    assert "Dame Ann Lee, Director-General" not in _draft_text(text)
