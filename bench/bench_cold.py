"""The app's cold start without a terminal: process start to the first answer drawn.

Not a test, and not ``bench.py``'s ``cold_start`` (a real terminal in tmux): Textual's
headless driver, so two versions of the code can be compared on one machine without
tmux. Each run is a fresh process; prints the median of the runs and each run::

    .venv/bin/python bench/bench_cold.py BRIEFINGS INDEX --runs 5
    # another checkout's code on the same data:
    PYTHONPATH=/path/to/checkout .venv/bin/python bench/bench_cold.py BRIEFINGS INDEX

Reports, per run, seconds from the start of the process's Python code to the first
answer with results drawn (``first``) and to the end of the first sync (``synced``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import time
T0 = time.perf_counter()
import asyncio, json, sys
from pathlib import Path
from mhbrief.config import Settings
from mhbrief.library import Library
from mhbrief.tui.app import create_app
from mhbrief.tui.screens import main as main_screen, results_view

marks = {}
shown = results_view.ResultsView.show
def show(self, response, **kwargs):
    shown(self, response, **kwargs)
    if response.total:
        marks.setdefault("first", time.perf_counter() - T0)
results_view.ResultsView.show = show
after_sync = main_screen.after_sync
def synced(screen, report):
    marks.setdefault("synced", time.perf_counter() - T0)
    after_sync(screen, report)
main_screen.after_sync = synced

async def run():
    library = Library(Path(sys.argv[1]), Path(sys.argv[2]))
    app = create_app(library, settings=Settings(live_reload=False))
    async with app.run_test(size=(120, 34)) as pilot:
        while len(marks) < 2 and time.perf_counter() - T0 < 120:
            await asyncio.sleep(0.01)
        await pilot.pause()
    library.close()
asyncio.run(run())
print(json.dumps(marks))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("briefings", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="mhcold-") as tmp:
        env = dict(os.environ, XDG_CONFIG_HOME=tmp, XDG_CACHE_HOME=tmp)
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(args.briefings), str(args.index)],
                env=env,
                cwd=tmp,  # not a checkout: PYTHONPATH says which code runs
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for name in ("first", "synced"):
        values = [run.get(name, float("nan")) for run in runs]
        shown = ", ".join(f"{value:.3f}" for value in values)
        print(f"{name:>7}: median {statistics.median(values):.3f} s  ({shown})")


if __name__ == "__main__":
    main()
