"""CPU time of each typed prefix at a size: ``Library.search`` as a key asks it, twice.

Not a test. Types every prefix of ``bench.py``'s three queries into
``Library.search(as_you_type=True, limit=50)``, a first pass and again, and prints one JSON
line: the sum, p95, median and worst of the CPU time (``thread_time``) a key, and the five
slowest prefixes. Mode ``a`` asks ``exact=False`` (what a key asks where the code has it),
``e`` the exact search. Run each checkout's code with ``PYTHONPATH`` and open a copy of an
index (a search may write to it)::

    cp -a /work/bench-data/i100000 /tmp/i100000
    PYTHONPATH=TREE .venv/bin/python bench/typing_cpu.py /work/bench-data/b100000 /tmp/i100000 a
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

QUERIES = (
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "mensenhandel gemeentelijke aanpak",
)


def main() -> None:
    import mhbrief
    from mhbrief.library import Library

    mode = sys.argv[3]
    library = Library(Path(sys.argv[1]), Path(sys.argv[2]))
    library.sync(load=False)
    library.search("*", as_you_type=True)
    # As the app runs (tui/memory.py): no full collection between keys.
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1 << 30)
    options = {"exact": False} if mode == "a" else {}
    found: dict[str, object] = {"code": mhbrief.__file__, "mode": mode}
    for label in ("first", "again"):
        each = []
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.thread_time()
                library.search(query[:end], as_you_type=True, limit=50, **options)
                each.append(((time.thread_time() - started) * 1000, query[:end]))
        each.sort()
        found[label] = {
            "sum": round(sum(ms for ms, _ in each)),
            "p95": round(each[int(len(each) * 0.95)][0], 1),
            "median": round(each[len(each) // 2][0], 1),
            "max": round(each[-1][0], 1),
            "slowest": [(prefix, round(ms)) for ms, prefix in each[-5:]],
        }
    print(json.dumps(found))


if __name__ == "__main__":
    main()
