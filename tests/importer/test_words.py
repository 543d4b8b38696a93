"""The importer's text rules: whole texts folded, a light stemmer, slugs, language."""

from __future__ import annotations

from mhbrief.accents import strip_accents
from mhbrief.engine import analysis
from mhbrief.importer.words import (
    WordCounts,
    detect_language,
    fold_text,
    slugify,
    suffix_stem,
    text_words,
)


def test_fold_text_keeps_whole_lines_and_apostrophes() -> None:
    assert fold_text("Financiële Steun voor NGO's") == "financiele steun voor ngo's"
    # The index folds one word and drops the possessive; the importer compares whole lines.
    assert analysis.fold("NGO's") == "ngo"


def test_both_share_the_accent_rule() -> None:
    assert strip_accents("zorgcoördinatie") == "zorgcoordinatie"
    assert analysis.fold("Zorgcoördinatie") == fold_text("Zorgcoördinatie")


def test_text_words_are_letters_only() -> None:
    assert text_words("In 2018: CKM-woordvoerder, ‘t Hoofd!") == [
        "in",
        "ckm-woordvoerder",
        "t",
        "hoofd",
    ]


def test_suffix_stem_joins_dutch_and_english_forms() -> None:
    assert suffix_stem("digitale") == suffix_stem("digitaal") == "digital"
    assert suffix_stem("handel") == suffix_stem("handell")
    assert suffix_stem("planning") == "plan"


def test_slug_is_ascii_and_cut_at_a_word() -> None:
    assert (
        slugify("Mensenhandel: ambitie kabinet ónvoldoende")
        == "mensenhandel-ambitie-kabinet-onvoldoende"
    )
    assert slugify("een twee drie vier", 12) == "een-twee"


def test_language_by_common_words() -> None:
    assert detect_language("The plan is weak and we are not alone.") == "en"
    assert detect_language("Het plan is zwak en wij zijn niet alleen.") == "nl"


def test_word_counts_count_whole_words_and_phrases_only() -> None:
    uses = WordCounts(
        "Dam zegt het. Damrak en Dam-achtig tellen niet; Payoke’s en Dam wel. Fier Fryslân!"
    )
    assert uses("Dam") == 2
    assert uses("Payoke") == 1
    assert uses("Fier Fryslân") == 1
    assert uses("Onbekend") == 0
    assert uses.after("Payoke", "en ") is False
    assert uses.after("Fryslân", "Fier ")


def test_a_cut_slug_does_not_end_on_a_word_that_leads_on() -> None:
    title = "Meer aandacht nodig voor slachtoffers van arbeidsuitbuiting in de regio"
    assert slugify(title, 25) == "meer-aandacht-nodig"
    assert slugify(title, 40) == "meer-aandacht-nodig-voor-slachtoffers"
    assert (
        slugify("Call for action on the rights of victims", 33) == "call-for-action-on-the-rights"
    )
    assert slugify("Voor de", 4) == "voor"  # never empty
    assert slugify("Opvang voor slachtoffers") == "opvang-voor-slachtoffers"  # not cut: whole
