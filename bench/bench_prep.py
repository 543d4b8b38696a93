"""Cost of the per-user state behind interview prep: history, sheets, export.

Not a test: prints figures. Usage::

    .venv/bin/python bench/bench_prep.py [--briefings DIR] [--items N]

Uses a throwaway state folder (XDG_DATA_HOME in a temporary directory) over the
given briefings (default: the repository's). Every state write is an atomic,
fsynced replace; the app runs them off the UI thread, one at a time
(mhbrief/tui/state_jobs.py), so these figures are how long after a keypress the
sheet on screen catches up, not a freeze.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO_BRIEFINGS = Path(__file__).resolve().parents[1] / "briefings"


def timed(label: str, runs: int, work: Callable[[int], object]) -> None:
    started = time.perf_counter()
    for number in range(runs):
        work(number)
    each = (time.perf_counter() - started) / runs * 1000
    print(f"{label:<44} {each:8.2f} ms each ({runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--briefings", type=Path, default=REPO_BRIEFINGS)
    parser.add_argument("--items", type=int, default=200, help="items on the big sheet")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        from mhbrief.loader import load_collection
        from mhbrief.model import Point, Quote
        from mhbrief.sheets import Sheets, export_markdown, pin
        from mhbrief.state import HISTORY_LIMIT, StateStore

        collection = load_collection(args.briefings)
        ids = [i.global_id for i in collection.items() if isinstance(i, Quote | Point)]
        if not ids:
            raise SystemExit(f"no quotes or points in {args.briefings}")
        store = StateStore(args.briefings)
        day = date.today()
        print(f"{len(ids)} quotes and points in {args.briefings}")
        timed(
            "remember a query (history full)",
            HISTORY_LIMIT + 50,
            lambda n: store.remember_query(f"q{n}"),
        )
        timed("read the history", 100, lambda n: store.history())
        sheets = Sheets(store)
        big = [pin(collection, ids[n % len(ids)], day) for n in range(args.items)]
        unique = list({p.id: p for p in big}.values())
        timed(
            "add one item to a sheet",
            50,
            lambda n: sheets.add("Bench", [unique[n % len(unique)]], day),
        )
        sheets.add("Bench", unique, day)
        count = len(sheets.get("Bench").pins)  # type: ignore[union-attr]
        timed(
            f"move an item on a {count}-item sheet",
            50,
            lambda n: sheets.move("Bench", unique[0].id, 1 - 2 * (n % 2)),
        )
        timed(
            f"note on a {count}-item sheet",
            50,
            lambda n: sheets.set_note("Bench", unique[-1].id, f"n{n}"),
        )
        sheet = sheets.get("Bench")
        assert sheet is not None
        timed(
            f"export a {count}-item sheet as Markdown",
            20,
            lambda n: export_markdown(sheet, collection, day),
        )
        size = store.path("sheets/bench").stat().st_size
        print(f"sheet file: {size:,} bytes for {count} items")


if __name__ == "__main__":
    main()
