"""The body whose experts a text's opening has speak (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.body_experts import body_of_experts


def test_a_bodys_experts_in_the_opening_give_the_body_and_its_initials() -> None:
    text = (
        "HU experts call on states to close harbour loopholes\n\n"
        "Independent Harbour Union rights experts today called on states to close the "
        "loopholes that let ship owners exploit crews, citing new figures of the Sea Work "
        "Office (SWO).\n"
    )
    assert body_of_experts(text) == ("Harbour Union", "HU")


def test_a_countrys_experts_are_no_body() -> None:
    assert body_of_experts("Leading British experts warned today that the law fails.") is None
    assert body_of_experts("Dutch experts say the new law fails victims.") is None


def test_experts_who_say_nothing_in_their_sentence_give_none() -> None:
    assert body_of_experts("The report by Harbour Union experts runs to 90 pages.") is None


def test_the_experts_body_wins_over_an_agency_named_more_often() -> None:
    text = (
        "HU experts urge a binding treaty on forced work at sea\n\n"
        "12 March 2021\n\n"
        "Two Harbour Union rights experts have urged states to adopt a binding treaty, "
        "after new figures from the Sea Work Office (SWO) showed profits rising.\n\n"
        "The SWO report found that most profits came from fishing fleets. The SWO will "
        "discuss the report in June.\n\n"
        "“A binding treaty is the only way to hold owners to account,” the experts said.\n"
    )
    assert import_source(text).data["organisation"] == "Harbour Union"
