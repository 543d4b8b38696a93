"""Tune round 18: general grammar and page furniture of web copy, each pattern in a short
made-up text of our own (no text of an evaluation set)."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def _draft(text: str) -> dict[str, Any]:
    return import_source(text).data


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q.get("role")) for q in _draft(text)["quotes"]]


def _raid(lead_in: str) -> str:
    return (
        "Homes searched in harbour town\n\n"
        "Officers searched eight homes in Harbourside on Monday morning.\n\n"
        f"{lead_in} “Our work will go on until we have found everyone who was involved.”\n"
    )


def test_acting_before_a_rank_is_part_of_the_title_not_an_occasion() -> None:
    lead = "Acting Detective Inspector Ellen Brook, from Harbour Specialist Crime, said:"
    draft = _draft(_raid(lead))
    assert _speakers(_raid(lead)) == [("Ellen Brook", "Acting Detective Inspector")]
    # a unit named with a role word inside ("Specialist") is no organisation to guess
    assert draft["organisation"].startswith("TODO")


def test_a_participle_clause_before_the_speaker_is_still_an_occasion() -> None:
    lead = "Speaking after the raids, Detective Inspector Ellen Brook said:"
    assert _speakers(_raid(lead)) == [("Ellen Brook", "Detective Inspector")]


def test_a_unit_of_the_police_is_not_the_organisation() -> None:
    text = (
        "Homes searched in harbour town\n\n"
        "Harbour Police said officers searched eight homes on Monday.\n\n"
        "Detective Inspector Ellen Brook of Eastside Police Division, said: “Our work will go "
        "on until we have found everyone who was involved.”\n"
    )
    draft = _draft(text)
    assert draft["quotes"][0]["speaker"] == "Ellen Brook"
    assert draft["organisation"] != "Eastside Police Division"


_BODY = (
    "Officers searched eight homes in Harbourside on Monday morning, and two people were "
    "arrested.\n\n"
    "Detective Inspector Ellen Brook said: “Our work will go on until we have found everyone "
    "who was involved.”\n"
)


def test_a_skip_link_above_the_headline_is_furniture() -> None:
    for skip in ("Jump directly to the content", "Skip to navigation", "Ga direct naar de inhoud"):
        draft = _draft(f"{skip}\n\nHomes searched in harbour town\n\n{_BODY}")
        assert draft["title"] == "Homes searched in harbour town"


def test_tool_and_back_links_are_furniture() -> None:
    text = (
        "Homes searched in harbour town\n\nPrint Bookmark and Share\n\n"
        f"{_BODY}\nReturn to previous page\n\nTerug naar de vorige pagina\n"
    )
    draft = import_source(text)
    kept = " ".join(p["text"] for p in draft.data.get("points", []))
    assert "Bookmark" not in kept and "previous page" not in kept and "vorige" not in kept


def test_a_lone_close_symbol_is_not_the_headline() -> None:
    draft = _draft(f"×\n\nHomes searched in harbour town\n\n{_BODY}")
    assert draft["title"] == "Homes searched in harbour town"


def test_a_byline_with_its_outlet_after_a_pipe_and_an_agency_note_are_furniture() -> None:
    text = (
        "Homes searched in harbour town\n\nby Ann Lee | Harbour News Agency\n\n"
        f"(Adds quotes from the inspector in paragraph 2)\n\n{_BODY}"
    )
    draft = import_source(text)
    kept = " ".join(p["text"] for p in draft.data.get("points", []))
    assert "Ann Lee" not in kept and "(Adds" not in kept
    assert draft.data["title"] == "Homes searched in harbour town"


def test_a_site_banner_and_its_run_on_lines_above_the_headline_are_furniture() -> None:
    text = (
        "Our weekly bulletin has moved\n\n"
        "Harbour Wire now covers two subjects on its new site:\n\n"
        "labour rights and the lives of migrants in port towns.\n\n"
        f"Homes searched in harbour town\n\n{_BODY}"
    )
    draft = import_source(text)
    assert draft.data["title"] == "Homes searched in harbour town"
    kept = " ".join(p["text"] for p in draft.data.get("points", []))
    assert "bulletin" not in kept and "labour rights" not in kept


def test_the_date_in_a_pages_meta_bar_of_labels() -> None:
    text = (
        "Homes searched in harbour town\n\n"
        "Categories: News:Local | Published: 14/03/2021 | Views: 120\n\n"
        f"{_BODY}"
    )
    draft = import_source(text)
    assert str(draft.data["published"]) == "2021-03-14"
    kept = " ".join(p["text"] for p in draft.data.get("points", []))
    assert "Views" not in kept


def test_chief_written_short_in_a_british_rank() -> None:
    lead = "Det Ch Insp Ellen Brook, from the county's trafficking unit, said:"
    assert _speakers(_raid(lead)) == [("Ellen Brook", "Det Ch Insp")]
    assert _speakers(_raid("DCI Ellen Brook said:")) == [("Ellen Brook", "DCI")]
