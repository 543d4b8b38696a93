"""A police officer's rank, written in full or short: the force they serve (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.forces import named_force


def test_a_short_police_rank_is_an_officers_rank() -> None:
    text = (
        "Four people freed from a car wash\n\n"
        "Four people were freed in a raid on a car wash in the harbour town, Harbour "
        "Police said.\n\n"
        "The raid was supported by the Harbour Borough Council, which is the local "
        "council for the town.\n\n"
        "Det Supt Ann Lee said: “These people were kept in fear for months.”\n\n"
        "Det. Insp. Lee added: “We ask anyone who knows more to call us.”\n"
    )
    assert import_source(text).data["organisation"] == "Harbour Police"


def test_a_force_by_its_full_name_with_department() -> None:
    text = (
        "Arrests after a long inquiry, police said Monday.\n\n"
        "Detectives of the Elm City Police Department found the images. "
        "Elm City police said more arrests may follow."
    )
    assert named_force(text) == "Elm City Police Department"


def test_the_police_department_alone_names_no_force() -> None:
    assert named_force("The Police Department said it would look again.") is None


def test_a_news_story_about_a_force_gives_its_full_name() -> None:
    text = (
        "Police in the river town announce 40 arrests\n\n"
        "RIVERTON — A two-year inquiry into the sale of children ended in 40 arrests, "
        "police said Monday.\n\n"
        "The inquiry began when Riverton Police Department detectives saw an advert.\n\n"
        "“We will not stop here,” Chief Mae Holt told reporters.\n"
    )
    assert import_source(text).data["organisation"] == "Riverton Police Department"
