"""The words right after a quote: separable verbs of saying, and a name after a quote
that is not read (never a speaker from elsewhere then)."""

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
