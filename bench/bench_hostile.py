"""Cost of hostile input: files up to the 2 MiB cap, queries, imported texts.

Not a test: prints figures (tests/test_bounded.py and tests/engine/test_query_limits.py
assert the worst shapes by errors, counts and peak memory, never by a clock). The file
shapes and their measuring child live in tests/hostile_files.py, shared with the tests. Usage::

    .venv/bin/python bench/bench_hostile.py [--group files|queries|import]
        [--only NAME] [--items N] [--json OUT]

``files``: each shape is written into a fresh briefings folder beside a valid
themes file and plan, then ``mhbrief validate`` runs on it in a child process
that reports its own wall time and peak RSS. The goal: every shape under 5 s
and 200 MB.

``queries``: a collection of ``--items`` realistic items (bench.py's writer) is
written and indexed once; each query shape then runs in a fresh child process
(``Library.search``, as ``mhbrief search``), beside its peer: the same kind of
query at a sane size (one word once, a three-word phrase, one fuzzy word...),
run first in the same child, so both figures share the start-up and the open
index. Peak RSS is the child's after the peer, then after the shape.

``import``: ``mhbrief import`` of texts full of quote marks, beside a peer text
of the same size in ordinary prose with quotes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
# The file shapes and their measuring child are shared with tests/test_bounded.py.
from hostile_files import SHAPES, THEMES, measure, run_child

# --- queries (issue 21: 48 s and 437 MB for one word typed 1,000 times at 20k items) ---

SOME_WORDS = [
    "mensenhandel",
    "slachtoffers",
    "opvang",
    "zorg",
    "gemeenten",
    "aanpak",
    "klanten",
    "minderjarigen",
    "kinderen",
    "jongeren",
    "uitbuiting",
    "seksuele",
    "criminele",
    "politie",
    "opsporing",
    "vervolging",
    "rechter",
    "officier",
    "justitie",
    "kabinet",
    "staatssecretaris",
    "minister",
    "regeerakkoord",
    "ambitie",
    "programma",
    "maatregelen",
    "financiering",
    "signalering",
    "samenwerking",
    "preventie",
    "bescherming",
    "online",
    "platformen",
    "middelen",
    "gemeentelijke",
    "arbeidsuitbuiting",
    "mensenhandelaren",
    "slachtoffer",
    "gemeente",
    "minderjarige",
]


def _words(count: int) -> list[str]:
    """``count`` words of the collection's vocabulary, cycling."""
    return [SOME_WORDS[n % len(SOME_WORDS)] for n in range(count)]


#: name -> (the hostile query, its peer: the same kind of query at a sane size).
QUERY_SHAPES: dict[str, tuple[str, str]] = {
    "one word 1,000 times": (" ".join(["opvang"] * 1000), "opvang"),
    "one word 4,000 times": (" ".join(["opvang"] * 4000), "opvang"),
    "4,000 different words": (
        " ".join(f"{w}{n}" for n, w in enumerate(_words(4000))),
        "opvang slachtoffers",
    ),
    "quoted 1,000-word phrase": ('"' + " ".join(_words(1000)) + '"', '"opvang van slachtoffers"'),
    "50 fuzzy words": (" ".join(f"{w}~" for w in _words(50)), "opvang~"),
    "5,000 theme: filters": (" ".join(["theme:opvang-en-zorg"] * 5000), "theme:opvang-en-zorg"),
    "5,000 different theme: filters": (
        " ".join(f"theme:t{n}" for n in range(5000)),
        "theme:opvang-en-zorg",
    ),
    "?*": ("?*", "opv*"),
    "10 suffix wildcards": (" OR ".join(f"*{w[-4:]}" for w in _words(10)), "*ing"),
}

INDEX_CHILD = "import sys; from mhbrief.cli import main; raise SystemExit(main(sys.argv[1:]))"
QUERY_CHILD = """
import resource, sys, time
from pathlib import Path
from mhbrief.library import Library
library = Library(Path(sys.argv[1]), Path(sys.argv[2]))
figures = []
for text in (sys.argv[3], sys.argv[4]):  # the peer first, then the shape
    started = time.perf_counter()
    response = library.search(text, limit=50)
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.append(f"{seconds:.3f} {rss:.0f} {response.total}")
print(" ".join(figures), "|", "; ".join(getattr(response, "limits", ())))  # none before
"""


