"""Tune round 27: organisations (a role "bij" an organisation, a name with its own "’s", a
police force whose officer is quoted by rank), and more; each pattern in a short made-up
text of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_a_care_worker_bij_an_organisation_gives_role_and_organisation() -> None:
    text = (
        "Steeds jongere slachtoffers\n\n"
        "Uitbuiters benaderen kinderen steeds vaker via hun telefoon.\n\n"
        "Volgens hulpverlener Mira Jansen bij Stichting Veilig Thuis zie je dat vaak. "
        "„Ze schamen zich te veel om het aan iemand te vertellen. Dat maakt het lastig.”\n"
    )
    draft = draft_data(text)
    quote = draft["quotes"][0]
    assert quote["speaker"] == "Mira Jansen"
    assert quote["role"].startswith("hulpverlener")
    assert draft["organisation"] == "Stichting Veilig Thuis"


def test_a_care_worker_after_the_name_bij_an_organisation() -> None:
    text = (
        "Steeds jongere slachtoffers\n\n"
        "„Ze schamen zich te veel om het aan iemand te vertellen. Dat maakt het lastig”, "
        "zegt Mira Jansen, jeugdhulpverlener bij Stichting Veilig Thuis.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["role"] == "jeugdhulpverlener bij Stichting Veilig Thuis"
    assert draft["organisation"] == "Stichting Veilig Thuis"


def test_bij_in_an_ordinary_sentence_gives_no_organisation() -> None:
    text = (
        "Drukte op de markt\n\n"
        "Bij de kraam van Piet de Vries stonden zaterdag lange rijen.\n\n"
        "„Zo druk heb ik het nog nooit gezien. Iedereen wilde nog iets hebben”, zegt Piet de "
        "Vries.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Piet de Vries"
    assert draft["organisation"].startswith("TODO")
