"""Importing source texts in layouts the first tests did not cover."""

from __future__ import annotations

import re

from mhbrief.importer import Draft, import_source


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _kept_words(draft: Draft) -> str:
    parts = [str(draft.data.get("title", "")), draft.summary or ""]
    parts += [q.text for q in draft.quotes] + [p.text for p in draft.points]
    parts += [q.context or "" for q in draft.quotes]
    parts += [q.speaker + " " + (q.role or "") for q in draft.quotes]
    return " ".join(parts)


HARD_WRAPPED = """Stichting Voorbeeld reageert op het plan

13 november 2018

Stichting Voorbeeld vindt het plan van de minister te vrijblijvend en
mist concrete doelen voor de komende jaren.

Directeur Piet Jansen: ‘We missen concrete doelen. Zonder doelen
is er geen verantwoording.’
"""


def test_hard_wrapped_lines_are_not_taken_for_subheadings() -> None:
    draft = import_source(HARD_WRAPPED.encode("utf-8"), organisation="Stichting Voorbeeld")
    [quote] = draft.quotes
    assert quote.text == "We missen concrete doelen. Zonder doelen is er geen verantwoording."
    assert (quote.speaker, quote.role, quote.context) == ("Piet Jansen", "directeur", None)
    kept = set(_words(_kept_words(draft)))
    assert "vrijblijvend" in kept and "mist" in kept


def test_no_word_of_a_hard_wrapped_statement_is_lost() -> None:
    draft = import_source(HARD_WRAPPED.encode("utf-8"), organisation="Stichting Voorbeeld")
    kept = {w.lower() for w in _words(_kept_words(draft))}
    missing = [w for w in _words(HARD_WRAPPED) if w.lower() not in kept and not w.isdigit()]
    assert missing == ["november"]  # only the date line's month, which became 'published'
