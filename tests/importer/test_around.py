"""The words right after a quote: separable verbs of saying, ranks before a name, and a
name after a quote that is not read (never a speaker from elsewhere then)."""

from __future__ import annotations

import pytest

from mhbrief.importer import import_source
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER
from mhbrief.importer.roles import separable

NL_HEAD = "Stille tocht in Breda\n\nOngeveer tweehonderd mensen liepen zaterdag mee door Breda.\n\n"
EN_HEAD = (
    "Police search a farm\n\nOfficers searched a farm near Leeds on Monday, neighbours saw.\n\n"
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in import_source(text).data["quotes"]]


@pytest.mark.parametrize(
    "attribution",
    [
        "vult Kees Mol aan, die ook meeloopt.",
        "vult Kees Mol aan.",
        "voegt Kees Mol eraan toe.",
        "voegt Kees Mol er nog aan toe.",
        "legt Kees Mol uit.",
        "geeft Kees Mol aan.",
        "merkt Kees Mol op.",
        "vat Kees Mol samen.",
        "sluit Kees Mol af.",
        "haalt Kees Mol aan.",
        "licht Kees Mol toe.",
        "gaat Kees Mol verder.",
        "vulde Kees Mol aan.",
    ],
)
def test_a_separable_verb_after_a_quote_names_its_speaker(attribution: str) -> None:
    text = (
        NL_HEAD + "‘Ik loop mee voor de slachtoffers’, aldus officier Anna Bos. "
        f"‘Vrijheid is een groot goed. Daar sta ik voor’, {attribution}\n"
    )
    assert _speakers(text) == [("Anna Bos", "officier"), ("Kees Mol", None)]


def test_a_separable_verb_reads_a_pronoun_and_an_apposition() -> None:
    text = (
        NL_HEAD + "‘Ik loop mee voor de slachtoffers’, vult Kees Mol aan, directeur van "
        "Stichting Vrije Weg. ‘Vrijheid is een groot goed voor ons’, voegt hij eraan toe.\n"
    )
    assert _speakers(text) == [
        ("Kees Mol", "directeur van Stichting Vrije Weg"),
        ("Kees Mol", "directeur van Stichting Vrije Weg"),
    ]


def test_a_verb_with_a_particle_it_does_not_take_is_no_attribution() -> None:
    assert separable("vult", "aan") and separable("Geeft", "toe")
    assert not separable("vult", "toe") and not separable("loopt", "mee")


def test_a_name_after_a_quote_in_words_not_read_keeps_no_carried_speaker() -> None:
    text = (
        NL_HEAD + "‘Ik loop mee voor de slachtoffers’, aldus officier Anna Bos. "
        "‘Vrijheid is een groot goed. Daar sta ik voor’, grinnikt Kees Mol, die ook meeloopt.\n"
    )
    draft = import_source(text)
    assert _speakers(text) == [("Anna Bos", "officier"), (PLACEHOLDER_SPEAKER, None)]
    assert any("quote-2: maybe: Kees Mol" in note for note in draft.warnings)


def test_a_name_after_a_quote_never_takes_the_speaker_of_the_paragraph_before() -> None:
    text = (
        NL_HEAD + "‘Ik loop mee voor de slachtoffers’, aldus officier Anna Bos. ‘En ik blijf\n\n"
        "‘Tot het einde van de tocht, hoe lang die ook duurt’, knikt Kees Mol, die meeloopt.\n"
    )
    assert _speakers(text)[-1][0] == PLACEHOLDER_SPEAKER


def test_a_new_sentence_after_a_quote_still_lets_its_speaker_go_on() -> None:
    text = (
        NL_HEAD + "‘Ik loop mee voor de slachtoffers’, aldus officier Anna Bos. "
        "‘Vrijheid is een groot goed. Daar sta ik voor.’ Kees Mol loopt ook mee.\n"
    )
    assert _speakers(text) == [("Anna Bos", "officier"), ("Anna Bos", "officier")]


