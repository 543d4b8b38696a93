"""Tune round 29: a name before "van de" + an adjective or a body, organisations with
small words inside their names, speakers and furniture; each pattern in a short made-up
text of our own (no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.name_then_body import name_end_before_body
from mhbrief.importer.speakers import parse_person

from .drafts import draft_data


def test_a_name_then_van_de_and_an_adjective_is_a_name_and_a_body() -> None:
    text = (
        "Oplichters bellen ouderen\n\n"
        "“Ze doen zich voor als bankmedewerker”, zegt Kees Vlot van de Friese politie bij "
        "Omrop Fryslân. “Daarna is het geld binnen een uur weg.”\n"
    )
    quotes = draft_data(text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Kees Vlot", "Kees Vlot"]


def test_a_name_with_its_own_van_de_stays_one_name() -> None:
    assert name_end_before_body("Jan Smit van de Berg") is None
    assert name_end_before_body("Anna van de Zeeuwse") is None  # one word before: unsure
    assert parse_person("Jan Smit van de Berg").name == "Jan Smit van de Berg"


def test_a_second_van_after_a_surname_with_a_particle_opens_the_body() -> None:
    text = (
        "Meer meldingen\n\n"
        "Volgens Tom Van Dalen van Maison des Enfants komen er meer meldingen binnen. "
        "“Het zijn er elke week meer”, zegt hij.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Tom Van Dalen"
    assert quote["role"] == "Maison des Enfants"


def test_bij_an_outlet_after_a_pronoun_is_where_it_was_said() -> None:
    text = (
        "Drukte op de dijk\n\n"
        "Volgens Mira de Groot van Stichting Dijkwacht is het te druk. “Mensen komen met "
        "duizenden tegelijk”, zegt ze bij RTL Nieuws.\n"
    )
    quote = draft_data(text)["quotes"][0]
    assert quote["speaker"] == "Mira de Groot"


def test_bij_after_a_role_word_is_where_the_speaker_works() -> None:
    person = parse_person("Eva Brink, verslaggever bij NOS")
    assert person.name == "Eva Brink"
    assert person.role is not None and "NOS" in person.role


def test_a_kind_then_a_name_with_des_inside_is_the_whole_name() -> None:
    text = (
        "Hulp voor straatkinderen\n\n"
        "De hulporganisatie Amis des Rues trekt aan de bel. Amis des Rues ziet steeds meer "
        "kinderen op straat slapen in de grote steden van het land.\n"
    )
    assert draft_data(text)["organisation"] == "Amis des Rues"


def test_a_body_with_a_slash_after_the_name_is_kept_whole() -> None:
    text = (
        "Meer meldingen in het zuiden\n\n"
        "Volgens Bram Hols van de politie Noord/Oost-Limburg is het probleem groter dan "
        "gedacht. “We zien het elke week”, zegt hij.\n"
    )
    draft = draft_data(text)
    assert draft["quotes"][0]["role"] == "politie Noord/Oost-Limburg"
    assert draft["organisation"] == "politie Noord/Oost-Limburg"


def test_two_experts_after_a_plural_role_speak_as_one() -> None:
    text = (
        "Rivers at risk, experts say\n\n"
        "“The rivers are running dry far sooner than the plans expected,” said Independent "
        "Experts Lena Ortiz and Paul Kerr, speaking before the summit in March.\n\n"
        "“Nobody can wait for the next report,” they said.\n"
    )
    draft = draft_data(text)
    assert [q["speaker"] for q in draft["quotes"]] == ["Lena Ortiz and Paul Kerr"] * 2
    assert draft["quotes"][0]["role"] == "Independent Experts"
    assert not draft["organisation"].startswith("Independent Experts")


def test_a_singular_role_before_two_names_gives_no_joint_speaker() -> None:
    person = parse_person("director Ann Roe and Joy Lee")
    assert person.name is None


def test_a_participle_clause_after_the_speaker_is_not_the_role() -> None:
    person = parse_person("Ann Roe, speaking at the launch in Leeds")
    assert person.name == "Ann Roe"


def test_site_chrome_lines_are_furniture_and_not_the_title() -> None:
    text = (
        "Make us your home page\n\n"
        "Press releases Treaty Bodies\n\n"
        "Harbour workers win back pay\n\n"
        "By Published On: March 3rd, 2021\n\n"
        "Dock workers in the port won their claim for unpaid wages after a long case.\n\n"
        "Photo reprints | Article reprints\n\n"
        "Mara Jensen is available for media interviews.\n"
    )
    draft = draft_data(text)
    assert draft["title"] == "Harbour workers win back pay"
    assert str(draft["published"]) == "2021-03-03"
    flat = str(draft)
    for line in ("Make us your home page", "Photo reprints", "available for media", "Treaty"):
        assert line not in flat


def test_a_sentence_that_mentions_press_releases_stays() -> None:
    from mhbrief.importer.site_chrome import is_site_chrome

    assert not is_site_chrome("Press releases of the council are read by few people.")
    assert not is_site_chrome("She said the team is available for interviews next week.")
