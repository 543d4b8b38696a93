"""People named in the prose: roles from titles and appositions, verbs of saying, and
names that only may be a person's."""

from __future__ import annotations

from mhbrief.importer.carryover import People
from mhbrief.importer.interview import questions
from mhbrief.importer.mentions import mentions
from mhbrief.importer.paragraphs import Paragraph, is_answer
from mhbrief.importer.speakers import Person


def found(
    text: str, people: People | None = None
) -> list[tuple[str | None, str | None, bool, bool]]:
    return [
        (m.person.name, m.person.role, m.says, m.sure) for m in mentions(text, people or People())
    ]


def test_titles_appositions_and_organisations_give_roles() -> None:
    assert found("Een gesprek met Nationaal Rapporteur Piet Jansen over zijn monitor.") == [
        ("Piet Jansen", "Nationaal Rapporteur", False, True)
    ]
    assert found(
        "Anna de Boer, directeur-bestuurder van SEWN, vermoedt echter dat het groeit."
    ) == [("Anna de Boer", "directeur-bestuurder van SEWN", True, True)]
    assert found("Minister Karin van Dijk van Sociale Zaken wil een vergunning.") == [
        ("Karin van Dijk", "minister van Sociale Zaken", False, True)
    ]


def test_organisations_and_places_are_not_people() -> None:
    text = "Stichting Eerlijk Werk Nederland en het Openbaar Ministerie in Den Haag zijn het eens."
    assert found(text) == []


def test_a_bare_name_is_only_maybe_a_person_and_a_known_surname_counts() -> None:
    people = People()
    assert found("Collega Anna Smit kijkt toe.", people) == [
        ("Collega Anna Smit", None, False, False)
    ]
    people.mention(Person("Jeroen de Wit", "programmaleider"))
    assert found("Volgens De Wit is het erger.", people) == [("De Wit", None, True, True)]
    assert people.known("De Wit") == "Jeroen de Wit"


def test_interview_questions_need_answers_by_name() -> None:
    assert is_answer("Jansen: “Nee.”") and is_answer('Dr. Priya Raman: "Seafood."')
    assert not is_answer("Het plan: meer geld voor opvang.")
    texts = ["Is dat goed?", "Jansen: “Nee.”", "En nu?", "Jansen: “Ja.”", "Slot."]
    assert questions([Paragraph(t, None) for t in texts]) == frozenset({0, 2})
    # One question answered is not an interview: a rhetorical question stays a point.
    assert questions([Paragraph(t, None) for t in texts[:2]]) == frozenset()


def test_an_apposition_that_is_a_clause_gives_no_role() -> None:
    named = list(mentions("De commissaris, Jane Hale, answers the minister today.", People()))
    assert all(m.person.role != "answers the minister today" for m in named)
    named = list(mentions("Ali Salih, a veteran Libyan journalist, said it was hard.", People()))
    assert [m.person.role for m in named if m.person.name == "Ali Salih"] == [
        "veteran Libyan journalist"
    ]


def test_the_outlet_a_person_spoke_to_is_no_role() -> None:
    assert found("Er was een rolverdeling, zegt Karel de Wit bij Omroep Brabant.") == [
        ("Karel de Wit", None, True, True)
    ]


def test_a_count_opening_a_sentence_is_no_first_name() -> None:
    assert [m.person.name for m in mentions("Seven Nepali children were found.", People())] == []
