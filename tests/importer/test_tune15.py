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


def test_where_or_when_before_the_speaker_of_a_lead_in() -> None:
    text = (
        "Trafficker jailed\n\n"
        "A man was jailed on Friday for breaching a slavery order.\n\n"
        "In her sentencing remarks at Birmingham Crown Court, Her Honour Judge Stacey said: "
        "“I wish to praise the work of the charity.”\n\n"
        "In a statement, Anna de Vries, director of Stichting Veilig Werk, said: "
        "“We are glad we could help the police.”\n"
    )
    assert _speakers(text) == [
        ("Stacey", "judge"),
        ("Anna de Vries", "director of Stichting Veilig Werk"),
    ]


def test_a_lead_in_that_opens_with_a_preposition_names_no_one() -> None:
    text = (
        "Meer slachtoffers\n\n"
        "Het aantal meldingen steeg vorig jaar opnieuw.\n\n"
        "In Nederland zijn veel slachtoffers: “Het gaat om duizenden mensen per jaar.”\n"
    )
    assert _speakers(text) == [(PLACEHOLDER_SPEAKER, None)]
    text = (
        "Trafficker jailed\n\n"
        "Anna Smit, director of the charity, spoke to the court.\n\n"
        "On Monday, she said: “I wish to praise the work of the police.”\n"
    )
    assert _speakers(text) == [("Anna Smit", "director of the charity")]


def test_a_list_label_and_a_link_line_at_the_end_are_left_out() -> None:
    text = (
        "Six arrested in smuggling inquiry\n\n"
        "Six men were arrested as part of a probe into a smuggling network.\n\n"
        "Original article link: https://www.example.org/news/six-arrested\n\n"
        "Latest News from\n\n"
        "Example Crime Agency\n"
    )
    draft = import_source(text)
    body = " ".join(p["text"] for p in draft.data.get("points", []))
    assert "Latest News" not in body
    assert "https://" not in body
    assert "Example Crime Agency" not in body
    assert "Six men were arrested" in draft.data["summary"] + body


def test_a_person_said_to_work_somewhere_is_who_a_pronoun_means() -> None:
    text = (
        "Charity rescues sixty victims\n\n"
        "An anti-slavery charity says it has rescued more than sixty victims this year.\n\n"
        "Neil Ward works for the charity. He was a police officer for twenty years.\n\n"
        "He said: “The true scale of modern slavery is much larger than we thought.”\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Neil Ward"]


def test_a_name_and_an_organisation_on_a_line_of_its_own_is_a_caption() -> None:
    text = (
        "Charity rescues sixty victims\n\n"
        "An anti-slavery charity says it has rescued more than sixty victims this year.\n\n"
        "Neil Ward from Safe Haven Trust\n\n"
        "The charity opened its hub in the town three years ago.\n"
    )
    body = " ".join(p["text"] for p in import_source(text).data.get("points", []))
    assert "Neil Ward from" not in body
    assert "opened its hub" in body


def test_a_name_and_an_organisation_over_a_quote_says_who_spoke() -> None:
    text = (
        "Charity rescues sixty victims\n\n"
        "An anti-slavery charity says it has rescued more than sixty victims this year.\n\n"
        "Neil Ward from Safe Haven Trust\n\n"
        "“The true scale of modern slavery is much larger than we thought.”\n"
    )
    quotes = import_source(text).data["quotes"]
    assert len(quotes) == 1 and "much larger" in quotes[0]["text"]


def test_an_acute_accent_for_an_apostrophe_keeps_the_attribution() -> None:
    text = (
        "Poles jailed\n\n"
        "Eight men were jailed on Friday.\n\n"
        "“Eighty-eight victims came forward,” said Mark Paul of England´s Crown Prosecution "
        "Service.\n"
    )
    assert [name for name, _ in _speakers(text)] == ["Mark Paul"]


def test_a_dateline_leaves_the_summary_when_a_date_line_came_first() -> None:
    text = (
        "Stichting Voorbeeld slaat alarm over uitbuiting\n"
        "Gepubliceerd op 14 oktober 2026\n\n"
        "Utrecht, 14 oktober 2026 – Stichting Voorbeeld ziet een sterke stijging van het "
        "aantal meldingen uit distributiecentra.\n\n"
        "‘Dit is geen incident meer,’ zegt directeur Anna de Graaf.\n"
    )
    draft = import_source(text).data
    assert draft["published"].isoformat() == "2026-10-14"
    assert draft["summary"].startswith("Stichting Voorbeeld ziet")
