"""Speaker pages, related items, the source at the quote, and the plan's answered counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import OptionList, Static, Tree

from mhbrief.tui.screens.source import SourceScreen
from mhbrief.tui.screens.speaker import SpeakerScreen
from mhbrief.tui.widgets.detail import LinkList

from .helpers import SIZES, MakeApp, screen_lines, settle, type_text

BROWSE = Path(__file__).parents[1] / "fixtures" / "browse"

HOSTILE_QUOTE = """
[[quotes]]
id = "boos"
speaker = "[bold]Mallory[/bold]"
role = "a [/] b"
text = "Elke gemeente moet [@click=app.quit]klik[/] weten wie slachtoffers opvangt."
themes = ["zorg"]
sections = ["plan-veilig/actielijn-1"]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(BROWSE, tmp_path / "briefings")
    return tmp_path / "briefings"


@pytest.fixture
def hostile(folder: Path) -> Path:
    network = folder / "network-2024.toml"
    network.write_text(network.read_text(encoding="utf-8") + HOSTILE_QUOTE, encoding="utf-8")
    source = folder / "sources" / "centrum-2018.txt"
    source.write_text(
        "Kop [bold]a [/] b[@click=app.quit]x[/]\n\n"
        "Woordvoerder: “Elke gemeente moet weten wie slachtoffers opvangt.” [/bold]\n",
        encoding="utf-8",
    )
    return folder


def screen_text(app: App[None]) -> str:
    """The screen's rows, one line each (a match never runs across two rows)."""
    return "\n".join(screen_lines(app))


def option_ids(widget: OptionList) -> list[str]:
    return [widget.get_option_at_index(i).id or "" for i in range(widget.option_count)]


async def open_item(pilot, query: str, item_id: str) -> None:  # type: ignore[no-untyped-def]
    await type_text(pilot, query)
    assert pilot.app.main.open(item_id)
    await settle(pilot)


# --- speaker page ---------------------------------------------------------------------


@SIZES
async def test_s_on_a_quote_opens_the_speaker_page(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        text = screen_text(app)
        assert "Anna de Vries" in text
        assert "directeur  2023-06-01" in text and "woordvoerder  2018-11-13" in text
        assert "Zorg 2" in text and "4 quote(s), newest first" in text
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        assert option_ids(quotes)[0] == "centrum-2023/opvang"
        assert app.screen.focused is quotes
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakerScreen)
        assert app.main.detail_id == option_ids(quotes)[1]


