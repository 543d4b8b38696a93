"""Tune round 31: the organisation of the page as a whole and of its quoted people (a
force named only as a partner, the bare name over its sub-unit, a donation line's account
holder, a name written before a quoted person's role, the body most quotes speak for);
each pattern in a short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer.account_holder import account_holder
from mhbrief.importer.forces import named_force
from mhbrief.importer.organisation import org_of_role
from mhbrief.importer.quoted_people import body_beside_unnamed_quote, name_before_role, quoted_body
from mhbrief.importer.speaking import opening_subject
from mhbrief.importer.sub_units import parent_body
from mhbrief.importer.words import WordCounts

from .drafts import draft_data


def test_a_force_that_only_worked_with_them_is_a_partner() -> None:
    text = (
        "Bij een actie in Oost-Veld zijn drie mannen aangehouden.\n\n"
        "De politie Noord-Veld werkte met hen samen.\n\n"
        "De politie meldt dat het onderzoek doorgaat, zegt de politie.\n"
    )
    assert named_force(text) is None


def test_a_force_supported_by_another_keeps_its_name() -> None:
    text = "Harbour Police, supported by Coast Police, raided four homes on Monday."
    assert named_force(text) == "Harbour Police"
    assert named_force("Kent Police worked with the council to close two sites.") is None


def test_the_bare_abbreviation_over_its_hyphened_sub_unit() -> None:
    text = (
        "De ABC is zeer kritisch over het nieuwe plan van de regering.\n\n"
        "Jan Smit, secretaris van ABC-Internationaal, ziet weinig voordelen. "
        "“Dit plan leidt tot meer uitbuiting van werknemers.”\n"
    )
    assert draft_data(text)["organisation"] == "ABC"


def test_a_hyphened_sub_unit_stays_when_the_text_never_writes_the_bare_name() -> None:
    assert parent_body("ABC-Internationaal", "Jan Smit van ABC-Internationaal zegt dat.") == (
        "ABC-Internationaal"
    )


def test_a_team_is_the_body_its_people_speak_as() -> None:
    text = "‘Hiermee geven we als politie een duidelijk signaal,’ zegt de rechercheur."
    assert parent_body("Team Zeden Oost-Veld", text) == "politie"
    assert parent_body("Team Zeden Oost-Veld", "Het team deed onderzoek.") == (
        "Team Zeden Oost-Veld"
    )


def test_the_holder_of_a_bank_account_for_gifts() -> None:
    text = (
        "Hulp Nu helpt kinderen in nood. Ook Hulp Nu ziet de nood stijgen.\n\n"
        "Maak uw bijdrage over op NL00 BANK 0000 0000 00 t.n.v. Stichting Hulp Nu "
        "Nederland o.v.v. noodhulp."
    )
    assert account_holder(text) == "Stichting Hulp Nu Nederland"


def test_an_account_holder_the_text_names_nowhere_else_is_no_organisation() -> None:
    text = "Het geld gaat naar NL00 BANK 0000 0000 00 t.n.v. Jan de Vries van Dam."
    assert account_holder(text) is None


def test_a_name_the_text_writes_before_a_lower_case_role() -> None:
    text = "Harbourside leader Ann Lee says the situation is grave. “We see it daily.”"
    assert name_before_role("harbourside leader", text) == "Harbourside"


def test_no_name_before_a_role_for_a_place_a_general_word_or_a_capitalised_role() -> None:
    text = "Staff working in Wessex will be trained. Wessex manager Ann Lee said: “Good.”"
    assert name_before_role("wessex manager", text) is None
    assert name_before_role("community leader", "Community leader Ann Lee said it.") is None
    assert name_before_role("Harbourside leader", "Harbourside leader Ann Lee said.") is None


def test_most_quotes_by_police_officers_make_it_the_police_news() -> None:
    text = "Harbour police made arrests. The Harbour Trust helps victims. The Harbour Trust said."
    roles = ["Police Chief", "Police Chief", "director of the Harbour Trust"]
    named: list[Any] = []
    assert quoted_body(roles, named, WordCounts(text), text) == "Harbour police"


def test_one_officer_quoted_beside_a_charitys_people_keeps_the_charity() -> None:
    text = "Harbour police made arrests. The Harbour Trust helps victims. The Harbour Trust said."
    roles = ["Police Chief", "director of the Harbour Trust", "director of the Harbour Trust"]
    named: list[Any] = []
    assert quoted_body(roles, named, WordCounts(text), text) == "Harbour Trust"


def test_the_body_named_with_the_person_before_an_unattributed_quote() -> None:
    line = (
        "Jan Smit van vakbond ABC vertelt het verhaal. Het gebeurt vaker, zegt hij: "
        "„We zien dat er weinig gebeurt met meldingen.”"
    )
    quote = {"text": "We zien dat er weinig gebeurt met meldingen.", "speaker": "TODO: who"}
    assert body_beside_unnamed_quote([quote], [line]) == "ABC"
    assert body_beside_unnamed_quote([{**quote, "speaker": "Jan Smit"}], [line]) is None


def test_a_kinds_word_before_a_name_opens_the_text_with_its_organisation() -> None:
    opening = "Hulporganisatie Zonlicht trekt aan de alarmbel over de opvang."
    text = opening + " Zonlicht helpt slachtoffers. Zonlicht vraagt meer geld."
    assert opening_subject(opening, text, [], lambda _: False) == "Zonlicht"
    minister = "Minister Jansen trekt aan de alarmbel over de opvang."
    assert opening_subject(minister, minister, [], lambda _: False) is None


def test_an_abbreviation_before_a_hyphened_title() -> None:
    assert org_of_role("XYZ Assistant Director-in-Charge", []) == "XYZ"
