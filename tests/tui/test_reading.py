"""Compact results (v) and what is new since the previous session (new, added:)."""

from __future__ import annotations

import asyncio
import shutil
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from mhbrief.loader import load_collection
from mhbrief.state import StateStore
from mhbrief.state.first_seen import FirstSeenDates
from mhbrief.tui.screens.results_view import ResultsView
from mhbrief.whatsnew import collection_ids

from .helpers import SIZES, TODAY, MakeApp, screen_lines, settle, type_text

BROWSE = Path(__file__).parents[1] / "fixtures" / "browse"
EARLIER = date(2026, 10, 1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(BROWSE, tmp_path / "briefings")
    return tmp_path / "briefings"


async def ready(pilot: Pilot[None]) -> None:
    """Searches, syncs and the state jobs (reads and writes of the per-user state) done."""
    for _ in range(3):
        await settle(pilot)
        jobs = pilot.app.state_jobs  # type: ignore[attr-defined]
        for _ in range(400):
            await pilot.pause()
            if jobs.idle:
                break
            await asyncio.sleep(0.005)
    await settle(pilot)


def result_ids(app) -> list[str]:  # type: ignore[no-untyped-def]
    results = app.main.query_one("#results", OptionList)
    return [results.get_option_at_index(i).id for i in range(results.option_count)]


def previous_session(folder: Path, *, without: str) -> None:
    """Everything but ``without`` was seen in an earlier session."""
    ids = [i for i in collection_ids(load_collection(folder)) if i != without]
    StateStore(folder).note_first_seen(ids, EARLIER)


@SIZES
async def test_v_shows_one_line_per_result_and_is_remembered(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("f2", "v")
        await ready(pilot)
        results = app.main.query_one("#results", OptionList)
        prompts = [str(option.prompt) for option in results.options]
        assert prompts and all("\n" not in prompt for prompt in prompts)
        assert any("quote Anna de Vries · C" in line for line in screen_lines(app))
        assert app.main.query_one("#results").has_class("-compact")
    assert StateStore(folder).display_choices() == {"compact": True}
    again = make_app(folder)
    async with again.run_test(size=size) as pilot:
        await ready(pilot)
        assert again.main.reading.compact
        await pilot.press("f2", "v")
        await ready(pilot)
    assert StateStore(folder).display_choices() == {"compact": False}


async def test_compact_fits_about_15_results_at_80x24(tmp_path: Path, make_app: MakeApp) -> None:
    folder = tmp_path / "many"
    shutil.copytree(BROWSE, folder)
    quotes = "".join(
        f'\n[[quotes]]\nid = "q{i}"\nspeaker = "Spreker {i}"\n'
        f'text = "Citaat nummer {i} over opvang."\n'
        for i in range(30)
    )
    path = folder / "network-2024.toml"
    path.write_text(path.read_text(encoding="utf-8") + quotes, encoding="utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("f2")
        full = sum(1 for line in screen_lines(app) if "Spreker" in line)
        await pilot.press("v")
        await ready(pilot)
        kinds = ("│ quote ", "│ point ", "│ §  ", "│ brief ")
        compact = sum(1 for line in screen_lines(app) if line.startswith(kinds))
        assert full <= 7 and compact >= 14


@SIZES
async def test_items_new_since_the_previous_session_are_marked(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    previous_session(folder, without="centrum-2023/opvang")
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        assert app.main.reading.new == {"centrum-2023/opvang"}
        results = app.main.query_one("#results", OptionList)
        prompt = str(results.get_option("centrum-2023/opvang").prompt)
        assert "[new]" in prompt
        assert "[new]" not in str(results.get_option("centrum-2018/gemeente").prompt)
        await pilot.press("f2", "v")
        await ready(pilot)
        assert str(results.get_option("centrum-2023/opvang").prompt).startswith("new ")
    # Its first-seen date is remembered: today.
    assert StateStore(folder).first_seen()["centrum-2023/opvang"] == TODAY


async def test_the_first_session_marks_nothing_new(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.main.reading.new == frozenset()
        assert not any("[new]" in line for line in screen_lines(app))
    seen = StateStore(folder).first_seen()
    assert seen["plan-veilig/actielijn-1"] == TODAY


@SIZES
async def test_added_filters_by_first_seen_date(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    previous_session(folder, without="centrum-2023/opvang")
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await type_text(pilot, "added:2026-11 ")
        await ready(pilot)
        assert result_ids(app) == ["centrum-2023/opvang"]
        await pilot.press(*"opvang")
        await ready(pilot)
        assert result_ids(app) == ["centrum-2023/opvang"]
        app.main.query_one("#search").value = "added:..2026-10 opvang"  # type: ignore[attr-defined]
        await ready(pilot)
        ids = result_ids(app)
        assert "centrum-2023/opvang" not in ids and "network-2024/opvang" in ids
        app.main.query_one("#search").value = "added:november"  # type: ignore[attr-defined]
        await ready(pilot)
        assert app.main.response is not None and app.main.response.total == 0
        assert "added: wants a date" in "\n".join(screen_lines(app))


async def test_compact_rows_show_the_items_own_words_when_the_match_is_in_its_heading(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_text(pilot, "vraagkant")  # only the heading the quote stood under
        await pilot.press("down", "v")
        await settle(pilot)
        rows = [line for line in screen_lines(app) if "Anna de Vries" in line]
        assert len(rows) == 1, screen_lines(app)
        assert "De klant van minde" in rows[0]  # cut at the edge
        assert "Vraagkant" not in rows[0]


@pytest.mark.parametrize("size", [(80, 24), (200, 50)], ids=["80x24", "200x50"])
async def test_a_compact_row_shows_the_matched_word_of_a_long_text(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    # (At 160 columns the results pane is 48 wide: who, organisation and date fill it.)
    path = briefings / "network-2026.toml"
    long = "Online platforms carry many kinds of advertisements every single day, " * 3
    text = path.read_text(encoding="utf-8").replace(
        'text = "Platforms must', f'text = "{long}and traffickers hide there. Platforms must'
    )
    text = text.replace("source_type =", 'organisation_short = "ATN"\nsource_type =')
    path.write_text(text, encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_text(pilot, "traffickers")
        await pilot.press("down", "v")
        await settle(pilot)
        rows = [line for line in screen_lines(app) if "quote Carol White" in line]
        assert len(rows) == 1, screen_lines(app)
        row = rows[0].split("││")[0]  # the results pane (wide: the detail pane beside it)
        assert "…and traffickers" in row  # the match after a word, the rest left out


@pytest.mark.parametrize(
    ("before", "shown"),
    [
        ("Het ene woord: ", "…woord: "),  # not "…oord: "
        ("het is een bijnagroot ", "…bijnagroot "),  # not "…groot "
        ("een zin\nmet woorden ", "…woorden "),
        ("kort ", "kort "),
    ],
)
def test_a_compact_row_starts_its_text_at_a_words_start(before: str, shown: str) -> None:
    from mhbrief.results import Span
    from mhbrief.tui.reading import lead_to_match

    spans = lead_to_match([Span(before, False), Span("knoflookpers", True), Span(".", False)])
    assert spans[0].text == shown
    assert [span.text for span in spans[1:]] == ["knoflookpers", "."]


async def test_the_first_seen_dates_are_read_after_the_first_answer_is_drawn(
    folder: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # at 100k items reading them took 0.6 s beside the first search: they wait for it
    previous_session(folder, without="centrum-2023/opvang")
    order: list[str] = []
    shown, read = ResultsView.show, FirstSeenDates.seen_days

    def show(self, response, **kwargs):  # type: ignore[no-untyped-def]
        order.append("answer drawn")
        shown(self, response, **kwargs)

    def seen_days(self):  # type: ignore[no-untyped-def]
        order.append("first-seen dates read")
        return read(self)

    monkeypatch.setattr(ResultsView, "show", show)
    monkeypatch.setattr(FirstSeenDates, "seen_days", seen_days)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert order.index("answer drawn") < order.index("first-seen dates read")
        # and what is new is still marked, once they are read
        assert app.main.reading.new == {"centrum-2023/opvang"}
        prompt = app.main.query_one("#results", OptionList).get_option("centrum-2023/opvang")
        assert "[new]" in str(prompt.prompt)
