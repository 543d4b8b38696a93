"""The organisation read when the rules found none or one that was turned down: the body
the text says issued a statement, the body the quoted people are "with"; in short
made-up texts of our own (no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.second_choice import body_with_speakers, statement_body

from .drafts import draft_data


def test_a_body_in_a_statement_between_commas_issued_it() -> None:
    text = (
        "Three held after raid on bar\n\n"
        "The Northport Police Service (NPS), in a statement, said four people were held.\n\n"
        "“We found two girls in the back rooms,” said Commissioner of Police Rita Vale.\n"
    )
    assert draft_data(text)["organisation"] == "Northport Police Service"


def test_a_one_word_body_that_reported_in_an_email_statement_issued_it() -> None:
    text = (
        "Harbourwatch frees 40 workers. Of them, 12 were minors, Harbourwatch reported in "
        "an email statement."
    )
    assert statement_body(text, set()) == "Harbourwatch"


def test_a_surname_in_a_statement_is_no_body() -> None:
    text = "Ann Smith spoke first. Smith said in a statement that she would stay."
    assert statement_body(text, set()) is None


def test_two_bodies_with_statements_give_none() -> None:
    text = (
        "The Harbour Council said in a statement it was shocked. The Dock Workers Union "
        "said in a statement it had warned of this."
    )
    assert statement_body(text, set()) is None


def test_a_dutch_body_that_writes_in_a_press_release_issued_it() -> None:
    text = "De Stichting Veilig Werk meldt in een persbericht dat het aantal meldingen stijgt."
    assert statement_body(text, set()) == "Stichting Veilig Werk"


def test_the_body_a_quoted_person_is_with_is_the_organisation() -> None:
    text = (
        "New shelter opens\n\n"
        "A shelter for survivors opens next week, the sheriff said.\n\n"
        "Mara Quill with the Harbour Recovery Center says the rooms are ready.\n\n"
        "“Nobody should have to sleep in a car,” Quill said.\n\n"
        "“We will patrol the area,” the sheriff said.\n"
    )
    assert draft_data(text)["organisation"] == "Harbour Recovery Center"


def test_people_with_different_bodies_give_none() -> None:
    quotes = [
        {"speaker": "Mara Quill", "role": ""},
        {"speaker": "Tom Reed", "role": ""},
    ]
    text = (
        "Mara Quill with the Harbour Recovery Center spoke. Tom Reed with the Dock Workers "
        "Union spoke too."
    )
    assert body_with_speakers(quotes, text) is None


def test_a_police_post_turned_down_gives_the_force_the_text_names() -> None:
    text = (
        "Nine girls freed at bus station\n\n"
        "The Eastvale Police’s transit arm freed nine girls on Monday and held two men.\n\n"
        "“They were told they would get jobs in a hotel,” said Deputy Commissioner of Police "
        "(Transit) Arun Dev.\n"
    )
    assert draft_data(text)["organisation"] == "Eastvale Police"
