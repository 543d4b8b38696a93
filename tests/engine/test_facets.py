"""Facet codes read in bulk per segment count exactly what reading each document gives."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w

from mhbrief.engine import facets
from mhbrief.engine import query as qlang
from mhbrief.library import Library
from mhbrief.results import Sort


def one_by_one(reader: Any, docnums: list[int]) -> dict[str, Counter[str]]:
    """Each document's values read through Whoosh's own column reader, one at a time."""
    found: dict[str, Counter[str]] = {}
    for name, column in facets.COLUMNS.items():
        values = reader.column_reader(column)
        found[name] = Counter(v for docnum in docnums for v in facets.decode(values[docnum]))
    return found


def write_briefing(
    root: Path, number: int, quotes: list[dict[str, Any]], organisation: int | None = None
) -> None:
    """Briefing ``b{number}``, one day newer than the one before, with these quotes (of
    ``Organisatie {organisation}``, by default its own number)."""
    briefing = {
        "format": 1,
        "kind": "briefing",
        "id": f"b{number}",
        "title": "Opvang",
        "published": date(2020, 1, 1 + number),
        "organisation": f"Organisatie {number if organisation is None else organisation}",
        "source_type": "report",
        "quotes": quotes,
    }
    (root / f"b{number}.toml").write_text(tomli_w.dumps(briefing), encoding="utf-8")


def test_many_distinct_values_read_in_bulk_count_as_read_one_by_one(tmp_path: Path) -> None:
    """Over 255 distinct speakers: Whoosh stores two-byte references, not one."""
    root = tmp_path / "briefings"
    root.mkdir()
    themes = {"format": 1, "kind": "themes", "themes": {"t": {"label": "T"}}}
    (root / "themes.toml").write_text(tomli_w.dumps(themes), encoding="utf-8")
    for number in range(3):
        quotes = [
            {
                "id": f"q{i}",
                "text": f"Opvang en zorg, deel {i}.",
                "speaker": f"Spreker {number * 1000 + i}",
                "themes": ["t"],
            }
            for i in range(150)
        ]
        write_briefing(root, number, quotes)
    library = Library(root, tmp_path / "index")
    library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    reader = searcher._searcher.reader()
    assert (
        max(
            len(r.column_reader("f_speaker", translate=False)._uniques)
            for r, _ in reader.leaf_readers()
        )
        > 256
    )
    for query in ("*", "opvang", "deel 7"):
        q = qlang.prune(qlang.rewrite(qlang.parse(query).query, reader), reader).normalize()
        with searcher._ix.searcher() as plain:
            docnums = [hit.docnum for hit in plain.search(q, limit=None)]
            expected = facets.ordered(one_by_one(plain.reader(), docnums))
            assert facets.ordered(facets.read_for(plain.reader(), docnums)) == expected
        columns = facets.columns(reader)
        assert facets.ordered({n: columns[n].counts(docnums) for n in columns}) == expected
    assert len(library.search("*").facets["speaker"]) == 450  # every quote its own speaker
    library.close()


def test_counts_of_most_documents_from_those_left_out_are_the_counts(tmp_path: Path) -> None:
    """Several segments, deleted documents among them: the same counts either way."""
    root = tmp_path / "briefings"
    root.mkdir()

    def write(number: int, speakers: int) -> None:
        quotes = [
            {"id": f"q{i}", "text": f"Opvang, deel {i}.", "speaker": f"Spreker {i % speakers}"}
            for i in range(20)
        ]
        write_briefing(root, number, quotes, organisation=number % 3)

    for number in range(6):
        write(number, 3 + number)
    library = Library(root, tmp_path / "index")
    library.sync()
    write(2, 7)  # rewritten: its documents deleted in one segment, added in another
    (root / "b4.toml").unlink()
    library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    reader = searcher._searcher.reader()
    assert reader.has_deletions() and len(list(reader.leaf_readers())) > 1
    columns = facets.columns(reader)
    complement = facets.Complement(reader, columns)
    live = list(reader.all_doc_ids())
    for docnums in (live, live[1:], live[::2] + live[1::4], live[len(live) // 3 :]):
        direct = {name: columns[name].counts(docnums) for name in columns}
        assert facets.ordered(complement.counts(docnums)) == facets.ordered(direct)
    most = library.search("opvang", as_you_type=True)
    assert most.total * 2 > reader.doc_count()
    assert most.facets == facets.ordered({n: columns[n].counts(live) for n in columns})
    library.close()


def test_newest_first_reads_the_kind_alone_and_facets_come_when_asked(tmp_path: Path) -> None:
    """The app's first answer (newest first, no counts before its sync) reads one column;
    the counts asked for next are those of every facet, as before."""
    root = tmp_path / "briefings"
    root.mkdir()
    for number in range(3):
        quote = {"id": "q", "text": "Opvang telt.", "speaker": f"Spreker {number}"}
        write_briefing(root, number, [quote])
    library = Library(root, tmp_path / "index")
    library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    asked: list[tuple[str, ...]] = []
    read = facets.columns

    def counting(reader: Any, names: Any = facets.FACET_NAMES) -> dict[str, facets.Column]:
        asked.append(tuple(names))
        return read(reader, names)

    facets.columns = counting  # type: ignore[assignment]
    try:
        newest = library.search("*", sort=Sort.NEWEST, facets=False)
        quotes = [hit.id for hit in newest.hits if hit.id.endswith("/q")]
        assert quotes == ["b2/q", "b1/q", "b0/q"]  # newest first
        assert newest.facets == {}
        assert asked == [("kind",)]
        counted = library.search("*", sort=Sort.NEWEST)
    finally:
        facets.columns = read  # type: ignore[assignment]
    assert counted.facets["speaker"] == {"Spreker 0": 1, "Spreker 1": 1, "Spreker 2": 1}
    assert counted.facets["kind"]["quote"] == 3
    library.close()
