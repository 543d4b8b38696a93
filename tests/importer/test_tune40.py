"""Tune round 40: portraits whose answers carry no name. The opening introduces one
person and says they tell their story ("… Marije Kooistra (39) … Hier vertelt ze …"),
a "Functie:" line gives the role, and each answer stands after a label ("Uren: ‘…’").
Each rule in a short made-up text of our own (no text of an evaluation set), with cases
where the rule must not fire."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source

from .drafts import draft_data

_KOP = "Mijn werk\n\nElke maand vertelt een vrouw over haar werk.\n\n"
_HEAD = "My job\n\nEvery week a reader tells us about her work.\n\n"
_OPENING = (
    "Na tien jaar bij een bank wilde Marije Kooistra (39) iets anders. Ze begon een eigen "
    "opvanghuis. Hier vertelt ze hoe dat gaat.\n\n"
)
_ANSWERS = (
    "Uren: ‘Zestig per week, soms meer. Vrije dagen zijn er niet veel.’\n\n"
    "Advies: ‘Begin klein en vraag om hulp als het zwaar wordt.’\n\n"
)


def _quotes(text: str) -> list[dict[str, Any]]:
    return list(draft_data(text)["quotes"])


def _speakers(text: str) -> list[str]:
    return [str(quote["speaker"]) for quote in _quotes(text)]


def test_a_portrait_gives_its_answers_to_the_one_person_it_introduces() -> None:
    quotes = _quotes(_KOP + _OPENING + "Functie: Oprichter Stichting Veilig Dak\n\n" + _ANSWERS)
    assert [q["speaker"] for q in quotes] == ["Marije Kooistra", "Marije Kooistra"]
    assert quotes[0]["role"] == "Oprichter Stichting Veilig Dak"


def test_an_english_portrait_with_a_job_line() -> None:
    quotes = _quotes(
        _HEAD + "After years in sales, Dana Whitfield (44) wanted work that mattered. She "
        "tells us how she runs a shelter for young women.\n\n"
        "Job: Director of Harbour House\n\n"
        "Hours: ‘About fifty a week, spread over long and short days.’\n\n"
        "Best moment: ‘Seeing a girl we helped finish her studies last spring.’\n\n"
    )
    assert [q["speaker"] for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]
    assert quotes[1]["role"] == "Director of Harbour House"


def test_a_portrait_without_a_role_line_still_names_the_speaker() -> None:
    assert _speakers(_KOP + _OPENING + _ANSWERS) == ["Marije Kooistra"] * 2


def test_two_people_in_the_opening_leave_the_answers_open_with_both_as_maybe() -> None:
    text = (
        _KOP + "Marije Kooistra (39) en Ruud Mulder (41) begonnen samen een opvanghuis. "
        "Hier vertellen ze hoe dat gaat.\n\n" + _ANSWERS
    )
    assert all(s.startswith("TODO") for s in _speakers(text))
    notes = import_source(text).warnings
    assert any("quote-1: maybe: Marije Kooistra or Ruud Mulder" in n for n in notes)


def test_someone_else_named_later_keeps_the_answers_open() -> None:
    text = (
        _KOP + _OPENING + _ANSWERS + "Collega Ruud Mulder (41) werkt er ook.\n\n"
        "Doel: ‘Elk meisje een veilig bed.’\n\n"
    )
    assert all(s.startswith("TODO") for s in _speakers(text))


def test_a_quoted_witness_is_not_the_portraits_person() -> None:
    speakers = _speakers(
        _KOP
        + _OPENING
        + _ANSWERS
        + "Een bewoonster zegt: ‘Zonder dit huis sliep ik op straat.’\n\n"
    )
    assert speakers[:2] == ["Marije Kooistra"] * 2
    assert speakers[2] != "Marije Kooistra"


def test_a_quoted_question_is_not_an_answer() -> None:
    speakers = _speakers(
        _KOP + _OPENING + _ANSWERS + "Vaak krijgt ze de vraag ‘Waarom doe je dit eigenlijk "
        "allemaal zelf, zonder hulp van de gemeente?’\n\n"
    )
    assert speakers[:2] == ["Marije Kooistra"] * 2
    assert all(s != "Marije Kooistra" for s in speakers[2:])


def test_an_opening_that_does_not_have_the_person_tell_is_no_portrait() -> None:
    text = (
        _KOP + "Marije Kooistra (39) is dinsdag aangehouden in Zwolle. De politie doet "
        "onderzoek naar het opvanghuis.\n\n" + _ANSWERS
    )
    assert all(s.startswith("TODO") for s in _speakers(text))


def test_a_news_text_telling_of_someone_is_no_portrait() -> None:
    text = (
        _HEAD + "Police said Dana Whitfield (44) was arrested on Monday. She told officers "
        "she had done nothing wrong.\n\n"
        "Hours: ‘About fifty a week, spread over long and short days.’\n\n"
    )
    assert all(s.startswith("TODO") for s in _speakers(text))


_CASE = (
    "Gangmaster jailed\n\nA man who exploited farm workers was jailed for six years.\n\n"
    "Karl Visser told the court he had paid his crew well, but was found guilty.\n\n"
)


def test_he_added_before_a_quote_goes_on_from_the_named_speaker_above() -> None:
    speakers = _speakers(
        _CASE + "“He ran his crew through fear,” said inspector Tom Roe of the Labour Agency.\n\n"
        "The court hoped to deter others, he added, and to send “a clear message that such "
        "abuse will be punished with long terms in prison”.\n\n"
    )
    assert speakers == ["Tom Roe", "Tom Roe"]


def test_zegt_ze_before_a_quote_goes_on_from_the_named_speaker_above() -> None:
    speakers = _speakers(
        "Uitbuiter veroordeeld\n\nEen uitzendbaas kreeg zes jaar cel.\n\n"
        "Karel Visser zei tegen de rechter dat hij niets fout deed.\n\n"
        "“Hij hield zijn mensen klein met angst”, zegt inspecteur Anna Smit.\n\n"
        "De straf moet anderen afschrikken, zegt ze, en „een duidelijk signaal geven dat "
        "uitbuiting niet loont”.\n\n"
    )
    assert speakers == ["Anna Smit", "Anna Smit"]


def test_he_added_after_someone_else_named_stays_open() -> None:
    speakers = _speakers(
        _CASE + "“He ran his crew through fear,” said inspector Tom Roe of the Labour Agency.\n\n"
        "Defence lawyer Sam Price said the sentence was too harsh, he added, calling it “a "
        "punishment far beyond what the law asks for in such cases”.\n\n"
    )
    assert speakers[0] == "Tom Roe"
    assert speakers[1] != "Tom Roe"


def test_a_quote_without_a_pronoun_saying_stays_open() -> None:
    speakers = _speakers(
        _CASE + "“He ran his crew through fear,” said inspector Tom Roe of the Labour Agency.\n\n"
        "The judge spoke of “a cruel and cold scheme that ruined the lives of many young "
        "workers”.\n\n"
    )
    assert speakers[0] == "Tom Roe"
    assert all(s != "Tom Roe" for s in speakers[1:])


def test_words_someone_else_spoke_of_are_not_the_one_quoted_persons() -> None:
    speakers = _speakers(
        "Gangmaster jailed\n\nA man who exploited farm workers was jailed.\n\n"
        "“He ran his crew through fear,” said inspector Tom Roe of the Labour Agency.\n\n"
        "The judge spoke of “a cruel and cold scheme that ruined the lives of many young "
        "workers”.\n\n"
    )
    assert speakers[0] == "Tom Roe"
    assert speakers[1] != "Tom Roe"


def test_a_person_right_after_an_opening_quote_is_only_a_maybe() -> None:
    text = (
        "Vrijwilligers gezocht\n\nIn Utrecht zoekt een stichting hulp.\n\n"
        "‘De helft van hen wil stoppen. De helft!’ De Utrechtse Ineke Bakker schudt haar "
        "hoofd. Ze helpt al twee jaar mee.\n\n"
    )
    assert _speakers(text) == ["TODO: who said this"]
    notes = import_source(text).warnings
    assert any(n.startswith("quote-1: maybe: Ineke Bakker (the subject") for n in notes)


def test_no_maybe_when_the_sentence_after_is_about_something_else() -> None:
    text = (
        "Vrijwilligers gezocht\n\nIn Utrecht zoekt een stichting hulp.\n\n"
        "‘De helft van hen wil stoppen. De helft!’ Volgens de stichting klopt dat cijfer "
        "niet, maar Ineke Bakker gelooft het wel.\n\n"
    )
    notes = import_source(text).warnings
    assert not any("maybe: Ineke Bakker (the subject" in n for n in notes)