@SIZES
async def test_the_palette_opens_a_speaker_page(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Speaker: Piet")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        assert app.screen.speaker.name == "Piet Bakker"
        await pilot.press("escape")
        assert app.screen is app.main


async def test_s_on_a_point_says_to_open_a_quote(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "financiële", "centrum-2018/middelen")
        await pilot.press("S", "o")
        await pilot.pause()
        assert app.screen is app.main


# --- related ----------------------------------------------------------------------------


@SIZES
async def test_the_detail_lists_related_items_and_enter_opens_one(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        related = app.main.query_one("#related", OptionList)
        assert related.display
        assert option_ids(related)[0] == "network-2024/opvang"
        assert "centrum-2018/klant" not in option_ids(related)
        assert "Related, other briefings" in screen_text(app)
        assert isinstance(app.focused, LinkList)
        await pilot.press("tab")
        assert app.focused is related
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.detail_id == "network-2024/opvang"
        assert "centrum-2018/gemeente" in option_ids(related)


async def test_at_80x24_related_waits_until_the_detail_is_shown(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "opvang")
        await pilot.press("down", "down", "down")  # browsing the results: previews only
        await settle(pilot)
        assert not [w for w in app.workers if w.group == "related"]
        related = app.main.query_one("#related", OptionList)
        assert related.option_count == 0
        await pilot.press("enter")  # the detail page: now the list is filled
        await settle(pilot)
        await settle(pilot)
        assert related.option_count > 0


async def test_a_section_has_no_related_list(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_item(pilot, "gemeenten", "plan-veilig/actielijn-1")
        assert not app.main.query_one("#related").display


# --- source at the quote ---------------------------------------------------------------


@SIZES
async def test_o_opens_the_source_at_the_quote(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.passage is not None and screen.passage.verbatim
        text = screen_text(app)
        assert "the quote is highlighted" in text
        assert "De klant van minderjarigen blijft buiten beeld" in text
        # The paragraph before and after are there too.
        assert "slachtoffers opvangt." in text and "Over het geld" in text
        assert screen.quote_paragraph is not None and screen.quote_paragraph.has_class("-quote")
        await pilot.press("pagedown", "pageup", "escape")
        assert app.screen is app.main


async def test_the_source_scrolls_to_a_quote_far_down(folder: Path, make_app: MakeApp) -> None:
    source = folder / "sources" / "centrum-2018.txt"
    filler = "\n\n".join(f"Alinea {i} zonder citaat, met wat tekst erin." for i in range(60))
    source.write_text(filler + "\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        await pilot.pause()
        assert app.screen.query_one("#source-scroll").scroll_y > 0
        assert "De klant van minderjarigen" in screen_text(app)


async def test_a_quote_at_the_end_of_a_long_paragraph_is_in_view(
    folder: Path, make_app: MakeApp
) -> None:
    source = folder / "sources" / "centrum-2018.txt"
    lead = " ".join(f"Zin {i} van een heel lange alinea zonder het citaat." for i in range(80))
    text = source.read_text(encoding="utf-8").replace(
        "Anna de Vries: ‘De klant", lead + " ‘De klant"
    )
    source.write_text(text, encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("o")
        await settle(pilot)
        await pilot.pause()
        shown = screen_text(app)
        assert "De klant van minderjarigen" in shown and "Zin 79 van" in shown
        assert "Zin 10 van" not in shown


async def test_the_source_of_a_quote_not_verbatim_says_so(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "belofte", "centrum-2018/geld")
        await pilot.press("o")
        await settle(pilot)
        text = screen_text(app)
        assert "Not found verbatim" in text and "closest passage" in text
        assert "een belofte op papier" in text


async def test_no_archived_source_shows_the_url(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "opvangen", "network-2024/opvang")
        await pilot.press("o")
        await settle(pilot)
        text = screen_text(app)
        assert "no archived source text" in text
        assert "https://example.net/reactie" in text


# --- the plan -----------------------------------------------------------------------------


def tree_labels(tree: Tree[str]) -> list[str]:
    labels = []
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None:
            labels.append(str(node.label))
    return labels


@SIZES
async def test_the_plan_tree_counts_answers_and_marks_unanswered_sections(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        labels = tree_labels(app.main.query_one("#plan", Tree))
        assert labels == [
            "Veilig en samen  3/4 answered",
            "1 Samenwerking met gemeenten  3",
            "2 Digitale opsporing  2",
            "○ 2.1 Meldpunt online  0",
            "Middelen  2",
        ]
        assert "○ 2.1 Meldpunt online" in screen_text(app)


@SIZES
async def test_the_plan_page_lists_responding_briefings_newest_first(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await pilot.pause()
        assert app.main.query_one("#plan", Tree).select_id("plan-veilig")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.detail_id == "plan-veilig"
        links = option_ids(app.main.query_one("#links", OptionList))
        assert links[:2] == ["centrum-2023", "centrum-2018"]
        assert "3 of 4 section(s) answered; 2 briefing(s) respond to it" in screen_text(app)


# --- hostile text --------------------------------------------------------------------------


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
        text = screen_text(app)
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
        assert "a [/] b" in screen_text(app)
        assert "[@click=app.quit]klik[/]" in screen_text(app)
        await pilot.press("escape", "f2", "v")  # compact rows too
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        await pilot.press("escape")
        app.main.query_one("#search").value = "mallory"  # type: ignore[attr-defined]
        await settle(pilot)
        assert "[bold]Mallory[/bold]" in str(results.get_option("network-2024/boos").prompt)
        assert app.is_running


# --- drafts ---------------------------------------------------------------------------------


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
        assert "draft: not reviewed yet" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("f2", "v")
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        assert "[draft]" in str(results.get_option("centrum-2023/opvang").prompt)


async def test_o_on_a_speaker_page_opens_the_highlighted_quotes_source(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_item(pilot, "klant", "centrum-2018/klant")
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        quotes = app.screen.query_one("#speaker-quotes", OptionList)
        ids = option_ids(quotes)
        await pilot.press(*["down"] * ids.index("centrum-2018/klant"))
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.quote.global_id == "centrum-2018/klant"
        assert "De klant van minderjarigen blijft buiten beeld" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, SpeakerScreen)  # back where it was opened


def rows_above(app, title: str) -> str:  # type: ignore[no-untyped-def]
    """The screen's rows above the first one holding ``title``, as one line of words
    (without a scroll bar's thumb: the attribution above the text may make it scroll)."""
    lines = screen_lines(app)
    end = next(i for i, line in enumerate(lines) if title in line)
    text = " ".join(lines[:end]).replace("│", " ")
    return " ".join(text.translate({ord(c): " " for c in "▁▂▃▄▅▆▇█"}).split())


async def test_at_60x20_the_detail_shows_the_items_words_before_its_links(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(60, 20)) as pilot:
        # A quote under its warning: both lines of its text are there, above the links.
        await open_item(pilot, "klant", "centrum-2018/klant")
        above = rows_above(app, "Plan sections it answers")
        assert "⚠" in above
        assert "“De klant van minderjarigen blijft buiten beeld, terwijl mensenhandel" in above
        assert "online groeit.”" in above
        # A section: its summary right under its heading, the plan's facts after.
        assert app.main.open("plan-veilig/actielijn-1")
        await settle(pilot)
        above = rows_above(app, "Answered by")
        assert "Alle gemeenten krijgen een vaste aanpak en betere zorgcoördinatie" in above
        assert "slachtoffers." in above
