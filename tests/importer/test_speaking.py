"""Organisations the text has speak, describe or open with (mhbrief.importer.speaking)."""

from __future__ import annotations

from mhbrief.importer.speaking import (
    described_organisation,
    opening_subject,
    speaking_named,
    speaking_organisation,
    statement_issuer,
)


def _nobody(name: str) -> bool:
    return False


def test_an_organisation_that_speaks_by_its_name_but_not_a_form_of_address() -> None:
    text = "CoMensha waarschuwt voor meer uitbuiting. Volgens CoMensha groeit het aantal."
    assert speaking_named(text, [], _nobody, None) == "CoMensha"
    assert (
        speaking_named("Ms. Peel said the event opens. Ms. Peel said so.", [], _nobody, None)
        is None
    )


def test_a_body_named_by_its_common_noun_counts_for_its_name() -> None:
    text = (
        "De Arbeidsinspectie waarschuwt voor de druk. Volgens de inspectie is het dweilen "
        "met de kraan open. De inspectie ziet meer meldingen."
    )
    assert speaking_organisation(text, []) == "Arbeidsinspectie"


def test_the_subject_a_text_opens_with_needs_a_verb_organisations_do() -> None:
    text = "Fiermensha heeft 791 slachtoffers geregistreerd. Meld het aan Fiermensha."
    assert opening_subject(text, text, [], _nobody) == "Fiermensha"
    other = "Seasonal worker schemes were introduced. Seasonal Worker visas rose."
    assert opening_subject(other, other, [], _nobody) is None


def test_an_abbreviation_cut_at_its_full_stop_is_no_organisation() -> None:
    text = (
        "“Trafficking must be met with a broad approach,” said Charlottesville-based U.S. "
        "Attorney Tim Heap. “We will prosecute,” said Charlottesville-based U.S. Attorney Tim Heap."
    )
    assert speaking_named(text, [], _nobody, None) is None


def test_an_organisation_named_after_its_kind_and_used_again() -> None:
    text = (
        "Er werden zoveel slachtoffers ontdekt dat hulporganisatie Payokee de toevloed niet "
        "meer aankan. Normaal kijkt Payokee voor hulp richting Vlaanderen."
    )
    assert described_organisation(text, _nobody) == "Payokee"
    once = "Er werden zoveel slachtoffers ontdekt dat hulporganisatie Payokee het niet aankan."
    assert described_organisation(once, _nobody) is None


def test_the_body_a_statement_is_issued_by() -> None:
    text = (
        "According to a police statement, the men were held. “Three were freed,” a "
        "statement from KDB read in part."
    )
    assert statement_issuer(text, []) == "KDB"  # a name over the common noun
    assert statement_issuer("According to a police statement, nine were freed.", []) == "police"
    assert (
        statement_issuer("The Harbour Police Service said in a statement that two fled.", [])
        == "Harbour Police Service"
    )
    assert statement_issuer("In een persbericht van de politie staat dat het klopt.", []) == (
        "politie"
    )
    assert statement_issuer("Jan Smit said in a statement that he left.", []) is None


def test_a_body_a_sentence_opens_by_citing() -> None:
    text = "Volgens de politie was er een rolverdeling. Volgens de politie ging het om geld."
    assert speaking_organisation(text, []) == "politie"
