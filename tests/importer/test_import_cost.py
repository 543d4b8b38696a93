"""What the importer reads once a text instead of once a quote (stop 43: a text of
thousands of attributed quotes looked at every note for every quote, and read the whole
text for every speaker's initials; bench/bench_hostile.py measures the cost)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.name_shape import bracketed_words, initialled_body
from mhbrief.importer.sole_speaker import maybe_named


def test_the_quotes_with_a_candidate_are_read_from_the_notes_once() -> None:
    notes = [
        "quote-2: maybe: Maria Bos (named right after the quote)",
        "quote-3: no speaker found; fill in 'speaker'",
        "quote-4: 'Tante' left out of the name: maybe: not this",
        "quote-12: maybe: De Nationaal Rapporteur (the paragraph's subject)",
    ]
    named = maybe_named(notes)
    assert {"quote-2", "quote-12"} <= named
    assert not {"quote-1", "quote-3", "quote-4"} & named


def test_initials_never_written_in_brackets_are_not_looked_for() -> None:
    text = "De Harbour Watch Movement (HWM) helpt. Anna Bakker (34) werkt er."
    bracketed = bracketed_words(text)
    assert bracketed == {"HWM", "34"}
    for name in ("Harbour Watch Movement", "Anna Bakker", "Watch Movement"):
        assert initialled_body(name, text, bracketed) == initialled_body(name, text)
    assert initialled_body("Harbour Watch Movement", text, bracketed)
    assert not initialled_body("Anna Bakker", text, bracketed)


def test_a_text_of_many_attributed_quotes_keeps_every_speaker() -> None:
    names = [f"{first} {last}" for first in ("Anna", "Piet", "Eva") for last in ("Smit", "Bos")]
    paragraphs = [
        f"“Wij zien steeds meer jongeren in de opvang, nummer {n}.” zegt woordvoerder"
        f" {names[n % len(names)]} van Stichting Hulp."
        for n in range(300)
    ]
    draft = import_source("\n\n".join(["Opvang vol", *paragraphs]).encode("utf-8"))
    assert len(draft.quotes) == 300
    assert [q.speaker for q in draft.quotes] == [names[n % len(names)] for n in range(300)]


def test_a_title_or_rank_keeps_its_name_and_nothing_else_does() -> None:
    from mhbrief.importer.roles import with_title_spaces

    nb = "\u00a0"
    cases = {
        "Zegt Dr. Jan Smit. Sgt. Mark Hale en Sgt. de rest.": f"Zegt Dr.{nb}Jan Smit. Sgt.{nb}"
        "Mark Hale en Sgt. de rest.",
        "mevr. Bos, PROF. Lee, prof.dr. Ann, xDr. Jan, 3Mr. Jan, Det.  Insp. Roe": f"mevr.{nb}Bos,"
        f" PROF.{nb}Lee, prof.dr. Ann, xDr. Jan, 3Mr. Jan, Det.{nb} Insp.{nb}Roe",
        "Geen titel hier. Nog een zin.": "Geen titel hier. Nog een zin.",
    }
    for text, guarded in cases.items():
        assert with_title_spaces(text) == guarded
        assert len(with_title_spaces(text)) == len(text)
