"""Hostile briefing files: their shapes, and a child process that validates one and
measures itself (wall seconds, peak RSS, errors).

A plain module, not a test module: ``tests/test_bounded.py`` asserts on these shapes
(peak memory, errors, no hang) and ``bench/bench_hostile.py`` prints their figures. The
bench imports from here; no test imports the bench.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CAP = 2 * 1024 * 1024
HEAD = 'format = 1\nkind = "briefing"\nid = "b"\ntitle = "T"\npublished = 2020-01-01\n'
HEAD += 'organisation = "O"\nsource_type = "letter"\nlanguage = "nl"\n'
THEMES = 'format = 1\nkind = "themes"\n\n[themes.zorg]\nlabel = "Zorg"\n'
PLAN = 'format = 1\nkind = "plan"\nid = "p"\ntitle = "P"\npublished = 2020-01-01\n'
PLAN += 'publisher = "X"\nlanguage = "nl"\n\n[[sections]]\nid = "s1"\ntitle = "S"\ntext = "t"\n'


def fill(unit: Callable[[int], str], head: str = HEAD) -> str:
    """``head`` plus as many units as fit in the cap."""
    parts = [head]
    size = len(head)
    n = 0
    while True:
        piece = unit(n)
        if size + len(piece.encode()) > CAP:
            return "".join(parts)
        parts.append(piece)
        size += len(piece.encode())
        n += 1


def many_themes(n: int) -> str:
    return f'[themes.t{n}]\nlabel = "L{n}"\n'


def plan_chain(n: int) -> str:
    parent = f'parent = "c{n - 1}"\n' if n else ""
    return f'[[sections]]\nid = "c{n}"\ntitle = "S"\ntext = "t"\n{parent}'


SHAPES: dict[str, Callable[[], str]] = {
    "dotted key, 100k parts": lambda: HEAD + "x" + ".a" * 100_000 + " = 1\n",
    "header, 100k parts": lambda: HEAD + "[" + ".".join(["a"] * 100_000) + "]\n",
    "array header, 100k parts": lambda: HEAD + "[[" + ".".join(["a"] * 100_000) + "]]\n",
    "inline table, 100k-part key": lambda: HEAD + "x = {" + ".".join(["a"] * 100_000) + " = 1}\n",
    "64-part keys to the cap": lambda: fill(lambda n: f"k{n}" + ".a" * 63 + " = 1\n"),
    "64-part headers to the cap": lambda: fill(lambda n: f"[h{n}" + ".a" * 63 + "]\n"),
    "unknown keys to the cap": lambda: fill(lambda n: f"k{n} = 1\n"),
    "49,999 unknown keys": lambda: HEAD + "".join(f"k{n} = 1\n" for n in range(49_990)),
    "quotes to the cap": lambda: fill(
        lambda n: f'[[quotes]]\nid = "q{n}"\nspeaker = "S"\ntext = "t {n}"\n'
    ),
    "duplicate quote ids": lambda: fill(
        lambda n: '[[quotes]]\nid = "q"\nspeaker = "S"\ntext = "t"\n'
    ),
    "unknown theme refs": lambda: fill(
        lambda n: f'[[points]]\nid = "p{n}"\nstance = "critical"\ntext = "t"\nthemes = ["x{n}"]\n'
    ),
    "one list of distinct themes": lambda: (
        HEAD
        + '[[points]]\nid = "p"\nstance = "critical"\ntext = "t"\nthemes = ['
        + ",".join(f'"t{n}"' for n in range(200_000))
        + "]\n"
    ),
    "one huge quote text": lambda: (
        HEAD + '[[quotes]]\nid = "q"\nspeaker = "S"\ntext = """' + ("woord " * 340_000) + '"""\n'
    ),
    "plan sections in one parent chain": lambda: fill(plan_chain, PLAN.split("[[sections]]")[0]),
    "plan sections with unknown parents": lambda: fill(
        lambda n: f'[[sections]]\nid = "c{n}"\ntitle = "S"\ntext = "t"\nparent = "x{n}"\n',
        PLAN.split("[[sections]]")[0],
    ),
    "12k valid quotes": lambda: (
        HEAD
        + "".join(
            f'[[quotes]]\nid = "q{n}"\nspeaker = "S"\ntext = "t {n}"\n' for n in range(12_000)
        )
    ),
    "12k sections in one parent chain": lambda: (
        PLAN.split("[[sections]]")[0] + "".join(plan_chain(n) for n in range(9_000))
    ),
    "12k sections with unknown parents": lambda: (
        PLAN.split("[[sections]]")[0]
        + "".join(
            f'[[sections]]\nid = "c{n}"\ntitle = "S"\ntext = "t"\nparent = "x{n}"\n'
            for n in range(9_000)
        )
    ),
    "12k points with unknown refs": lambda: (
        HEAD
        + "".join(
            f'[[points]]\nid = "p{n}"\nstance = "critical"\ntext = "t"\nthemes = ["x{n}"]\n'
            f'sections = ["p/x{n}"]\nresponds_to = ["q{n}"]\n'
            for n in range(7_000)
        )
    ),
    "5,400 valid quotes (2 MiB)": lambda: (
        HEAD
        + "".join(
            f'[[quotes]]\nid = "q{n}"\nspeaker = "Spreker {n % 50}"\nrole = "rol"\ntext = "'
            + " ".join(f"mensenhandel{(n * 7 + i) % 997} opvang{i}" for i in range(12))
            + '"\n'
            for n in range(5_400)
        )
    ),
    "long quote almost in a 2 MiB source": lambda: (
        HEAD.replace('language = "nl"\n', 'language = "nl"\nsource_text = "s.txt"\n')
        + '[[quotes]]\nid = "q"\nspeaker = "S"\ntext = """'
        + "a " * 100_000
        + 'b"""\n'
    ),
    "5,000 quotes not in a 2 MiB source": lambda: (
        HEAD.replace('language = "nl"\n', 'language = "nl"\nsource_text = "s.txt"\n')
        + "".join(
            f'[[quotes]]\nid = "q{n}"\nspeaker = "S"\ntext = "a a a a a a a a a a a a a b{n}"\n'
            for n in range(5_000)
        )
    ),
    "themes to the cap": lambda: fill(many_themes, 'format = 1\nkind = "themes"\n'),
    "nested arrays": lambda: HEAD + "x = " + "[" * 500_000 + "]" * 500_000 + "\n",
    "quoted keys with escapes": lambda: fill(lambda n: f'"k\\u00e9{n}" = 1\n'),
    "comments only": lambda: HEAD + "# " + "x" * (CAP - 200) + "\n",
}

