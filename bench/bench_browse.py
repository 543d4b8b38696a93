"""Browsing deeper on N synthetic items: related items, speakers, the source at the quote.

Not a test: prints figures. Usage::

    .venv/bin/python bench/bench_browse.py [--items 10000] [--runs 20]

It writes a synthetic briefings folder (bench.py's realistic generator), indexes it,
then times ``Library.related`` for random quotes, the speakers aggregation
(``mhbrief speakers``), an ``added:`` restricted search, and locating a quote
in a 2 MiB source (verbatim and closest passage).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import write_collection
from mhbrief.library import Library
from mhbrief.source_passage import locate
from mhbrief.speakers import speakers
from mhbrief.whatsnew import collection_ids, split_added


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def report(label: str, times: list[float]) -> None:
    times = sorted(times)
    p95 = times[max(0, round(len(times) * 0.95) - 1)]
    print(f"{label:<44} median {ms(statistics.median(times)):>10}  p95 {ms(p95):>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "briefings"
        write_collection(root, args.items)
        with Library(root, Path(tmp) / "index") as library:
            started = time.perf_counter()
            library.sync()
            print(f"{args.items} items indexed in {time.perf_counter() - started:.1f} s")
            ids = [q.global_id for b in library.collection.briefings.values() for q in b.quotes]
            times = []
            for item in rng.sample(ids, args.runs):
                started = time.perf_counter()
                library.related(item, limit=8)
                times.append(time.perf_counter() - started)
            report("related (8 shown, 200 scored)", times)
            times = []
            for _ in range(5):
                started = time.perf_counter()
                found = speakers(library.collection)
                times.append(time.perf_counter() - started)
            report(f"speakers ({len(found)} speakers)", times)
            seen = {
                item: date(2026, 1 + i % 12, 1)
                for i, item in enumerate(collection_ids(library.collection))
            }
            only = split_added("added:2026-11").ids(seen)
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                library.search("*", limit=200, only=only)
                times.append(time.perf_counter() - started)
            report(f"added:2026-11 browse ({len(only)} ids)", times)
            texts = [library.collection.get(item).text for item in rng.sample(ids, 50)]  # type: ignore[union-attr]
    source = "\n\n".join(texts * 200)[: 2 * 1024 * 1024]
    for label, quote in (
        ("locate verbatim in 2 MiB source", texts[-1]),
        ("locate closest passage in 2 MiB source", "woorden die nergens staan " + texts[3]),
    ):
        times = []
        for _ in range(3):
            started = time.perf_counter()
            locate(source, quote)
            times.append(time.perf_counter() - started)
        report(label, times)


if __name__ == "__main__":
    main()
