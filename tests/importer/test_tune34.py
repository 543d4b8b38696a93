"""Tune round 34: organisations and speakers (names with small inner words, a council
party's group, an unnamed office-holder as subject, a manager introduced before his
quotes, questions put to someone, a straight mark closed by two apostrophes); each
pattern in a short made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from mhbrief.importer.compound_nouns import name_before_compound
from mhbrief.importer.council_party import party_of_members
from mhbrief.importer.name_adjectives import without_adjective
from mhbrief.importer.particle_names import continues_a_name, lead_of_compound
from mhbrief.importer.questions_to import put_to
from mhbrief.importer.quotes import quote_spans
from mhbrief.importer.role_subject import role_subject

from .drafts import draft_data


def _speakers(data: dict) -> list[str]:
    return [q["speaker"] for q in data["quotes"]]


# -- a name with small inner words before a compound role ------------------------------


def test_a_compound_role_keeps_the_names_first_words() -> None:
    text = (
        "Steun voor straatkinderen\n\n"
        "Er is meer geld nodig, zegt Huis voor de Jeugd Oost-directeur Karel Mol in een "
        'radio-interview. "We komen handen tekort in elke stad van het land", zegt Mol.\n'
    )
    data = draft_data(text)
    assert data["organisation"] == "Huis voor de Jeugd Oost"
    assert data["quotes"][0]["speaker"] == "Karel Mol"


def test_lead_of_compound_needs_a_capitalised_word_before_the_small_one() -> None:
    text = "zegt Leger des Heils-woordvoerder Piet"
    assert lead_of_compound(text, text.index("Heils"), "Heils-woordvoerder") == "Leger des"
    text = "zegt de Heils-woordvoerder Piet"
    assert lead_of_compound(text, text.index("Heils"), "Heils-woordvoerder") is None
    text = "zegt Leger des Heils woordvoerder Piet"
    assert lead_of_compound(text, text.index("Heils"), "Heils") is None


def test_the_rest_of_a_name_is_no_person() -> None:
    text = "Hij werkt bij Maison des Enfants Perdus in Lyon."
    assert continues_a_name(text, text.index("Enfants"))
    text = "Hij sprak met Anna Smit en Piet Bos."
    assert not continues_a_name(text, text.index("Piet"))


# -- the organisation of a compound noun: "X-projecten in Peru" ------------------------


def test_the_name_before_a_compound_noun_is_the_organisation() -> None:
    assert name_before_compound("Hulp voor Kinderen-projecten in Peru") == "Hulp voor Kinderen"
    assert name_before_compound("Kinderhulp-kantoor") == "Kinderhulp"


def test_a_name_going_on_after_its_hyphen_is_kept() -> None:
    assert name_before_compound("Anti-slavernij Netwerk") == "Anti-slavernij Netwerk"
    assert name_before_compound("Zeeland-West-Brabant") == "Zeeland-West-Brabant"
    assert name_before_compound("Pro-leven") == "Pro-leven"


def test_a_manager_introduced_before_his_quotes_says_them() -> None:
    text = (
        "Kinderen in nood\n\n"
        "Karel Wouters is coördinator van de Hulp voor Kinderen-projecten in Peru en deed "
        "onderzoek naar straatkinderen in het land. ‘Veel kinderen slapen op straat en krijgen "
        "geen eten’, legt hij uit. ‘Ze zijn hun ouders kwijt.’\n"
    )
    data = draft_data(text)
    assert _speakers(data) == ["Karel Wouters", "Karel Wouters"]
    assert data["quotes"][0]["role"] == "coördinator van de Hulp voor Kinderen-projecten in Peru"
    assert data["organisation"] == "Hulp voor Kinderen"


def test_a_role_and_a_list_joined_by_and_stay_one_role() -> None:
    text = (
        "Kinderen in nood\n\n"
        "Karel Wouters is oprichter en directeur van Stichting Kinderlicht. ‘Veel kinderen "
        "slapen op straat’, zegt hij.\n"
    )
    assert (
        draft_data(text)["quotes"][0]["role"] == "oprichter en directeur van Stichting Kinderlicht"
    )


# -- an adjective of where someone is from before a first name -------------------------


def test_an_adjective_of_a_country_is_no_part_of_the_name() -> None:
    import re

    name = re.compile(r"[A-Z]\w+(?:\s+[A-Z]\w+)*")
    text = "Toen kwam de Syrische Omar binnen."
    match = name.search(text, text.index("Syrische"))
    assert match is not None and without_adjective(text, match, name)[0] == "Omar"
    text = "Toen kwam Louise Smit binnen."
    match = name.search(text, text.index("Louise"))
    assert match is not None and without_adjective(text, match, name)[0] == "Louise Smit"


def test_a_first_name_after_an_adjective_is_no_full_name_for_a_quote() -> None:
    text = (
        "Een veilige plek\n\n"
        "De Syrische Omar (16) woont nu in een opvang in Utrecht. ‘Ik voel me hier veilig "
        "en ik ga weer naar school.’\n"
    )
    # the first name alone, never "Syrische Omar" (round 44: a first name the text gives
    # an age is the one person named, see test_unattributed)
    assert _speakers(draft_data(text))[0] == "Omar"


# -- a council party's group ------------------------------------------------------------


def test_a_quoted_group_leader_speaks_for_the_party_whose_group_is_named() -> None:
    text = (
        "Vragen over voorlichting\n\n"
        "De actie werd uitgevoerd door Veilig Thuis Oost, een stichting die hulp biedt bij "
        "geweld. Opmerkelijk, vindt de raadsfractie van Lokaal Sterk. ,,Wij willen weten "
        "waarom dit nu gebeurt en wat het heeft opgeleverd”, zegt fractievoorzitter Ria Bol.\n"
    )
    assert draft_data(text)["organisation"] == "Lokaal Sterk"


def test_two_parties_groups_give_no_party() -> None:
    text = "De fractie van Lokaal Sterk en de PvdA-fractie stelden vragen."
    assert party_of_members(["fractievoorzitter"], text) is None
    assert party_of_members(["fractievoorzitter"], "De VVD-fractie wil meer.") == "VVD"


def test_a_party_group_is_not_taken_for_other_roles() -> None:
    text = "De fractie van Lokaal Sterk stelde vragen."
    assert party_of_members(["directeur"], text) is None


# -- an unnamed office-holder as the subject of the sentence before --------------------


def test_an_unnamed_role_as_subject_gives_the_quote_its_role() -> None:
    text = (
        "Stichting Kinderlicht wint prijs\n\n"
        "Tijdens de uitreiking bedankte de Kinderlicht-directeur alle vrijwilligers van het "
        "netwerk. “Zonder hen was dit werk nooit mogelijk geweest, dat wil ik vandaag zeggen.”\n"
    )
    data = draft_data(text)
    assert data["quotes"][0]["speaker"].startswith("TODO")
    assert data["quotes"][0]["role"] == "Kinderlicht-directeur"
    assert data["organisation"] == "Kinderlicht"


def test_role_subject_in_english_and_where_it_must_not_fire() -> None:
    person = role_subject("At the ceremony, the director thanked the volunteers.")
    assert person is not None and person.name is None and person.role == "director"
    assert role_subject("Hij sprak gisteren met de directeur over het plan.") is None
    assert role_subject("De directeur van de school bedankte iedereen.") is None
    assert role_subject("Tijdens de uitreiking was het feest") is None  # no sentence end
    assert (
        role_subject(
            "Tijdens de lange en drukke avond in de grote zaal bedankte de directeur iedereen."
        )
        is None
    )


# -- questions put to someone ----------------------------------------------------------


def test_questions_put_to_someone_name_the_answerer() -> None:
    assert put_to("Vijf vragen over het werk aan ")
    assert put_to("Three questions for ")
    assert put_to("We spoke with ")
    assert not put_to("Vragen stellen is goed, zegt ")


def test_an_answer_under_a_question_is_said_by_whom_the_questions_are_put_to() -> None:
    text = (
        "Drie vragen over opvang\n\n"
        "Stichting Kinderlicht bestaat tien jaar. Drie vragen over het werk aan Ria Bol, "
        "coördinator bij Stichting Kinderlicht.\n\n"
        "1. Wat doet Kinderlicht?\n\n"
        "“Wij bieden opvang aan kinderen die niet meer thuis kunnen wonen, in heel het land.”\n"
    )
    assert _speakers(draft_data(text)) == ["Ria Bol"]


# -- a straight mark closed by two apostrophes -----------------------------------------


def test_a_straight_mark_closed_by_two_apostrophes_is_a_quote() -> None:
    text = '"Nobody who does this can hide from us,’’ he said.'
    spans = quote_spans(text)
    assert [inner for _, _, inner in spans] == ["Nobody who does this can hide from us,"]
    assert text[spans[0][1] :] == " he said."


def test_two_apostrophes_after_a_word_inside_a_straight_quote_do_not_close_it() -> None:
    text = "\"The ''best'' offer was not the best one at all,\" she said."
    assert [inner for _, _, inner in quote_spans(text)] == [
        "The ''best'' offer was not the best one at all,"
    ]


def test_he_said_after_such_a_quote_goes_back_to_the_officer() -> None:
    text = (
        "Men charged over online abuse\n\n"
        "Detective Sergeant Jane Roe said the force would keep working with partners.\n\n"
        '"Anyone who shares this material is committing a crime,’’ she said.\n'
    )
    assert _speakers(draft_data(text)) == ["Jane Roe"]


def test_two_apostrophes_after_a_word_before_a_comma_close_a_straight_quote() -> None:
    text = '"We will find them all’’, the inspector said.'
    assert [inner for _, _, inner in quote_spans(text)] == ["We will find them all"]
