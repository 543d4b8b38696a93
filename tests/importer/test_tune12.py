"""Patterns found on tune set 12 (real texts scored outside the repository), each in a
short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_a_capitalised_flemish_particle_is_part_of_the_name() -> None:
    text = (
        "Meer vervolging nodig\n\n"
        "Kamerlid Lies Van Dorpe wil dat daders van uitbuiting vaker vervolgd worden.\n\n"
        "Van Dorpe: “Slachtoffers verdienen rust. Daders horen voor de rechter.”\n\n"
        "Het aantal zaken daalt, zegt Pieter Van Ackere, directeur van de inspectie. "
        "“We hebben te weinig mensen”, zegt Van Ackere.\n"
    )
    names = [name for name, _ in _speakers(text)]
    assert names == ["Lies Van Dorpe", "Pieter Van Ackere"]


def test_a_speakers_surname_is_never_the_organisation() -> None:
    text = (
        "Eight travellers stopped at the airport\n\n"
        "Eight travellers were stopped at the airport, the Border Agency (BA) said on Monday.\n\n"
        "Gate Division Chief Ana Ferreira said the travellers held false papers.\n\n"
        "“They told our officers they were going on holiday,” Ferreira said in a statement.\n"
    )
    draft = import_source(text)
    assert draft.data["organisation"] != "Ferreira"
    assert _speakers(text)[0][0] == "Ana Ferreira"


def test_a_police_operation_is_no_organisation() -> None:
    text = (
        "The Marsh County Human Trafficking Task Force made nine arrests last week while "
        "taking part in the fifth annual Operation Shelter and Shield, a Sheriff's Office "
        "spokeswoman said Tuesday.\n"
        "The operation aims at buyers and traffickers, according to spokeswoman Dana Lee.\n"
        "Over 50 agencies took part in this year's Operation Shelter and Shield, Lee said.\n"
    )
    assert import_source(text).data["organisation"] != "Operation Shelter and Shield"


def test_a_quoted_sheriff_gives_the_sheriffs_office_the_text_names() -> None:
    text = (
        "MARSH COUNTY – The Marsh County Sheriff’s Office freed two women on Monday.\n\n"
        "Sheriff Dana Tolland spoke to reporters at noon.\n\n"
        "“Nobody should be sold,” Tolland said.\n"
    )
    assert import_source(text).data["organisation"] == "Marsh County Sheriff’s Office"


def test_a_skip_link_and_a_credit_glued_to_its_caption_are_left_out() -> None:
    text = (
        "Direct naar artikelinhoud\n"
        "uitbuiting\n\n"
        "Te weinig inspecteurs voor de havens\n\n"
        "Een controle op een vrachtschip in de haven.Beeld AGENTSCHAP\n\n"
        "De inspectie vraagt meer mensen om uitbuiting in de havens op te sporen.\n"
    )
    draft = import_source(text)
    assert draft.data["title"] == "Te weinig inspecteurs voor de havens"
    assert "Een controle op een vrachtschip in de haven.Beeld AGENTSCHAP" in draft.dropped
    assert "Direct naar" not in (draft.summary or "")


def test_a_blog_post_line_with_an_account_name_is_a_date_line() -> None:
    text = (
        "Port checks find six stowaways\n\n"
        "Published by webeditor Date posted on March 3, 2021\n\n"
        "Port officers found six stowaways in a container on Tuesday, the coast guard said.\n"
    )
    draft = import_source(text)
    assert str(draft.data["published"]) == "2021-03-03"
    assert "webeditor" not in (draft.summary or "")


def test_hashtag_lines_and_an_editors_credit_are_left_out() -> None:
    text = (
        "Port checks find six stowaways\n\n"
        "Port officers found six stowaways in a container on Tuesday, the coast guard said.\n\n"
        "The six were taken to a shelter in the port and given food, water and dry clothes "
        "by volunteers. (Editor: Sam Okoro)\n\n"
        "#StaySafe #KeepLearning\n"
        "#Solidarity\n"
    )
    draft = import_source(text)
    kept = " ".join([draft.summary or "", *(p["text"] for p in draft.data.get("points", []))])
    assert "six were taken" in kept
    assert "Editor" not in kept and "#" not in kept
    assert {"#StaySafe #KeepLearning", "#Solidarity"} <= set(draft.dropped)


def test_an_organisation_cited_inside_a_quote_does_not_speak_in_the_text() -> None:
    text = (
        "Kamerlid Lies Van Dorpe wil weten hoe het zit met de vervolging van daders. "
        "Van Dorpe: “Daders horen voor de rechter.”\n\n"
        "Uit het antwoord blijkt dat er minder zaken waren.\n\n"
        "Van Dorpe: “Ik vrees dat we minder zien. Volgens het VN-Bureau voor migratie en "
        "vluchtelingen (UNMV) wordt het opsporen moeilijker, terwijl het risico groter wordt. "
        "Dit was ook zo in België.”\n\n"
        "In 2020 waren er 400 zaken.\n"
    )
    assert import_source(text).data["organisation"] != "VN-Bureau"


def test_a_name_over_the_press_label_is_the_issuer() -> None:
    text = (
        "Persbericht - Drie verdachten opgepakt voor uitbuiting\n\n"
        "Parket van de procureur des Konings Limburg\n"
        "Persberichten\n\n"
        "De Federale Gerechtelijke Politie (FGP) Limburg deed huiszoekingen in Hasselt. "
        "De FGP hoorde vier slachtoffers.\n"
    )
    draft = import_source(text)
    assert draft.data["organisation"] == "Parket van de procureur des Konings Limburg"
    assert "Parket van de procureur des Konings Limburg" in draft.dropped


def test_dame_and_sir_are_no_part_of_the_name() -> None:
    text = (
        "Slavery figures rise\n\n"
        "“We must do more,” said Dame Ada Pennick, the Independent Labour Commissioner.\n\n"
        "“The courts are slow,” added Sir Tom Greave.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Ada Pennick", "Tom Greave"]


def test_a_county_before_the_sheriffs_office_said_is_a_place() -> None:
    text = (
        "Sting nets nine arrests\n\n"
        "MARSH COUNTY, Fla. — A stolen car led detectives to a trafficking ring in Marsh "
        "County, the sheriff's office said.\n\n"
        "Marsh County Sheriff Dan Tolland will speak on Tuesday.\n\n"
        "“This saved lives,” said Sheriff Dan Tolland. “It remains a priority for the Marsh "
        "County Sheriff's Office and our partners.”\n"
    )
    assert import_source(text).data["organisation"] == "Marsh County Sheriff's Office"


def test_a_clause_after_an_unnamed_role_is_no_part_of_the_role() -> None:
    text = (
        "Couple jailed for slavery\n\n"
        "“You treated them as property,” said the Judge hearing the trial at Marsh Crown "
        "Court.\n"
    )
    assert _speakers(text) == [(PLACEHOLDER_SPEAKER, "Judge")]


def test_in_het_radioprogramma_after_the_name_is_where_it_was_said() -> None:
    text = (
        "Meer meldingen\n\n"
        "Onderzoeker Eva van Dijk ziet meer meldingen van uitbuiting.\n\n"
        "“Het aantal meldingen stijgt elk jaar”, zo zegt van Dijk in het radioprogramma.\n"
    )
    assert _speakers(text) == [("Eva van Dijk", "onderzoeker")]


def test_a_sheriffs_office_spokeswoman_gives_the_office_the_text_names() -> None:
    text = (
        "The county task force made nine arrests last week, a Sheriff's Office spokeswoman "
        "said Tuesday.\n"
        "The sting was run by the Marsh County Sheriff's Office and two police departments.\n"
        "The Marsh County Sheriff's Office set up its trafficking unit in 2018.\n"
    )
    assert import_source(text).data["organisation"] == "Marsh County Sheriff's Office"


def test_two_sheriffs_offices_give_none() -> None:
    text = (
        "The task force made nine arrests last week, a Sheriff's Office spokeswoman said.\n"
        "The Marsh County Sheriff's Office and the Reed County Sheriff's Office took part.\n"
    )
    assert "Sheriff" not in import_source(text).data["organisation"]


def test_a_lone_question_line_between_paragraphs_is_a_related_link() -> None:
    text = (
        "Workers freed from a farm\n"
        "Police freed four workers from a farm on Sunday and arrested two men, officers said.\n"
        "The workers were in their twenties and thirties and had not been paid for months.\n"
        "How do victims rebuild their lives?\n"
        "Officers did not say where the workers came from, but said they were given help.\n"
    )
    draft = import_source(text)
    assert "How do victims rebuild their lives?" in draft.dropped


def test_questions_in_an_interview_stay() -> None:
    text = (
        "Inspecteur over uitbuiting\n\n"
        "Wat ziet u bij controles?\n\n"
        "We zien vaak dat mensen te lang werken en te weinig betaald krijgen van hun baas.\n\n"
        "Hoe pakt de inspectie dat aan?\n\n"
        "We werken samen met gemeenten en de politie om de signalen te volgen.\n"
    )
    draft = import_source(text)
    assert "Hoe pakt de inspectie dat aan?" not in draft.dropped
