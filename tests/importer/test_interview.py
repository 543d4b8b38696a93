"""Interviews: who answers when the answers carry no name."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def test_the_first_answer_introducing_its_speaker_names_every_answer() -> None:
    text = (
        "Please introduce yourself.\n\n"
        "“Hello, I’m Dana Whitfield, a compliance lead at Fairtrace. I have worked in "
        "supply chains for ten years.”\n\n"
        "What does Fairtrace do?\n\n"
        "“Fairtrace helps brands see who makes their goods, down to the farm.”\n\n"
        "Why does it matter?\n\n"
        "“Forced labour hides in the lowest tiers of a supply chain.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert [q["speaker"] for q in quotes] == ["Dana Whitfield"] * 3
    assert quotes[0]["role"] == "compliance lead at Fairtrace"


def test_a_headline_quoting_a_person_and_questions_inline_with_their_answers() -> None:
    text = (
        "Ann de Wit: ‘Uitbuiting stopt pas als we signalen delen’\n\n"
        "Ann de Wit, officier van justitie, ziet dagelijks slachtoffers van uitbuiting.\n\n"
        "Wat is uw motivatie om dit werk te doen?\n"
        "“Dat heeft te maken met het diepe leed dat iemand een ander aandoet.”\n\n"
        "Hoe moet het verder? “We moeten signalen veel vaker met elkaar durven delen.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert [q["speaker"] for q in quotes] == ["Ann de Wit"] * 3
    assert quotes[-1]["text"] == "Uitbuiting stopt pas als we signalen delen"  # the headline


def test_a_question_before_a_quote_without_an_interviewee_gives_no_speaker() -> None:
    text = (
        "Meer aandacht nodig\n\n"
        "Het rapport verscheen vandaag en de reacties zijn gemengd.\n\n"
        "Hoe moet dat? “We moeten signalen veel vaker met elkaar durven delen.”\n"
    )
    assert [q["speaker"] for q in import_source(text).data["quotes"]] == [PLACEHOLDER_SPEAKER]


def test_an_interview_without_names_asks_the_one_person_introduced() -> None:
    text = (
        "‘Een groomer weet wie kwetsbaar is’\n\n"
        "De politie heeft moeite door te dringen in de verborgen wereld van online misbruik.\n\n"
        "Over de zaak wil commissaris Wim van Kleve niet te veel zeggen.\n\n"
        "Waarom ging het misbruik zo lang door?\n\n"
        "„In dit soort zaken melden zich weinig meisjes. Ze schamen zich.”\n\n"
        "Hoe vindt u de daders?\n\n"
        "„Het is meestal een toevalstreffer, omdat ze vaak anoniem werken.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert [q["speaker"] for q in quotes] == ["Wim van Kleve"] * 3
    assert quotes[-1]["text"] == "Een groomer weet wie kwetsbaar is"  # the headline


def test_a_kicker_left_out_with_its_section_label_still_names_the_interviewee() -> None:
    text = (
        "gesprek> Interview met Anna de Wit, directeur van Stichting Vrije Haven\n\n"
        "‘Uitbuiting zit om de hoek’\n\n"
        "Hoe vaak ziet u slachtoffers?\n\n"
        "‘Elke week komen er nieuwe mensen bij de opvang aan.’\n\n"
        "Wat moet er veranderen?\n\n"
        "‘De gemeenten moeten beter samenwerken met de inspectie.’\n"
    )
    draft = import_source(text).data
    assert "gesprek>" not in str(draft)
    assert draft["title"] == "‘Uitbuiting zit om de hoek’"
    speakers = [q["speaker"] for q in draft["quotes"]]
    assert len(speakers) >= 2
    assert set(speakers) == {"Anna de Wit"}
