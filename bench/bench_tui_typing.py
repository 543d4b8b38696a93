"""Keystroke-to-results time in the app, headless at 80x24.

    .venv/bin/python bench/bench_tui_typing.py [--quotes N] [--rows N]

Generates N quotes (default 5,000) in a temporary folder, indexes them, then
types a query one key at a time and prints, per key, the time from the key
press until the results for that exact query are on screen. ``--rows`` makes
the app fetch and render that many rows per page (default: the app's page).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from mhbrief.config import Settings
from mhbrief.library import Library
from mhbrief.tui.app import create_app

WORDS = [
    "mensenhandel",
    "gemeenten",
    "slachtoffers",
    "zorg",
    "opvang",
    "minderjarigen",
    "klanten",
    "digitale",
    "platformen",
    "middelen",
    "politie",
    "uitbuiting",
    "advertenties",
    "aanpak",
    "onderzoek",
]


def make_folder(root: Path, quotes: int) -> Path:
    folder = root / "briefings"
    folder.mkdir()
    per_file = 100
    for number in range(0, quotes, per_file):
        lines = [
            "format = 1",
            'kind = "briefing"',
            f'id = "b{number}"',
            f'title = "Briefing {number}"',
            f"published = 20{10 + number % 15:02d}-0{1 + number % 9}-1{number % 9}",
            'organisation = "Centrum"',
            'source_type = "report"',
        ]
        for item in range(min(per_file, quotes - number)):
            words = " ".join(WORDS[(item * 7 + k * 3 + number) % len(WORDS)] for k in range(14))
            lines += [
                "",
                "[[quotes]]",
                f'id = "q{item}"',
                f'speaker = "Spreker {item % 40}"',
                f'text = "{words}."',
            ]
        (folder / f"b{number}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


async def measure(library: Library, query: str, rows: int | None) -> list[float]:
    import mhbrief.tui.screens.main as main_module

    if rows:
        main_module.PAGE = rows
    app = create_app(library, settings=Settings(live_reload=False))
    timings: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        while app.main.response is None or not app.main._synced:
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        typed = ""
        for key in query:
            typed += key
            start = time.perf_counter()
            await pilot.press(key if key != " " else "space")
            while app.main.response is None or app.main.response.query.strip() != typed.strip():
                await asyncio.sleep(0.001)
            await pilot.pause()  # the rows are drawn
            timings.append(time.perf_counter() - start)
        print(f"  rows on screen for the last query: {app.main.query_one('#results').option_count}")
        idle = []
        for _ in range(5):  # Pilot's own cost per key: a key that changes nothing
            start = time.perf_counter()
            await pilot.press("end")
            await pilot.pause()
            idle.append((time.perf_counter() - start) * 1000)
        print(f"  pilot overhead per key (no search): median {statistics.median(idle):.0f} ms")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=None)
    parser.add_argument("--query", default="mensenhandel gemeenten zorg")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_folder(Path(tmp), args.quotes)
        library = Library(folder, Path(tmp) / "index")
        start = time.perf_counter()
        library.sync()
        print(f"indexed {args.quotes} quotes in {time.perf_counter() - start:.1f} s")
        timings = asyncio.run(measure(library, args.query, args.rows))
        library.close()
    ms = [t * 1000 for t in timings]
    print(f"query {args.query!r}, {len(ms)} keys, rows per page {args.rows or 'default'}")
    print(f"  per key (ms): {' '.join(f'{t:.0f}' for t in ms)}")
    print(f"  median {statistics.median(ms):.0f} ms, max {max(ms):.0f} ms")


if __name__ == "__main__":
    main()
