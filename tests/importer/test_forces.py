"""A police officer's rank, written in full or short: the force they serve (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source


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
