"""What a user sees, read the same way by every TUI test: result and link ids, the detail
text, and the screen as rows of plain text."""

from __future__ import annotations

import asyncio
import html
import re

from textual.app import App
from textual.widgets import OptionList

from mhbrief.tui.screens.main import MainScreen

from .conftest import settle

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