@pytest.mark.parametrize(
    ("attribution", "name", "role"),
    [
        ("Det. Chief Insp. Andy Smith said.", "Andy Smith", "Det. Chief Insp."),
        ("said Det. Chief Insp. Andy Smith.", "Andy Smith", "Det. Chief Insp."),
        ("Det. Supt. Andy Smith told reporters.", "Andy Smith", "Det. Supt."),
        ("Sheriff Ann Lee said.", "Ann Lee", "sheriff"),
        ("Executive Director Carol Bell said.", "Carol Bell", "Executive Director"),
        ("Police Chief Tom Gray said.", "Tom Gray", "Police Chief"),
        ("Lt. Mark Hale said.", "Mark Hale", "Lt."),
        ("said Sgt. Mark Hale of the county police.", "Mark Hale", "Sgt. of the county police"),
        ("Dr. Rita Moss said.", "Dr. Rita Moss", None),  # a title stays with the name
    ],
)
def test_a_rank_or_office_before_an_english_name_is_the_role(
    attribution: str, name: str, role: str | None
) -> None:
    text = EN_HEAD + f"“We will find every one of them,” {attribution}\n"
    assert _speakers(text) == [(name, role)]


def test_a_rank_abbreviation_ends_no_sentence_before_a_quote() -> None:
    text = EN_HEAD + "Det. Chief Insp. Andy Smith said: “We will find every one of them.”\n"
    assert _speakers(text) == [("Andy Smith", "Det. Chief Insp.")]


@pytest.mark.parametrize(
    ("attribution", "name", "role", "organisation"),
    [
        (
            "Polk County Sheriff Ann Lee said.",
            "Ann Lee",
            "Polk County Sheriff",
            "Polk County Sheriff",  # the office-holder speaks for the office
        ),
        ("said Leeds Police Chief Tom Gray.", "Tom Gray", "Leeds Police Chief", "Leeds Police"),
        (
            "Kent Police Det. Supt. Andy Smith said.",
            "Andy Smith",
            "Kent Police Det. Supt.",
            "Kent Police",
        ),
        ("said John Major.", "John Major", None, None),  # two words: a name, not a rank
    ],
)
def test_a_place_or_force_before_the_rank_is_the_role_not_the_name(
    attribution: str, name: str, role: str | None, organisation: str | None
) -> None:
    draft = import_source(EN_HEAD + f"“We will find every one of them,” {attribution}\n")
    assert _speakers(EN_HEAD + f"“We will find every one of them,” {attribution}\n") == [
        (name, role)
    ]
    assert (
        draft.data["organisation"].startswith("TODO")
        if organisation is None
        else (draft.data["organisation"] == organisation)
    )


def test_where_it_was_said_after_a_surname_is_no_part_of_the_name() -> None:
    # "vertelt Schepens in L1mburg Centraal" once gave the speaker "L1mburg Centraal": the
    # programme's last word read as the surname, then completed from the same sentence.
    text = (
        "Honderd advertenties per week\n\n"
        "“Mensen hebben vaak geen idee”, zegt Mirte Ooms van de zedenpolitie.\n\n"
        "Volgens Ooms helpt opsporen. “Het verdwijnt uit het zicht”, vertelt Ooms in "
        "Regio8 Vandaag.\n"
    )
    speakers = [q["speaker"] for q in import_source(text).data["quotes"]]
    assert speakers == ["Mirte Ooms", "Mirte Ooms"]


def test_a_long_description_of_the_speakers_body_after_a_comma_keeps_the_speaker() -> None:
    # "zegt X van de AVIM, een speciale afdeling … gericht op onder andere mensenhandel":
    # sixteen words after the verb were read as no attribution at all.
    text = (
        "Honderd advertenties per week\n\n"
        "In de provincie is veel te zien. “Mensen hebben vaak geen idee van wat er gebeurt”, "
        "zegt Mirte Ooms van de ZVP, een speciale afdeling van de politie gericht op onder "
        "andere mensenhandel en uitbuiting.\n"
    )
    assert [q["speaker"] for q in import_source(text).data["quotes"]] == ["Mirte Ooms"]
