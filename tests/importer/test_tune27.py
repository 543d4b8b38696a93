"""Tune round 27: organisations (a role "bij" an organisation, a name with its own "’s", a
police force whose officer is quoted by rank), and more; each pattern in a short made-up
text of our own (no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.own_s import with_own_s

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


def test_a_charity_named_with_its_own_s() -> None:
    text = (
        "Young carers need more help, warns Hallam’s\n\n"
        "Schools miss the signs that a pupil looks after a parent, says Hallam’s.\n\n"
        "Hallam’s chief executive Ruth Coles said: “Far too many young carers go unseen by "
        "the adults around them every single day.”\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["role"] == "Hallam’s chief executive"
    assert draft["organisation"] == "Hallam’s"


def test_an_officer_of_a_charity_named_with_its_own_s() -> None:
    text = (
        "Young carers go unseen\n\n"
        "“Far too many young carers go unseen by the adults around them every day,” said "
        "Ruth Coles of Hallam's.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Ruth Coles"
    assert draft["organisation"] == "Hallam's"


def test_a_possessive_is_no_own_s() -> None:
    assert with_own_s("Labour", "Labour’s spokesperson said that Labour’s plan works.") == (
        "Labour"
    )
    assert with_own_s("Hallam", "It was Hallam’s.") == "Hallam’s"
    assert with_own_s("Hallam", "Hallam’s report was read by Hallam.") == "Hallam"


def test_a_role_at_a_name_with_its_own_s() -> None:
    from mhbrief.importer.own_s import own_s_in_role

    assert own_s_in_role("chief executive of Hallam’s") == "Hallam’s"
    assert own_s_in_role("Hallam's") == "Hallam's"
    assert own_s_in_role("head of the Fund’s legal team") is None
    assert own_s_in_role("director of Children's Services") is None


_SHAME = "„Ze schamen zich te veel. Dat maakt het lastig voor iedereen die wil helpen.”\n"


def test_a_name_bij_an_organisation_of_several_words_gives_it() -> None:
    text = (
        f"Hulp komt laat\n\nVolgens Anna de Boer bij Hulp voor Kinderen zie je dat vaak. {_SHAME}"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Anna de Boer"
    assert draft["organisation"] == "Hulp voor Kinderen"


def test_a_word_between_volgens_and_a_name_is_the_role() -> None:
    text = (
        "Hulp komt laat\n\n"
        f"Volgens therapeut Anna de Boer bij Hulp voor Kinderen zie je dat vaak. {_SHAME}"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["role"] == "therapeut bij Hulp voor Kinderen"


def test_no_role_from_volgens_onder_meer_or_a_study() -> None:
    from mhbrief.importer.according_role import according_role

    assert according_role("Dat komt volgens onder ") is None
    assert according_role("Het is volgens ") is None
    assert according_role("Volgens therapeut ") == "therapeut"
    text = (
        "Hulp komt laat\n\n"
        "Volgens onderzoek van Anna de Boer zie je dat vaak, zegt Anna de Boer. "
        f"{_SHAME}"
    )
    for quote in draft_data(text)["quotes"]:
        assert "onderzoek" not in (quote.get("role") or "")


_GANGS = "“We take this extremely seriously and will keep going after the gangs.”"


def test_an_officer_with_a_post_in_the_force_gives_the_force() -> None:
    text = (
        "Arrests in week of action\n\n"
        "Four people were held as Wessex Police targeted forced labour across the county.\n\n"
        f"Detective Inspector Tom Hale, the force lead for exploitation, said: {_GANGS}\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Tom Hale"
    assert draft["organisation"] == "Wessex Police"


def test_a_force_s_officer_is_no_name_of_several_words() -> None:
    text = (
        "Arrests in week of action\n\n"
        "Four people were held as officers targeted forced labour across the county.\n\n"
        f"{_GANGS[:-2]},” said Wessex Police's Tom Hale.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["speaker"] == "Tom Hale"
    assert draft["organisation"] == "Wessex Police"


def test_an_officer_who_chairs_another_body_gives_no_force() -> None:
    text = (
        "Arrests in week of action\n\n"
        "Four people were held as Wessex Police targeted forced labour across the county.\n\n"
        f"Detective Inspector Tom Hale, chair of Safe Haven Trust, said: {_GANGS}\n"
    )
    assert draft_data(text)["organisation"] != "Wessex Police"


def test_the_organisation_whose_anniversary_a_visit_marks() -> None:
    text = (
        "Minister bij congres tien jaar VeiligWerk\n\n"
        "De minister bezoekt dinsdag een congres ter gelegenheid van het 10-jarig bestaan "
        "van VeiligWerk. Het congres gaat over de aanpak van uitbuiting.\n\n"
        "VeiligWerk helpt sinds 2014 mensen die op hun werk worden uitgebuit.\n"
    )
    assert draft_data(text)["organisation"] == "VeiligWerk"


def test_an_anniversary_of_an_event_or_a_place_gives_no_organisation() -> None:
    text = (
        "Veterans gather\n\n"
        "Veterans met on Friday to mark the 75th anniversary of D-Day in the town.\n\n"
        "D-Day is remembered here every year, and the town marked the 50th anniversary of "
        "Harbour Town as well.\n"
    )
    assert draft_data(text)["organisation"].startswith("TODO")


def test_our_projects_run_by_an_organisation_name_the_author() -> None:
    text = (
        "17 March 2020\n\n"
        "“The report echoes our own experience in projects run by The Harbour Society that "
        "help young people who were exploited.\n\n"
        "“We join with Hallam Trust in calling on the Government to act now.”\n"
    )
    assert draft_data(text)["organisation"] == "The Harbour Society"


def test_our_team_led_by_a_person_names_no_author() -> None:
    from mhbrief.importer.we_as import we_speak_as

    assert we_speak_as("Our staff are led by Anna Smith, who started this year.") is None
    assert we_speak_as("Our children were run by the rules of the home.") is None