CHILD = """
import resource, sys, time
from pathlib import Path
from mhbrief.library import Library
from mhbrief.loader import load_collection
started = time.perf_counter()
if len(sys.argv) > 2:  # what a running app's live reload does
    library = Library(Path(sys.argv[1]), Path(sys.argv[2]))
    library.sync()
    library.sync()
    collection = library.collection
else:
    collection = load_collection(Path(sys.argv[1]))
errors = sum(1 for p in collection.problems if p.is_error)
first = next((p.format() for p in collection.problems if p.path.name == "hostile.toml"), "")
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.3f} {rss:.0f} {errors} {first[:120]}")
"""


def run_child(
    name: str, args: list[str], timeout: float
) -> subprocess.CompletedProcess[str] | dict[str, object]:
    """``python -c ARGS…`` in a child; a row saying why when it timed out or failed."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"shape": name, "seconds": None, "peak_mb": None, "note": "timed out"}
    if done.returncode != 0:
        return {"shape": name, "seconds": None, "peak_mb": None, "note": done.stderr[-200:]}
    return done


def measure(
    name: str, text: str, *, timeout: float = 60, reload: bool = False
) -> dict[str, object]:
    """Validate ``text`` as a briefings folder's file (or, with ``reload``, sync a
    library over it twice, as live reload does); wall seconds and peak MB."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "briefings"
        folder.mkdir()
        (folder / "themes.toml").write_text(THEMES, encoding="utf-8")
        if 'kind = "plan"' not in text:
            (folder / "plan.toml").write_text(PLAN, encoding="utf-8")
        if 'kind = "themes"' in text:
            (folder / "themes.toml").unlink()
        (folder / "hostile.toml").write_text(text, encoding="utf-8")
        if 'source_text = "s.txt"' in text:  # a source text at the cap
            (folder / "s.txt").write_text("a " * (CAP // 2 - 1), encoding="utf-8")
        args = [CHILD, str(folder)] + ([str(Path(tmp) / "index")] if reload else [])
        done = run_child(name, args, timeout)
        if isinstance(done, dict):
            return done
        seconds, rss, errors, first = [*done.stdout.strip().split(" ", 3), ""][:4]
        return {
            "shape": name,
            "bytes": len(text.encode()),
            "seconds": float(seconds),
            "peak_mb": float(rss),
            "errors": int(errors),
            "first": first,
        }
