"""What every TUI test shares: sizes, the fixture folder, waiting for workers, typing, test
libraries, and what a user sees read the same way: result and link ids, the detail text,
and the screen as rows of plain text.

A plain module, not a test module or conftest: tests import from here, never from each
other."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import html
import re
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList, Tree

from mhbrief.library import Library
from mhbrief.model import Kind, Status
from mhbrief.results import Highlight, Hit, SearchResponse, Span
from mhbrief.tui.app import MHBriefApp
from mhbrief.tui.screens.main import MainScreen
from mhbrief.tui.screens.problems import ProblemsScreen
from mhbrief.tui.screens.prompt import PromptScreen

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = datetime.date(2026, 11, 28)
NARROW = (80, 24)
WIDE = (160, 48)
SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x48"])

MakeApp = Callable[..., MHBriefApp]
#: Worker groups whose results tests wait for before asserting.
WAITED = ("search", "sync", "related", "source")


async def settle(pilot: Pilot[None]) -> None:
    """Wait until no search or sync worker is running and the messages are handled."""
    app = pilot.app
    for _ in range(50):
        await pilot.pause()
        busy = [w for w in app.workers if w.group in WAITED and not w.is_finished]
        if not busy:
            await pilot.pause()
            if not [w for w in app.workers if w.group in WAITED and not w.is_finished]:
                return
            continue
        await app.workers.wait_for_complete(busy)


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)
    await settle(pilot)


class ManyHits(Library):
    """A real library whose search returns ``count`` synthetic hits (for the big-list tests)."""

    def __init__(self, briefings: Path, index_dir: Path, count: int) -> None:
        super().__init__(briefings, index_dir)
        self.count = count

    def search(self, query: str, **options: Any) -> SearchResponse:
        base = super().search(query, **{**options, "limit": 1})
        hits = tuple(
            Hit(
                id=f"many/q{i}",
                kind=Kind.QUOTE,
                score=1.0,
                briefing="many",
                title="Many",
                speaker=f"Speaker {i}",
                role=None,
                organisation="Org",
                date=datetime.date(2020, 1, 1),
                language="nl",
                stance=None,
                status=Status.CURRENT,
                context=None,
                text=f"quote number {i} about {query}",
                themes=(),
                sections=(),
                highlights=(
                    Highlight("text", (Span(f"quote number {i} about ", False), Span(query, True))),
                ),
            )
            for i in range(self.count)
        )
        return dataclasses.replace(
            base, total=self.count, hits=hits, facets=MappingProxyType({"theme": {}})
        )


class BrokenSearch(Library):
    """A library whose search fails, as a bug or a broken index would."""

    def search(self, query: str, **options: Any) -> SearchResponse:
        raise RuntimeError("index exploded")


async def state_idle(pilot: Pilot[None]) -> None:
    """Wait until every state job (sheet, history, saved search) and its follow-up is done."""
    jobs = pilot.app.state_jobs  # type: ignore[attr-defined]
    for _ in range(400):
        await pilot.pause()
        if jobs.idle:
            await pilot.pause()
            return
        await asyncio.sleep(0.005)
    raise AssertionError("state jobs did not finish")


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press each key and wait for the state work it started (as a user waits for the screen)."""
    for key in keys:
        await pilot.press(key)
        await state_idle(pilot)


