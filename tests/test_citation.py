"""Citations in house style, with Dutch months and flags that travel with the text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from mhbrief.citation import bare, cite, cite_hit, format_date
from mhbrief.model import Briefing, Kind, Point, Quote, SourceType, Stance, Status
from mhbrief.search import Hit

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


def test_superseded_and_unverified_are_flagged_in_the_copy() -> None:
    old = replace(BRIEFING, status=Status.SUPERSEDED, superseded_by="b-2019")
    text = cite(QUOTE, old, unverified=True)
    assert text.endswith(
        "[LET OP: vervangen door b-2019] [LET OP: niet woordelijk gevonden in de bron]"
    )


def test_points_cite_without_quotation_marks() -> None:
    point = Point("p1", "b", Stance.CRITICAL, "Er komt geen extra geld.")
    assert cite(point, BRIEFING).startswith(
        "Er komt geen extra geld. — Centrum tegen Kinderhandel en Mensenhandel, 13 november 2018"
    )


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
