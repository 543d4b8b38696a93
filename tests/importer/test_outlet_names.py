"""A newspaper's name is never a speaker: "Kenya's Daily Nation" was read as a person
called Daily Nation (with the role "Kenya"), and a "she says" after it went to them.
Made-up texts of our own."""

from __future__ import annotations

from mhbrief.importer.name_shape import thing_name

from .drafts import draft_data


def test_a_newspapers_name_is_not_a_persons() -> None:
    assert thing_name(["Daily", "Nation"])
    assert thing_name(["Weekly", "Standard"])
    assert thing_name(["Harbour", "Times"])
    assert thing_name(["Leidsch", "Dagblad"])
    assert not thing_name(["Anna", "Post"])  # a surname that is also a paper's word
    assert not thing_name(["Mark", "Sun"])


def test_a_pronoun_after_a_newspapers_name_gives_no_speaker() -> None:
    text = (
        "Home after a year abroad\n\n"
        "This story was reported with Ghana's Daily Courier and a nonprofit newsroom.\n\n"
        "After a year in Beirut, former domestic worker Akosua flew home to Accra.\n\n"
        "“I would not go back for any wage,” she says from her home.\n"
    )
    [quote] = draft_data(text)["quotes"]
    assert str(quote["speaker"]).startswith("TODO")
    assert "role" not in quote or "Ghana" not in str(quote["role"])
