"""Patterns found on tune set 15 (real texts scored outside the repository), each in a
short made-up text of our own."""

from __future__ import annotations

from mhbrief.importer import PLACEHOLDER_SPEAKER, import_source


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


def test_british_ranks_without_full_stops_are_the_role_not_the_name() -> None:
    text = (
        "Gang jailed\n\n"
        "Three men were jailed at Derby Crown Court on Friday.\n\n"
        "Det Insp Sarah Jackson added: “We need the public to help us.”\n\n"
        "Det Sgt Tom Hill said: “This was a long investigation.”\n\n"
        "“It was hard work,” said Det Supt Ian Cole.\n"
    )
    assert _speakers(text) == [
        ("Sarah Jackson", "Det Insp"),
        ("Tom Hill", "Det Sgt"),
        ("Ian Cole", "Det Supt"),
    ]


def test_a_rank_abbreviation_and_a_surname_the_text_gives_no_fuller() -> None:
    text = (
        "Gang jailed\n\n"
        "Three men were jailed at Derby Crown Court on Friday.\n\n"
        "Det Insp Jackson added: “We need the public to help us stop such exploitation.”\n"
    )
    assert _speakers(text) == [("Jackson", "Det Insp")]
    draft = import_source(text)
    assert any("no fuller name" in note for note in draft.warnings)


def test_a_rank_and_a_surname_given_in_full_elsewhere_is_that_person() -> None:
    text = (
        "Gang jailed\n\n"
        "Sarah Jackson led the team that found the workers.\n\n"
        "Det Insp Jackson added: “We need the public to help us stop such exploitation.”\n"
    )
    assert _speakers(text) == [("Sarah Jackson", "Det Insp")]


def test_a_rank_and_a_word_that_leads_a_longer_name_stays_unknown() -> None:
    # "Jackson" may be the first name of "Jackson Reed": no guess
    text = (
        "Gang jailed\n\n"
        "Jackson Reed and Ann Lee led the team.\n\n"
        "Det Insp Jackson added: “We need the public to help us stop such exploitation.”\n"
    )
    assert _speakers(text) == [(PLACEHOLDER_SPEAKER, "Det Insp")]


def test_an_acronym_is_given_as_the_name_the_text_writes_out_elsewhere() -> None:
    text = (
        "Six arrested in smuggling inquiry\n\n"
        "Six men were arrested as part of a National Crime Agency probe into a network.\n\n"
        "NCA officers searched four homes in north London.\n\n"
        "Chris Hill, NCA Branch Commander, said: “This is a key moment in our work.”\n"
    )
    data = import_source(text).data
    assert (data["organisation"], data.get("organisation_short")) == (
        "National Crime Agency",
        "NCA",
    )


def test_an_acronym_is_not_given_a_name_of_no_organisation() -> None:
    # "Heavy Goods Vehicle" spells HGV but names no organisation
    text = (
        "Lorry stopped\n\n"
        "Police stopped a Heavy Goods Vehicle on the A14. The HGV held nine people.\n\n"
        "Anna Berg, director of Stichting Veilig Werk, said: “This must stop.”\n"
    )
    assert import_source(text).data["organisation"] != "Heavy Goods Vehicle"
