"""A quoted person from another organisation than the draft's gets it on the quote, so
the citation names it instead of the publisher (made-up texts of our own)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mhbrief.citation import cite
from mhbrief.importer import import_source
from mhbrief.model import Briefing

_GUEST = (
    "Kinderwacht: stop met boetes voor uitgebuite kinderen\n\n"
    "Utrecht, 3 december 2026 – Stichting Kinderwacht Nederland roept het kabinet op om "
    "uitgebuite kinderen niet langer te beboeten.\n\n"
    "„We zien elke week kinderen die een boete krijgen voor iets waartoe ze gedwongen zijn”, "
    "zegt directeur Marieke van den Broek van Stichting Kinderwacht Nederland.\n\n"
    "Hoogleraar jeugdrecht prof. dr. Fatima El Amrani (Universiteit Utrecht) steunt de oproep. "
    "„Kinderen die worden uitgebuit verdienen bescherming, geen boete”, aldus El Amrani.\n"
)

_POLICE = (
    "Network urges action on forced labour on farms\n\n"
    "London, 4 May 2026 – The Anti-Trafficking Network today called for more inspections.\n\n"
    '"Workers are being held in debt bondage on farms," said Carol White, director of the '
    "Anti-Trafficking Network.\n\n"
    'Detective Inspector Sam Hughes of Kent Police said: "We have opened three investigations '
    'this spring."\n\n'
    "Tom Price, a former Chief Constable at Harbour Police, now works for the network. "
    '"Inspections find what complaints never will," he said.\n'
)


def _quotes(text: str) -> list[dict[str, Any]]:
    return list(import_source(text).data["quotes"])


def test_a_professor_quoted_in_a_statement_speaks_for_her_university() -> None:
    director, professor = _quotes(_GUEST)
    assert "organisation" not in director  # the statement's own organisation
    assert professor["speaker"] == "prof. dr. Fatima El Amrani"  # the surname, in full
    assert professor["role"] == "Hoogleraar jeugdrecht (Universiteit Utrecht)"
    assert professor["organisation"] == "Universiteit Utrecht"
    assert list(professor)[:4] == ["id", "speaker", "role", "organisation"]


def test_the_draft_says_where_the_organisation_came_from() -> None:
    draft = import_source(_GUEST)
    assert draft.quotes[1].organisation == "Universiteit Utrecht"
    notes = "\n".join(draft.warnings)
    assert "quote-2: organisation 'Universiteit Utrecht' read from the role" in notes


def test_a_police_officer_in_an_ngo_release_speaks_for_the_police() -> None:
    white, hughes, price = _quotes(_POLICE)
    assert "organisation" not in white
    assert hughes["speaker"] == "Sam Hughes" and hughes["organisation"] == "Kent Police"
    # A post held before: he speaks for whom the text says now, not the police.
    assert "organisation" not in price


def test_an_abbreviation_of_the_drafts_organisation_is_the_same_one() -> None:
    text = (
        "OM pakt mensenhandelaren aan\n\n"
        "Zwolle, 2 juni 2026 – Het Openbaar Ministerie (OM) heeft vijf verdachten "
        "aangehouden. Het OM verdenkt hen van mensenhandel.\n\n"
        "„Dit netwerk buitte vrouwen jarenlang uit”, zegt Eva Smit, officier van justitie "
        "bij het OM.\n"
    )
    (quote,) = _quotes(text)
    assert "organisation" not in quote


def test_cited_from_the_file_for_her_own_organisation(tmp_path: Path) -> None:
    from mhbrief.format import parse_file
    from mhbrief.writer import render_draft

    draft = import_source(_GUEST)
    path = tmp_path / "guest.toml"
    path.write_text(render_draft(draft), encoding="utf-8")
    briefing = parse_file(path).document
    assert briefing is not None
    assert isinstance(briefing, Briefing)
    citation = cite(briefing.quotes[1], briefing)
    assert "— prof. dr. Fatima El Amrani, Hoogleraar jeugdrecht (Universiteit Utrecht), " in (
        citation
    )
    assert "Stichting Kinderwacht Nederland" not in citation  # the title names it, no more


def test_a_body_whose_short_form_hides_in_the_drafts_name_is_another_one() -> None:
    """ "IND" is spelled inside "Kinderwacht": an IND official quoted in a Kinderwacht
    statement speaks for the IND; "Kinderwacht" alone is the stichting."""
    from mhbrief.importer.own_organisations import own_organisations

    quotes = [
        {"id": "quote-1", "speaker": "Ann de Wit", "role": "directeur van Kinderwacht"},
        {"id": "quote-2", "speaker": "Piet Mol", "role": "woordvoerder van de IND"},
    ]
    notes: list[str] = []
    own_organisations(quotes, "Stichting Kinderwacht", None, "", notes)
    assert "organisation" not in quotes[0]
    assert quotes[1]["organisation"] == "IND"
    assert [n.split(":")[0] for n in notes] == ["quote-2"]


def test_the_sheriff_of_a_sheriffs_office_speaks_for_that_office() -> None:
    """A role word the draft's organisation holds in a possessive ("X County Sheriff's
    Office") is that organisation, not another one called "sheriff"."""
    text = (
        "Forty arrested in county labour sting\n\n"
        "The Dale County Sheriff's Office said forty people were arrested this week.\n\n"
        '"We will keep going until every worker is safe," Sheriff Ann Reyes said.\n'
    )
    draft = import_source(text).data
    assert draft["organisation"] == "Dale County Sheriff's Office"
    (quote,) = draft["quotes"]
    assert quote["speaker"] == "Ann Reyes" and "organisation" not in quote
