"""How the draft's organisation is chosen from the quoted people's roles; in short
made-up texts of our own (no text of an evaluation set)."""

from __future__ import annotations

from .drafts import draft_data


def test_a_press_releases_quotes_attributable_to_lead_in_is_no_part_of_the_role() -> None:
    text = (
        "Wage theft on farms must end\n\n"
        "Farm workers on short visas are paid far below the award, a new survey shows.\n\n"
        "Quotes attributable to HWU Secretary Dana Pell:\n\n"
        "“No worker in this country should be paid eight dollars an hour.”\n\n"
        "“The government must act before the next harvest.”\n"
    )
    assert draft_data(text)["organisation"] == "HWU"


DEPARTMENT_THEN_BODY = """Helplines save victims, charity says

The advice came from Brightline, a charity that works against forced labour, at a briefing \
for reporters on Tuesday.

“A free line is often the first safe door,” said Mara Quist, manager of Public Affairs.
"""


def test_a_department_in_a_role_gives_way_to_the_body_the_text_describes() -> None:
    assert draft_data(DEPARTMENT_THEN_BODY)["organisation"] == "Brightline"
