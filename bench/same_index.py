"""Two builds of one collection hold the same index and answer the same: a check, not a test.

For a change to how the index is written (issue 25's build), not a timed figure::

    .venv/bin/python bench/same_index.py dump INDEX OUT.json      # with one code
    .venv/bin/python bench/same_index.py dump INDEX2 OUT2.json    # with the other
    .venv/bin/python bench/same_index.py compare OUT.json OUT2.json

``dump`` writes, keyed by each document's id (so two builds that number their
documents differently compare equal): a digest per field of every term's postings
(weight and encoded value), of the field lengths and of the stored fields and
columns; and the top 50 (id, score) of a set of queries through the engine's
searcher, typed and as you type. ``compare`` says what differs; a top 50 that
differs only in the order of equal scores is reported as such (the order of ties
follows the documents' numbers, which a build may lay out differently).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = (
    "opvang van slachtoffers",
    "klanten van minderjarigen",
    "mensenhandel gemeentelijke aanpak",
    "mensenhandel",
    "slachtoffers",
    "gemeente",
    "financiele middelen",
    '"opvang van slachtoffers"',
    "politie~",
    "uitbuit*",
    "theme:digitaal platformen",
    "kind:quote zorg",
    "kind:point aanpak",
    "speaker:de",
    "org:fairwork",
    "stance:critical opvang",
    "kabinetsbeleid ambitie",
    "opsporing en vervolging",
    "kinderen jongeren bescherming",
    "preventie signalering samenwerking",
)


def _digest(parts: list[bytes]) -> str:
    h = hashlib.sha256()
    for part in sorted(parts):
        h.update(len(part).to_bytes(4, "big"))
        h.update(part)
    return h.hexdigest()[:16]


def content(index_dir: Path) -> dict[str, str]:
    """A digest per field of what the index holds, by document id."""
    from mhbrief.engine import store

    ix = store.open_index(store.store_dir(index_dir))
    out: dict[str, str] = {}
    with ix.reader() as reader:
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        out["documents"] = str(len(ids))
        out["stored"] = _digest(
            [repr(sorted(fields.items())).encode() for _, fields in reader.iter_docs()]
        )
        schema = ix.schema
        for name in schema.names():
            field = schema[name]
            if field.column_type is not None and not field.indexed:
                col = reader.column_reader(name)
                out[f"column {name}"] = _digest(
                    [ids[d].encode() + b"\0" + repr(col[d]).encode() for d in ids]
                )
            if not field.indexed:
                continue
            parts = []
            for term in reader.lexicon(name):
                m = reader.postings(name, term)
                while m.is_active():
                    d = m.id()
                    parts.append(
                        term + b"\0" + ids[d].encode() + repr((m.weight(), m.value())).encode()
                    )
                    m.next()
            out[f"postings {name}"] = _digest(parts)
            if field.scorable:
                out[f"lengths {name}"] = _digest(
                    [ids[d].encode() + repr(reader.doc_field_length(d, name)).encode() for d in ids]
                )
                out[f"total length {name}"] = str(reader.field_length(name))
    return out


def answers(index_dir: Path) -> dict[str, list[list[object]]]:
    from mhbrief.engine.whoosh_engine import WhooshEngine

    searcher = WhooshEngine().open_searcher(index_dir)
    out: dict[str, list[list[object]]] = {}
    try:
        for text in QUERIES:
            for typed in (False, True):
                response = searcher.search(text, limit=50, as_you_type=typed)
                out[f"{text} typed={typed}"] = [[hit.id, hit.score] for hit in response.hits] + [
                    ["total", response.total]
                ]
    finally:
        searcher.close()
    return out


def compare(first: dict[str, dict[str, object]], second: dict[str, dict[str, object]]) -> int:
    problems = 0
    for key, value in first["content"].items():
        other = second["content"].get(key)
        if other != value:
            print(f"content differs: {key}: {value} != {other}")
            problems += 1
    for key, hits in first["answers"].items():
        other = second["answers"].get(key)
        if other == hits:
            continue
        if other is not None and sorted(map(tuple, other)) == sorted(map(tuple, hits)):
            print(f"same hits and scores, ties in another order: {key}")
            continue
        print(f"answer differs: {key}")
        problems += 1
    print("identical" if not problems else f"{problems} differences")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump")
    dump.add_argument("index", type=Path)
    dump.add_argument("out", type=Path)
    both = sub.add_parser("compare")
    both.add_argument("first", type=Path)
    both.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        data = {"content": content(args.index), "answers": answers(args.index)}
        args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        return 0
    return compare(
        json.loads(args.first.read_text(encoding="utf-8")),
        json.loads(args.second.read_text(encoding="utf-8")),
    )


if __name__ == "__main__":
    sys.exit(main())