def query_collection(tmp: Path, items: int) -> tuple[Path, Path]:
    """A realistic collection of ``items`` items (bench.py's), indexed once."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench

    root, index = tmp / "briefings", tmp / "index"
    bench.write_collection(root, items)
    subprocess.run(
        [
            sys.executable,
            "-c",
            INDEX_CHILD,
            "--briefings",
            str(root),
            "--index",
            str(index),
            "index",
        ],
        check=True,
        capture_output=True,
    )
    return root, index


def measure_query(
    name: str, root: Path, index: Path, text: str, peer: str, timeout: float
) -> dict[str, object]:
    done = run_child(name, [QUERY_CHILD, str(root), str(index), peer, text], timeout)
    if isinstance(done, dict):
        return done
    figures, _, limits = done.stdout.strip().splitlines()[-1].partition("|")
    limits = limits.strip()
    peer_s, peer_mb, peer_total, seconds, peak, total = figures.split()
    return {
        "shape": name,
        "bytes": len(text.encode()),
        "seconds": float(seconds),
        "peak_mb": float(peak),
        "total": int(total),
        "peer": peer,
        "peer_seconds": float(peer_s),
        "peer_mb": float(peer_mb),
        "peer_total": int(peer_total),
        "first": limits,
    }


# --- imported texts (issue 21: 20 KB of " took 28 s, 680 KB of unbalanced “ 72 s) -------

PROSE = (
    'De woordvoerder zei: "Wij zien meer slachtoffers van uitbuiting in de opvang." '
    "Volgens het centrum is de aanpak van gemeenten nog te verschillend. "
)


def _quoted_paragraphs(size: int) -> str:
    """``size`` characters of paragraphs that are each one attributed quote, by a few
    dozen named people (stop 42: 1 MiB of them took 15 s, 2 MiB half a minute)."""
    first = ("Anna", "Pieter", "Maria", "Jan", "Sofie", "Tom", "Eva", "Lucas")
    last = ("Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder")
    words = PROSE.replace('"', "").replace(":", "").split()
    paragraphs, total, number = [], 0, 0
    while total < size:
        name = f"{first[number % 8]} {last[number // 8 % 8]}"
        said = " ".join(words[(number + k) % len(words)] for k in range(20)).capitalize()
        paragraphs.append(
            f"“{said}.” zegt woordvoerder {name} van Stichting Hulp {number % 50}."
            if number % 2
            else f"Officer {name} said “{said}.”"
        )
        total += len(paragraphs[-1]) + 2
        number += 1
    return "\n\n".join(paragraphs)


IMPORT_SHAPES: dict[str, tuple[str, str]] = {
    '20 KB of "': ('"' * 20_000, (PROSE * 200)[:20_000]),
    '100 KB of "': ('"' * 100_000, (PROSE * 1000)[:100_000]),
    "680 KB of unbalanced “": ("“" * 232_000, (PROSE * 5000)[:696_000]),
    "2 MiB of attributed quotes": (_quoted_paragraphs(2 << 20), (PROSE * 15_000)[: 2 << 20]),
    "100 KB of capitals beside a quote": (
        "“Een citaat van vier woorden,” zegt Ann Lee.\n\n" + "A" * 100_000,
        (PROSE * 700)[:100_000],
    ),
}

IMPORT_CHILD = """
import contextlib, io, resource, sys, time
from mhbrief.cli import main
started = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["--briefings", sys.argv[1], "import", sys.argv[2], "-o", "-"])
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.3f} {rss:.0f} {code}")
"""


def _import_once(folder: Path, source: Path, timeout: float) -> tuple[float, float] | str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_CHILD, str(folder), str(source)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timed out"
    if not done.stdout.strip():
        return done.stderr[-200:]
    seconds, rss, _ = done.stdout.split()
    return float(seconds), float(rss)


def measure_import(name: str, text: str, peer: str, timeout: float) -> dict[str, object]:
    """``mhbrief import`` of ``text``, then of ``peer`` (each in a fresh child process)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "briefings"
        folder.mkdir()
        (folder / "themes.toml").write_text(THEMES, encoding="utf-8")
        figures = []
        for body in (text, peer):
            source = Path(tmp) / "statement.txt"
            source.write_text("Titel van de verklaring\n\n" + body + "\n", encoding="utf-8")
            figures.append(_import_once(folder, source, timeout))
    shape, sane = figures
    row: dict[str, object] = {"shape": name, "bytes": len(text.encode())}
    if isinstance(shape, str):
        row.update(seconds=None, peak_mb=None, note=shape)
    else:
        row.update(seconds=shape[0], peak_mb=shape[1])
    if not isinstance(sane, str):
        row.update(peer="prose of the same size", peer_seconds=sane[0], peer_mb=sane[1])
    return row


def _print_row(name: str, row: dict[str, object]) -> None:
    seconds = "-" if row["seconds"] is None else f"{row['seconds']:.2f}"
    peak = "-" if row["peak_mb"] is None else f"{row['peak_mb']:.0f}"
    line = f"{name:36} {seconds:>7} s {peak:>6} MB"
    if "peer_seconds" in row:
        line += f"   peer {row['peer_seconds']:>6.2f} s {row['peer_mb']:>5.0f} MB"
    note = row.get("note") or row.get("first") or ""
    print(f"{line}  {str(note)[:90]}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--group", choices=("files", "queries", "import"), help="run only this group"
    )
    parser.add_argument("--only", help="run the shapes whose name contains this")
    parser.add_argument("--items", type=int, default=5000, help="items of the query collection")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--reload", action="store_true", help="index each file twice, as the app's live reload"
    )
    args = parser.parse_args()
    rows: list[dict[str, object]] = []
    if args.group in (None, "files"):
        rows += file_rows(args)
    if args.group in (None, "queries"):
        rows += query_rows(args)
    if args.group in (None, "import"):
        for name, (text, peer) in IMPORT_SHAPES.items():
            if not args.only or args.only in name:
                rows.append(measure_import(name, text, peer, timeout=150))
                _print_row(name, rows[-1])
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


def query_rows(args: argparse.Namespace) -> list[dict[str, object]]:
    shapes = {n: q for n, q in QUERY_SHAPES.items() if not args.only or args.only in n}
    if not shapes:
        return []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        root, index = query_collection(Path(tmp), args.items)
        print(
            f"queries over {args.items:,} items (written and indexed in "
            f"{time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        for name, (text, peer) in shapes.items():
            rows.append(measure_query(name, root, index, text, peer, timeout=150))
            _print_row(name, rows[-1])
    return rows


def file_rows(args: argparse.Namespace) -> list[dict[str, object]]:
    rows = []
    for name, make in SHAPES.items():
        if args.only and args.only not in name:
            continue
        row = measure(name, make(), reload=args.reload, timeout=120)
        rows.append(row)
        _print_row(name, row)
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
