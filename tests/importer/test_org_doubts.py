"""A rank, an outlet, the first word of a longer name, a unit inside a force, or one
quoted person's employer beside an officer of another body: never the draft's
organisation as found (made-up texts)."""

from __future__ import annotations

from mhbrief.importer import import_source
from mhbrief.importer.org_doubts import function_alone

RANK = """Harbour shelter opens its doors

A new shelter for people who fled abuse opens this week in the harbour town.

“We have waited years for a place like this, and now it is finally here,” Sheriff Dunmore said.
"""

OUTLET = """Inland officers call the case shocking

“This is one of the worst cases we have looked into in a long time,” Supt. Alma Fenwick \
told Coast News.

Coast News confirmed the charges with the court on Monday.
"""

FIRST_WORD = """Oproep voor beter toezicht

‘Deze kinderen vallen nog steeds tussen wal en schip’, zegt Pieter Valk van het Centrum \
tegen Uitbuiting en Handel. Hij biedt vandaag een petitie aan.
"""

UNIT = """New team to fight labour exploitation

“Victims often do not see themselves as victims for a long time,” said HPS Sgt. Ann Lee \
of the Harbour Liaison Office in Northport.

The new team starts work in the spring.
"""

TWO_BODIES = """Forty workers freed in port raids

Forty workers were freed in a week of raids in three ports, the figures show.

The raids took place over four days in March, Tidewatch police inspector Ann Lee, said \
from the port.

“The raids opened several new investigations into the networks behind this,” Lee said.

Tidewatch reported the figures in a statement on Friday.

Earlier this week, HU Secretary General Tom Vale addressed a meeting on the same subject.

“We have to act now, and together,” Vale told the meeting. “Nobody can do this alone,” he added.
"""


def test_a_rank_alone_is_no_organisation() -> None:
    draft = import_source(RANK)
    assert str(draft.data["organisation"]).startswith("TODO")
    assert any("maybe: 'sheriff'" in note for note in draft.warnings)


def test_an_outlet_told_is_no_organisation() -> None:
    draft = import_source(OUTLET)
    assert str(draft.data["organisation"]).startswith("TODO")
    assert any("maybe: 'Coast News'" in note for note in draft.warnings)


def test_the_first_word_of_a_name_gives_the_whole_name() -> None:
    draft = import_source(FIRST_WORD)
    assert draft.data["organisation"] == "Centrum tegen Uitbuiting en Handel"


def test_a_unit_after_an_officers_name_gives_the_force_before_the_rank() -> None:
    draft = import_source(UNIT)
    assert draft.data["organisation"] == "HPS"


def test_an_officer_of_another_body_leaves_the_organisation_open() -> None:
    draft = import_source(TWO_BODIES)
    assert str(draft.data["organisation"]).startswith("TODO")
    assert any("officer of Tidewatch" in note for note in draft.warnings)


def test_a_forces_own_unit_gives_the_force() -> None:
    text = (
        "Harbour Police reunite 40 children with parents\n\n"
        "Harbour Police has reunited 40 lost children with their families this year.\n\n"
        "Their Child Search Unit (CSU) traced most of them, Inspector Mara Holt said.\n\n"
        "“Every child we find is a family made whole,” said Holt of the CSU.\n"
    )
    assert import_source(text).data["organisation"] == "Harbour Police"


def test_two_government_bodies_named_together_leave_the_organisation_open() -> None:
    text = (
        "Politie en parket zetten in op uitbuiting in de haven\n\n"
        "Politie en parket gaan samen de strijd aan met uitbuiting in de haven. Daarvoor "
        "komt er een meldpunt voor werknemers.\n"
    )
    assert str(import_source(text).data["organisation"]).startswith("TODO")


def test_a_bodys_members_in_the_plural_are_no_organisation() -> None:
    text = (
        "Shelter leaders press for a national fund\n\n"
        "Shelter leaders have told MPs that the money for safe beds runs out in spring.\n\n"
        "MPs heard that three shelters in the north have already closed their doors.\n\n"
        "“We turn people away every single week,” said Rosa Quill, who runs a shelter.\n"
    )
    draft = import_source(text)
    assert str(draft.data["organisation"]).startswith("TODO")


DEPARTMENT = """Charity urges a free helpline for victims

A charity that works with survivors has urged governments to open free helplines.

“Every call we take is a door that opens for someone,” said Mara Quist, manager of Public \
Affairs, at a briefing in the capital.
"""


def test_a_department_named_for_what_it_does_is_no_organisation() -> None:
    draft = import_source(DEPARTMENT)
    assert draft.data["organisation"] != "Public Affairs"
    assert function_alone("Strategic Communication") and function_alone("Public Affairs")
    assert not function_alone("Policy Research Institute")  # a kind's word: a body
