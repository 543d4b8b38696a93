"""Per-keystroke latency of search-as-you-type on N synthetic quotes.

Not a test: prints figures. Usage::

    .venv/bin/python bench/bench_search.py [--quotes 10000] [--runs 5]

It writes a synthetic briefings folder (Dutch-like text with a large
vocabulary), indexes it, then times ``Library.search(prefix, as_you_type=True)``
for prefixes of 1..6 letters of several words, plus a few full queries.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import tomli_w

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mhbrief.library import Library

COMMON = [
    "gemeente",
    "gemeenten",
    "klant",
    "klanten",
    "minderjarigen",
    "mensenhandel",
    "slachtoffers",
    "opvang",
    "zorg",
    "digitale",
    "platformen",
    "extra",
    "middelen",
    "financiering",
    "politie",
    "inspectie",
    "aanpak",
    "signalering",
    "uitbuiting",
    "arbeid",
    "seksuele",
    "werving",
    "online",
    "opsporing",
    "samenwerking",
    "ketenpartners",
]
FILLER = [
    "de",
    "het",
    "een",
    "van",
    "en",
    "in",
    "op",
    "met",
    "voor",
    "dat",
    "niet",
    "is",
    "te",
    "aan",
    "ook",
]
TYPED = ["gemeenten", "mensenhandel", "slachtoffers", "platformen", "zorg", "beleid"]


def synthetic_word(rng: random.Random) -> str:
    syllables = rng.randint(2, 4)
    return "".join(
        rng.choice("bdfghjklmnprstvwz") + rng.choice("aeiou") + rng.choice(["", "n", "r", "s", "l"])
        for _ in range(syllables)
    )


def sentence(rng: random.Random, vocabulary: list[str]) -> str:
    words = []
    for _ in range(rng.randint(12, 40)):
        roll = rng.random()
        if roll < 0.3:
            words.append(rng.choice(FILLER))
        elif roll < 0.45:
            words.append(rng.choice(COMMON))
        else:
            words.append(rng.choice(vocabulary))
    return " ".join(words).capitalize() + "."


def write_collection(root: Path, quotes: int, per_file: int, rng: random.Random) -> None:
    vocabulary = sorted({synthetic_word(rng) for _ in range(20000)})
    root.mkdir(parents=True)
    (root / "themes.toml").write_text(
        tomli_w.dumps({"format": 1, "kind": "themes", "themes": {"t": {"label": "T"}}})
    )
    start = date(2015, 1, 1)
    for number in range(0, quotes, per_file):
        doc_id = f"org-{number // per_file:05d}"
        briefing = {
            "format": 1,
            "kind": "briefing",
            "id": doc_id,
            "title": sentence(rng, vocabulary)[:60],
            "published": start + timedelta(days=number // per_file),
            "organisation": rng.choice(["Centrum", "Netwerk", "Stichting", "Bond"]),
            "source_type": "report",
            "quotes": [
                {
                    "id": f"q{i}",
                    "speaker": f"{rng.choice(['Anna', 'Bram', 'Cor', 'Dina'])} "
                    f"{rng.choice(string.ascii_uppercase)}.",
                    "text": sentence(rng, vocabulary),
                    "context": sentence(rng, vocabulary)[:50],
                    "themes": ["t"],
                }
                for i in range(min(per_file, quotes - number))
            ],
        }
        (root / f"{doc_id}.toml").write_text(tomli_w.dumps(briefing))


def timed(library: Library, query: str, as_you_type: bool) -> tuple[float, int]:
    started = time.perf_counter()
    response = library.search(query, limit=50, as_you_type=as_you_type)
    return (time.perf_counter() - started) * 1000, response.total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotes", type=int, default=10000)
    parser.add_argument("--per-file", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "briefings"
        write_collection(root, args.quotes, args.per_file, rng)
        library = Library(root, Path(tmp) / "index")
        started = time.perf_counter()
        report = library.sync()
        print(
            f"indexed {report.added} documents from {args.quotes} quotes "
            f"in {time.perf_counter() - started:.1f} s"
        )
        timed(library, "warm", True)  # open the searcher, read facet columns
        print(f"\nas-you-type, {args.runs} runs per prefix (ms per keystroke)")
        print(f"{'letters':>7} {'median':>8} {'p95':>8} {'max':>8}  {'hits (median)':>13}")
        for letters in range(1, 7):
            times, totals = [], []
            for word in TYPED:
                prefix = word[:letters]
                for _ in range(args.runs):
                    ms, total = timed(library, prefix, True)
                    times.append(ms)
                    totals.append(total)
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(
                f"{letters:>7} {statistics.median(times):>8.1f} {p95:>8.1f} {max(times):>8.1f}"
                f"  {int(statistics.median(totals)):>13}"
            )
        print("\nfull queries (ms, median of runs)")
        for query in [
            "gemeenten",
            "klanten minderjarigen",
            '"extra middelen"',
            "mensenhndel",
            "zorg OR opvang",
            "kind:quote date:2016",
            "gemeenten sla",
        ]:
            runs = [timed(library, query, query.endswith("sla")) for _ in range(args.runs)]
            ms = statistics.median(r[0] for r in runs)
            print(f"  {query!r:<28} {ms:>8.1f}  ({runs[0][1]} hits)")
        library.close()


if __name__ == "__main__":
    main()