async def settled(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await state_idle(pilot)


async def answer(pilot: Pilot[None], text: str) -> None:
    """Type into the open prompt (after clearing its default) and press Enter."""
    assert isinstance(pilot.app.screen, PromptScreen)
    await pilot.press("ctrl+u", *text)
    await press(pilot, "enter")


#: One run of text in the SVG that ``App.export_screenshot`` writes: its x and its row.
_RUN = re.compile(
    r'<text class="[^"]*" x="(?P<x>[\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[\w-]+-line-(?P<row>\d+)\)">(?P<text>.*?)</text>'
)
_LINE_WIDTH = re.compile(r'<clipPath id="[\w-]+-line-0">\s*<rect x="0" y="[\d.]+" width="([\d.]+)"')


def result_ids(screen: MainScreen) -> list[str]:
    results = screen.query_one("#results", OptionList)
    return [str(results.get_option_at_index(i).id) for i in range(results.option_count)]


def detail_text(screen: MainScreen) -> str:
    return str(screen.query_one("#detail-body").render())


def link_ids(screen: MainScreen) -> list[str]:
    links = screen.query_one("#links", OptionList)
    return [str(links.get_option_at_index(i).id) for i in range(links.option_count)]


def screen_lines(app: App[None]) -> list[str]:
    """The rows on screen as plain text, top to bottom, as the terminal shows them.

    Read from Textual's public SVG screenshot: each run of text stands at its column
    (x over the width of one cell), so spaces between runs come back too.
    """
    svg = app.export_screenshot()
    width, height = app.size
    found = _LINE_WIDTH.search(svg)
    cell = float(found.group(1)) / width if found else 12.2
    rows = [[" "] * width for _ in range(height)]
    for run in _RUN.finditer(svg):
        row = int(run.group("row"))
        column = round(float(run.group("x")) / cell)
        text = html.unescape(run.group("text")).replace("\xa0", " ")
        if row < height:
            rows[row][column : column + len(text)] = list(text)
    return ["".join(row[:width]).rstrip() for row in rows]


def pane_text(app: App[None], selector: str) -> str:
    """What one pane shows (the rows and columns of its region), as one line of words:
    side by side, a wrapped line of one pane is not interleaved with its neighbours'."""
    region = app.screen.query_one(selector).content_region  # inside its border
    rows = screen_lines(app)[region.y : region.bottom]
    return " ".join(" ".join(row[region.x : region.right] for row in rows).split())


def screen_text(app: App[None]) -> str:
    """The whole screen as one line of words: wrapped text compares without its breaks."""
    return " ".join(" ".join(screen_lines(app)).split())


NEW_BRIEFING = """\
format = 1
kind = "briefing"
id = "nieuw-2026"
title = "Nieuwe reactie"
published = 2026-11-01
organisation = "Centrum tegen Uitbuiting"
source_type = "press-statement"

[[quotes]]
id = "vandaag"
speaker = "Dana Smit"
text = "Vandaag vragen wij om een zeldzaamheidsonderzoek."
"""


async def wait_for(pilot, condition, what: str, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    """Poll ``condition`` while the app runs; fail with ``what`` if it never holds."""
    for _ in range(int(seconds / 0.1)):
        await settle(pilot)
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


REPO_BRIEFINGS = Path(__file__).parents[2] / "briefings"


def footer_line(app: App[None]) -> str:
    return screen_lines(app)[-1]


def words(text: str) -> str:
    return " ".join(text.split())


def row_prompts(screen: MainScreen) -> dict[str, str]:
    results = screen.query_one("#results", OptionList)
    options = [results.get_option_at_index(i) for i in range(results.option_count)]
    return {str(option.id): str(option.prompt) for option in options}


def make_draft(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'))


def problem_lines(app: App[None]) -> list[str]:
    assert isinstance(app.screen, ProblemsScreen)
    listed = app.screen.query_one("#problems-list", OptionList)
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


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


def screen_rows(app: App[None]) -> str:
    """The screen's rows, one line each (a match never runs across two rows)."""
    return "\n".join(screen_lines(app))


def option_ids(widget: OptionList) -> list[str]:
    return [widget.get_option_at_index(i).id or "" for i in range(widget.option_count)]


async def open_item(pilot, query: str, item_id: str) -> None:  # type: ignore[no-untyped-def]
    await type_text(pilot, query)
    assert pilot.app.main.open(item_id)
    await settle(pilot)


def tree_labels(tree: Tree[str]) -> list[str]:
    labels = []
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None:
            labels.append(str(node.label))
    return labels


def rows_above(app, title: str) -> str:  # type: ignore[no-untyped-def]
    """The screen's rows above the first one holding ``title``, as one line of words
    (without a scroll bar's thumb: the attribution above the text may make it scroll)."""
    lines = screen_lines(app)
    end = next(i for i, line in enumerate(lines) if title in line)
    text = " ".join(lines[:end]).replace("│", " ")
    return " ".join(text.translate({ord(c): " " for c in "▁▂▃▄▅▆▇█"}).split())
