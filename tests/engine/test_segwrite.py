"""The segment builder writes what Whoosh's own segment writer writes, posting for posting."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import OPTIMIZE, SegmentWriter

from mhbrief.engine.index import SCHEMA, index_fields
from mhbrief.engine.segwrite import SegmentBuilder

WORDS = [
    *["mensenhandel", "slachtoffers", "opvang", "zorg", "gemeenten", "gemeentelijke", "aanpak"],
    *["klanten", "minderjarigen", "financiële", "Financiële", "zorgcoördinatie", "NGO's", "ngo’s"],
    *["don't", "2.0", "kinderen", "meisjes", "analyses", "ambities", "organisaties", "victims"],
    *[
        "customers",
        "work",
        "in",
        "progress",
        "Één",
        "straße",
        "İstanbul",
        "CAFÉ",
        "de",
        "het",
        "een",
        "van",
        "the",
    ],
]


def _text(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words) + rng.choice(("", ".", "!\n", " — x"))


def _records(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    titles = [_text(rng, 3, 8) for _ in range(5)]
    for n in range(count):
        kind = rng.choice(("quote", "point", "briefing", "section"))
        yield {
            "id": f"doc-{n}",
            "kind": kind,
            "briefing": f"b-{n % 7}",
            "source": f"org/{n % 7}.toml",
            "sha256": "abc+def",
            "title": rng.choice(titles),
            "organisation": rng.choice(("Stichting FairWork", "CoMensha", None)),
            "organisation_short": rng.choice(("FW", None)),
            "date": rng.choice(("2020-01-02", "2023-12-31", None)),
            "language": rng.choice(("nl", "en", "de")),
            "status": "current",
            "speaker": rng.choice(("Anna de Vries", "Jan Jansen", None)),
            "role": rng.choice(("woordvoerder", None)),
            "stance": rng.choice(("critical", None)) if kind == "point" else None,
            "context": rng.choice((None, _text(rng, 2, 10))),
            "text": _text(rng, 1, 400 if n % 13 == 0 else 40),  # some with many repeats
            "themes": rng.sample(["digitaal", "opvang-en-zorg", "preventie"], rng.randint(0, 2)),
            "sections": [],
            "theme_labels": rng.sample(["Digitaal / online", "Opvang en zorg"], rng.randint(0, 2)),
        }


def _build(folder: Path, writer_class: type, records: list[dict[str, Any]], **kwargs: Any) -> Any:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    writer = writer_class(ix, **kwargs)
    for record in records:
        writer.add_document(**index_fields(record))
    writer.commit()
    return whoosh_index.open_dir(str(folder))


#: What a posting block says of itself (the ranking reads it to skip blocks).
BLOCK = ("_blocklength", "_maxid", "_maxweight", "_minlength", "_maxlength", "_lastblock")


def _content(ix: Any) -> dict[str, Any]:
    """Every term's statistics and postings, every length, stored field and column."""
    out: dict[str, Any] = {}
    with ix.reader() as reader:
        count = reader.doc_count_all()
        out["stored"] = [reader.stored_fields(d) for d in range(count)]
        for name in SCHEMA.names():
            field = SCHEMA[name]
            if field.column_type is not None:
                column = reader.column_reader(name, translate=False)
                out[f"column {name}"] = [column[d] for d in range(count)]
            if not field.indexed:
                continue
            terms = {}
            for term in reader.lexicon(name):
                info = reader.term_info(name, term)
                postings = []
                matcher = reader.postings(name, term)
                while matcher.is_active():
                    block = tuple(getattr(matcher, name, None) for name in BLOCK)
                    postings.append((matcher.id(), matcher.weight(), matcher.value(), block))
                    matcher.next()
                terms[term] = (
                    info.weight(),
                    info.doc_frequency(),
                    info.min_length(),
                    info.max_length(),
                    info.max_weight(),
                    postings,
                )
            out[f"terms {name}"] = terms
            out[f"lengths {name}"] = [reader.doc_field_length(d, name) for d in range(count)]
            out[f"total {name}"] = reader.field_length(name)
    return out


@pytest.mark.parametrize("limitmb", [128, 0.05])  # in memory, and spilled as many runs
def test_a_built_segment_equals_whooshs(tmp_path: Path, limitmb: float) -> None:
    records = list(_records(300))
    theirs = _build(tmp_path / "whoosh", SegmentWriter, records, limitmb=limitmb)
    ours = _build(tmp_path / "ours", SegmentBuilder, records, limitmb=limitmb)
    expected, got = _content(theirs), _content(ours)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == value, key


def test_merged_segments_equal_whooshs_merge(tmp_path: Path) -> None:
    """A merge (add_reader) takes Whoosh's own flush; documents added beside it too."""
    records = list(_records(120, seed=3))
    indexes = []
    for name, writer_class in (("whoosh", SegmentWriter), ("ours", SegmentBuilder)):
        ix = _build(tmp_path / name, writer_class, records[:60])
        writer = writer_class(ix)
        writer.delete_by_term("id", "doc-5")
        for record in records[60:]:
            writer.add_document(**index_fields(record))
        writer.commit(merge=False)
        writer = writer_class(whoosh_index.open_dir(str(tmp_path / name)))
        writer.add_document(**index_fields(records[0]))
        writer.commit(mergetype=OPTIMIZE)
        indexes.append(whoosh_index.open_dir(str(tmp_path / name)))
    assert _content(indexes[1]) == _content(indexes[0])


def test_the_text_fields_take_the_shortcut_and_a_small_pool_spills(tmp_path: Path) -> None:
    ix = whoosh_index.create_in(str(tmp_path), SCHEMA)
    writer = SegmentBuilder(ix, limitmb=0.05)
    shortcut = {name for name, values in writer._fast.items() if values is not None}
    assert {"words", "edge", "speaker", "org", "text_nl", "title_en", "themes_nl"} <= shortcut
    for record in _records(100):
        writer.add_document(**index_fields(record))
    assert len(writer.pool._runs) > 1
    writer.commit()
    with whoosh_index.open_dir(str(tmp_path)).searcher() as searcher:
        assert searcher.doc_count() == 100
        assert len(list(searcher.reader().lexicon("edge"))) > 50


def test_two_builders_of_one_index_spill_apart(tmp_path: Path) -> None:
    """The parallel writer's processes share the index's temporary folder."""
    records = list(_records(80, seed=11))
    (tmp_path / "both").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "both"), SCHEMA)
    first, second = (SegmentBuilder(ix, _lk=False, limitmb=0.02) for _ in range(2))
    for n, record in enumerate(records):
        (second if n % 2 else first).add_document(**index_fields(record))
    assert len(first.pool._runs) > 1 and len(second.pool._runs) > 1
    segments = [first._finalize_segment(), second._finalize_segment()]
    first._commit_toc(segments)
    first._finish()
    second._finish()
    alone = _build(tmp_path / "alone", SegmentWriter, records[0::2] + records[1::2])
    together = whoosh_index.open_dir(str(tmp_path / "both"))
    assert together.doc_count() == 80
    assert _content(together)["stored"] == _content(alone)["stored"]
