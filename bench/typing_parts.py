"""Where one keystroke's search goes: CPU time by part of ``Library.search`` while typing.

Not a test. Types every prefix of the issue's three queries (``klanten minderjarigen``,
``opvang slachtoffers``, ``digitale platformen``) into ``Library.search(as_you_type=True,
limit=50)``, twice: the first pass with the caches cold, then again. Prints the CPU time
of each pass and of its parts (scoring, reading postings, facets, hits, parsing), the
postings read, and the three slowest prefixes. Full garbage collections are kept out
of the typing, as the app keeps them (``tui/memory.py``). Open a copy of an index (a search may
write to it)::

    cp -a /work/bench-data/i100000 /tmp/i100000
    .venv/bin/python bench/typing_parts.py /work/bench-data/b100000 /tmp/i100000
"""

from __future__ import annotations

import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ("klanten minderjarigen", "opvang slachtoffers", "digitale platformen")
PARTS = {  # (module, owner, name): label
    ("mhbrief.engine.ranking", "Ranker", "rank"): "scoring",
    ("mhbrief.engine.ranking", "_Segment", "_read_term"): "  of it: reading postings",
    ("mhbrief.engine.search", "IndexSearcher", "_facets"): "facets",
    ("mhbrief.engine.search", "records", "hit"): "hits (records, highlights)",
    ("mhbrief.engine.search", None, "parse"): "parsing",
}


def main() -> None:
    import importlib

    from mhbrief.library import Library

    spent: dict[str, float] = defaultdict(float)
    postings = [0]

    def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                found = function(*args, **kwargs)
            finally:
                spent[label] += time.thread_time() - started
            if label.endswith("reading postings"):
                postings[0] += len(found)
            return found

        return wrapper

    for (module_name, owner_name, name), label in PARTS.items():
        module = importlib.import_module(module_name)
        owner = module if owner_name is None else getattr(module, owner_name)
        setattr(owner, name, timed(getattr(owner, name), label))
    prefixes = [query[:end] for query in QUERIES for end in range(1, len(query) + 1)]
    with Library(Path(sys.argv[1]), Path(sys.argv[2])) as library:
        library.sync()
        # As the app runs (tui/memory.py): what the sync left frozen, no full collection
        # between keys.
        gc.collect()
        gc.freeze()
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, 1 << 30)
        for label in ("first pass", "again"):
            spent.clear()
            postings[0] = 0
            each = []
            for prefix in prefixes:
                started = time.thread_time()
                library.search(prefix, limit=50, as_you_type=True)
                each.append(((time.thread_time() - started) * 1000, prefix))
            total = sum(ms for ms, _ in each)
            print(f"{label}: {total:.0f} ms CPU over {len(prefixes)} prefixes")
            for part, seconds in spent.items():
                print(f"  {part:<28} {seconds * 1000:7.0f} ms")
            print(f"  {'postings read':<28} {postings[0]:7,}")
            slowest = ", ".join(f"{p!r} {ms:.0f}" for ms, p in sorted(each, reverse=True)[:3])
            print(f"  slowest: {slowest}")


if __name__ == "__main__":
    main()
