"""What the detail shows is labelled as what is copied: a point or a summarised plan
section says it is the editors' summary, in the briefing's language, before its words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from mhbrief.tui.screens.speaker import SpeakerScreen
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import (
    FIXTURES,
    SIZES,
    MakeApp,
    detail_text,
    open_item,
    option_ids,
    result_ids,
    screen_rows,
    settle,
    type_text,
)

POINT = "Samenvatting door de redactie, geen citaat: Er is geen financiële zekerheid"
SECTION = "Samenvatting door de redactie, niet de tekst van het plan:"


@SIZES
async def test_a_point_reads_as_the_editors_summary_on_screen_and_on_the_clipboard(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "financiële zekerheid ")
        assert result_ids(app.main)[0] == "centrum-2018/geld"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert POINT in detail_text(app.main)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith(POINT)


@SIZES
async def test_a_summarised_section_says_so_above_its_text(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.main.open("plan-veilig/geld")
        await settle(pilot)
        assert SECTION in detail_text(app.main)


@SIZES
async def test_hostile_text_is_shown_literally_and_never_acts(
    tmp_path: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(FIXTURES / "hostile", folder)
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "markup")
        assert result_ids(app.main)[0] == "hostile/markup"
        await pilot.press("down", "enter")
        await settle(pilot)
        text = detail_text(app.main)
        assert "a [/] b en [@click=app.quit]klik hier[/] en [bold]vet[/bold]" in text
        assert "[bold]Mallory[/bold], a [/] b" in text
        assert "\x1b" not in text and "\x07" not in text
        await pilot.click("#detail-body", offset=(12, 2))
        await pilot.click("#detail-body", offset=(30, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("c")
        assert "\x1b" not in app.clipboard
        assert "[@click=app.quit]Org[/]" in app.clipboard
        assert "rood" in app.clipboard
        # The 20,000-character quote opens and scrolls.
        await pilot.press("escape")
        app.main.query_one(SearchBox).value = "speaker:Lange"
        await settle(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert app.main.detail_id == "hostile/long"
        assert len(detail_text(app.main)) > 20000
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        # The point made of brackets only, in the results list.
        app.main.query_one(SearchBox).value = "kind:point"
        await settle(pilot)
        assert "[/] [/bold] [link=https://evil.example]link[/link]" in str(
            app.main.query_one("#results", OptionList).get_option_at_index(0).prompt
        )
        assert app.is_running
        screen_text = app.export_screenshot()
        assert "\x1b]" not in screen_text


@SIZES
async def test_hostile_text_is_shown_literally_in_every_new_view(
    hostile: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(hostile)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        related = app.main.query_one("#related", OptionList)
        assert "network-2024/boos" in option_ids(related)
        prompt = related.get_option("network-2024/boos").prompt
        assert "[bold]Mallory[/bold]" in str(prompt)
        await pilot.press("o")
        await settle(pilot)
        text = screen_rows(app)
        assert "Kop [bold]a [/] b[@click=app.quit]x[/]" in text
        assert "[/bold]" in text
        await pilot.press("escape")
        app.main.open("network-2024/boos")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        facts = app.screen.query_one("#speaker-facts-text", Static)
        assert "[bold]Mallory[/bold]" in str(facts.render())
        assert "a [/] b" in screen_rows(app)
        assert "[@click=app.quit]klik[/]" in screen_rows(app)
        await pilot.press("escape", "f2", "v")  # compact rows too
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        await pilot.press("escape")
        app.main.query_one("#search").value = "mallory"  # type: ignore[attr-defined]
        await settle(pilot)
        assert "[bold]Mallory[/bold]" in str(results.get_option("network-2024/boos").prompt)
        assert app.is_running


@SIZES
async def test_drafts_are_flagged_in_every_new_view(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    for name in ("centrum-2023.toml", "centrum-2018.toml"):
        path = folder / name
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                'kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'
            ),
            encoding="utf-8",
        )
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "opvangen", "network-2024/opvang")
        related = app.main.query_one("#related", OptionList)
        assert "[draft]" in str(related.get_option("centrum-2023/opvang").prompt)
        app.main.open("plan-veilig")
        await settle(pilot)
        links = app.main.query_one("#links", OptionList)
        assert "[draft]" in str(links.get_option("centrum-2023").prompt)
        app.main.open("centrum-2018/klant")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        assert all("[draft]" in str(option.prompt) for option in quotes.options)
        await pilot.press("escape", "o")
        await settle(pilot)
        assert "draft: not reviewed yet" in screen_rows(app)
        await pilot.press("escape")
        await pilot.press("f2", "v")
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        assert "[draft]" in str(results.get_option("centrum-2023/opvang").prompt)


def test_a_sections_links_heading_names_only_what_it_lists(tmp_path: Path) -> None:
    """'then subsections' under a section that has none misled a new user."""
    import datetime

    from mhbrief.loader import load_collection
    from mhbrief.tui.rendering import build_detail

    from .helpers import FIXTURES

    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES / "basic", folder)
    collection = load_collection(folder)
    leaf = build_detail(
        collection,
        "plan-veilig/actielijn-2.1",
        today=datetime.date(2026, 12, 6),
        old_after_days=365,
    )
    assert leaf is not None and leaf.links
    assert leaf.links_title == "Answered by (Enter opens)"


def test_an_item_that_answers_no_section_says_so_above_its_briefing(tmp_path: Path) -> None:
    """'Plan sections it answers, and its briefing (1)' over an item answering none misled."""
    import datetime

    from mhbrief.loader import load_collection
    from mhbrief.tui.rendering import build_detail

    from .helpers import FIXTURES

    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES / "basic", folder)
    path = folder / "centrum-2021.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('sections = ["plan-veilig/actielijn-1"]\n', ""), "utf-8")
    collection = load_collection(folder)
    shown = {
        ident: build_detail(collection, ident, today=datetime.date(2026, 12, 6), old_after_days=365)
        for ident in ("centrum-2021/zorg", "centrum-2021/platformen")
    }
    alone, answering = shown["centrum-2021/zorg"], shown["centrum-2021/platformen"]
    assert alone is not None and [link.target for link in alone.links] == ["centrum-2021"]
    assert alone.links_title == "No plan section; its briefing"
    assert answering is not None and len(answering.links) == 3
    assert answering.links_title == "Plan sections it answers, and its briefing"


def test_link_rows_of_a_section_and_a_plan_carry_old_as_the_results_do(tmp_path: Path) -> None:
    """The walk found an item marked [old] in the results but not where a section or a
    plan lists it."""
    import datetime

    from mhbrief.loader import load_collection
    from mhbrief.tui.rendering import build_detail

    from .helpers import FIXTURES

    folder = tmp_path / "briefings"
    shutil.copytree(FIXTURES / "basic", folder)
    collection = load_collection(folder)
    for ref in ("plan-veilig/actielijn-1", "plan-veilig"):
        for today, marked in (
            (datetime.date(2040, 1, 1), True),
            (datetime.date(2018, 11, 20), False),
        ):
            detail = build_detail(collection, ref, today=today, old_after_days=365)
            assert detail is not None
            rows = [str(link.label) for link in detail.links if not str(link.label).startswith("§")]
            dated = [row for row in rows if "2018-" in row]
            assert dated, (ref, rows)
            assert all(("[old]" in row) is marked for row in dated), rows


def test_the_prefix_tried_is_of_the_longest_whole_word_typed() -> None:
    from mhbrief import query_tokens

    assert query_tokens.prefix_of("uitzendbureau vergunning") == ("uitzendbureau", "uitzendbur*")
    assert query_tokens.prefix_of("ab cd") is None  # no word long enough
    assert query_tokens.prefix_of("minderj*") is None  # a prefix already
    assert query_tokens.prefix_of('"goede stap" theme:digitaal') is None  # phrase, filter
    assert (
        query_tokens.with_prefix('theme:opvang opvang "opvang x"', "opvang", "opv*")
        == 'theme:opvang opv* "opvang x"'
    )


@pytest.mark.parametrize(
    ("query", "prefix", "tips"),
    [
        ("zxq", "", "Check the spelling, or try another word."),
        ("uitzendbureau", "uitzendbur*", "Try a prefix such as uitzendbur*."),
        ("uitzendbureau", "", "Check the spelling, or try another word."),  # finds nothing
        ("ab cd", "", "Try fewer words."),
        (
            "kinderen theme:digitaal",
            "kinde*",
            "Try a prefix such as kinde*. Or take off the theme: filter.",
        ),
        (
            'speaker:"Jan Jansen" date:[2018 TO 2019]',
            "",
            "Take off the speaker: and date: filters.",
        ),
        ('"goede stap"', "", "Try the words without quotes."),
    ],
)
def test_nothing_found_gives_only_the_tips_that_apply_to_the_query(
    query: str, prefix: str, tips: str
) -> None:
    from mhbrief.tui.screens.results_view import nothing_found_tips

    assert nothing_found_tips(query, prefix) == tips


def test_a_row_fragment_is_cut_after_a_whole_word() -> None:
    from mhbrief.results import Span
    from mhbrief.tui.rendering import _trim_spans

    spans = [
        Span("Het kabinet ", False),
        Span("opvang", True),
        Span(" en knoflookpers zijn er", False),
    ]
    cut = _trim_spans(spans, 27).plain
    assert cut == "Het kabinet opvang en…"  # not "…en knof…"
