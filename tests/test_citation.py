"""Citations in house style, with Dutch months and flags that travel with the text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from mhbrief.citation import bare, cite, cite_hit, cite_section, format_date
from mhbrief.model import (
    Briefing,
    Kind,
    Plan,
    Point,
    Quote,
    Section,
    SectionTexts,
    SourceType,
    Stance,
    Status,
    speaks_for,
)
from mhbrief.results import Hit

QUOTE = Quote("q1", "b", "Shamir Ceuleers", "Wij zien een taak.", role="woordvoerder")
BRIEFING = Briefing(
    "b",
    "Mensenhandel-ambitie Kabinet onvoldoende waargemaakt",
    date(2018, 11, 13),
    "Centrum tegen Kinderhandel en Mensenhandel",
    SourceType.PRESS_STATEMENT,
    Path("b.toml"),
    quotes=(QUOTE,),
)


def test_house_style_with_dutch_month() -> None:
    assert cite(QUOTE, BRIEFING) == (
        "“Wij zien een taak.” — Shamir Ceuleers, woordvoerder, "
        "Centrum tegen Kinderhandel en Mensenhandel, 13 november 2018 "
        "(Mensenhandel-ambitie Kabinet onvoldoende waargemaakt)"
    )
    assert bare(QUOTE) == "Wij zien een taak."


def test_missing_parts_are_left_out_and_english_months() -> None:
    english = replace(BRIEFING, language="en", title="Statement")
    assert cite(replace(QUOTE, role=None), english) == (
        "“Wij zien een taak.” — Shamir Ceuleers, Centrum tegen Kinderhandel en Mensenhandel, "
        "13 November 2018 (Statement)"
    )
    assert format_date(date(2021, 3, 1), "en") == "1 March 2021"
    assert format_date(date(2021, 3, 1), "nl") == "1 maart 2021"


def test_a_role_that_names_the_organisation_does_not_repeat_it() -> None:
    # As `mhbrief import` reads "zegt X, directeur van Stichting Y".
    own = replace(BRIEFING, organisation="Stichting Vrije Toekomst")
    director = replace(QUOTE, role="directeur van Stichting Vrije  toekomst")
    assert cite(director, own) == (
        "“Wij zien een taak.” — Shamir Ceuleers, directeur van Stichting Vrije  toekomst, "
        "13 november 2018 (Mensenhandel-ambitie Kabinet onvoldoende waargemaakt)"
    )
    assert cite_hit(_hit_of(director, own)) == cite(director, own)
    # Part of the name is not the name: "woordvoerder CKM" keeps the organisation.
    partly = replace(QUOTE, role="directeur Stichting Vrije")
    assert "directeur Stichting Vrije, Stichting Vrije Toekomst, " in cite(partly, own)


def test_a_speaker_of_another_organisation_is_cited_for_that_one() -> None:
    """A professor quoted in the statement speaks for her university, not for the
    organisation that published it; the copy from the index says the same."""
    guest = replace(
        QUOTE,
        speaker="Fatima El Amrani",
        role="hoogleraar jeugdrecht",
        organisation="Universiteit Utrecht",
    )
    cited = cite(guest, BRIEFING)
    assert cited == (
        "“Wij zien een taak.” — Fatima El Amrani, hoogleraar jeugdrecht, Universiteit "
        "Utrecht, 13 november 2018 (Mensenhandel-ambitie Kabinet onvoldoende waargemaakt)"
    )
    assert "Centrum" not in cited
    assert cite_hit(_hit_of(guest, BRIEFING)) == cited
    # The briefing's own organisation given again is the briefing's (with its role rule).
    own = replace(QUOTE, organisation=BRIEFING.organisation)
    assert cite(own, BRIEFING) == cite(QUOTE, BRIEFING)


def test_superseded_and_unverified_are_flagged_in_the_copy() -> None:
    old = replace(BRIEFING, status=Status.SUPERSEDED, superseded_by="b-2019")
    text = cite(QUOTE, old, unverified=True)
    assert text.endswith(
        "[LET OP: vervangen door b-2019] [LET OP: niet woordelijk gevonden in de bron]"
    )


def test_a_point_is_cited_as_the_editors_summary_in_the_briefings_language() -> None:
    point = Point("p1", "b", Stance.CRITICAL, "Er komt geen extra geld.")
    assert cite(point, BRIEFING).startswith(
        "Samenvatting door de redactie, geen citaat: Er komt geen extra geld. — "
        "Centrum tegen Kinderhandel en Mensenhandel, 13 november 2018"
    )
    english = cite(point, replace(BRIEFING, language="en"))
    assert english.startswith("Editors' summary, not a quote: Er komt geen extra geld. — ")
    assert "“" not in cite(point, BRIEFING)


def _hit_of(item: Quote | Point, briefing: Briefing) -> Hit:
    quote = item if isinstance(item, Quote) else None
    return Hit(
        id=f"b/{item.id}",
        kind=Kind.QUOTE if quote else Kind.POINT,
        score=0.0,
        briefing="b",
        title=briefing.title,
        speaker=quote.speaker if quote else None,
        role=quote.role if quote else None,
        organisation=speaks_for(item, briefing)[0],  # as the index records it
        date=briefing.published,
        language=briefing.language,
        stance=None,
        status=briefing.status,
        context=None,
        text=item.text,
        themes=(),
        sections=(),
        highlights=(),
        superseded_by=briefing.superseded_by,
    )


def test_a_last_indexed_copy_keeps_every_flag_and_adds_the_problem_file() -> None:
    old = replace(BRIEFING, status=Status.SUPERSEDED, superseded_by="b-2019")
    hit = replace(_hit_of(QUOTE, old), unverified=True, from_problem_file=True)
    assert cite_hit(hit) == cite(QUOTE, old, unverified=True, problem_file=True)
    assert cite_hit(hit).endswith(
        "[LET OP: vervangen door b-2019] [LET OP: niet woordelijk gevonden in de bron] "
        "[LET OP: uit de laatste goede versie van een bestand dat nu problemen heeft]"
    )
    point = Point("p1", "b", Stance.CRITICAL, "Er komt geen extra geld.")
    indexed_point = replace(_hit_of(point, old), from_problem_file=True)
    assert cite_hit(indexed_point) == cite(point, old, problem_file=True)


def test_a_hit_read_back_from_the_index_is_cited_like_the_loaded_quote() -> None:
    hit = Hit(
        id="b/q1",
        kind=Kind.QUOTE,
        score=0.0,
        briefing="b",
        title=BRIEFING.title,
        speaker=QUOTE.speaker,
        role=QUOTE.role,
        organisation=BRIEFING.organisation,
        date=BRIEFING.published,
        language="nl",
        stance=None,
        status=Status.CURRENT,
        context=None,
        text=QUOTE.text,
        themes=(),
        sections=(),
        highlights=(),
    )
    assert cite_hit(hit) == cite(QUOTE, BRIEFING)
    flagged = cite(QUOTE, BRIEFING, problem_file=True)
    assert cite_hit(replace(hit, from_problem_file=True)) == flagged
    assert flagged.endswith(
        "[LET OP: uit de laatste goede versie van een bestand dat nu problemen heeft]"
    )


def test_a_draft_ends_with_its_own_flag_in_the_briefings_language() -> None:
    draft = replace(BRIEFING, draft=True)
    assert cite(QUOTE, draft).endswith(
        "(Mensenhandel-ambitie Kabinet onvoldoende waargemaakt) [LET OP: concept, niet nagekeken]"
    )
    both = cite(QUOTE, draft, unverified=True)
    assert both.endswith(
        "[LET OP: niet woordelijk gevonden in de bron] [LET OP: concept, niet nagekeken]"
    )
    english = replace(draft, language="en")
    assert cite(QUOTE, english).endswith("[NOTE: draft, not reviewed]")
    assert "LET OP" not in cite(QUOTE, BRIEFING)


def test_a_draft_read_back_from_the_index_keeps_its_flag() -> None:
    hit = Hit(
        id="b/q1",
        kind=Kind.QUOTE,
        score=0.0,
        briefing="b",
        title=BRIEFING.title,
        speaker=QUOTE.speaker,
        role=QUOTE.role,
        organisation=BRIEFING.organisation,
        date=BRIEFING.published,
        language="nl",
        stance=None,
        status=Status.CURRENT,
        context=None,
        text=QUOTE.text,
        themes=(),
        sections=(),
        highlights=(),
        draft=True,
    )
    assert cite_hit(hit) == cite(QUOTE, replace(BRIEFING, draft=True))


SECTION = Section(
    "actielijn-1", "plan", "Samenwerking met gemeenten", "Gemeenten krijgen een vaste aanpak.", "1"
)
PLAN = Plan(
    "plan",
    "Samen tegen mensenhandel",
    date(2018, 11, 13),
    Path("p.toml"),
    publisher="Ministerie van Justitie en Veiligheid",
    url="https://example.org/plan",
    sections=(SECTION,),
)


def test_a_plan_section_is_cited_as_the_editors_summary_with_its_plan_and_source() -> None:
    assert cite_section(SECTION, PLAN) == (
        "Samenvatting door de redactie, niet de tekst van het plan: "
        "Gemeenten krijgen een vaste aanpak. — § 1 Samenwerking met gemeenten, "
        "Samen tegen mensenhandel, Ministerie van Justitie en Veiligheid, 13 november 2018 "
        "(bron: https://example.org/plan)"
    )
    english = replace(PLAN, language="en", publisher=None, url=None)
    assert cite_section(replace(SECTION, number=None), english) == (
        "Editors' summary, not the plan's own words: Gemeenten krijgen een vaste aanpak. — "
        "§ Samenwerking met gemeenten, Samen tegen mensenhandel, 13 November 2018"
    )


def test_a_plan_that_marks_its_section_texts_verbatim_is_quoted_as_the_plan() -> None:
    own = replace(PLAN, section_texts=SectionTexts.VERBATIM)
    text = cite_section(SECTION, own)
    assert text.startswith("“Gemeenten krijgen een vaste aanpak.” — § 1 Samenwerking")
    assert "Samenvatting" not in text
