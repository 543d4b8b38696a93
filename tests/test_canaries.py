"""Canaries: each place where mhbrief leans on a dependency's private internals.

The engine reads Whoosh's matchers and columns directly where the public API is too slow,
replaces Whoosh's unpicklers with a restricted one, and drives Whoosh's private writer
steps from its parallel writer; the app tunes the garbage collector and overrides one of
Textual's reactives. Each of these falls back quietly (or breaks subtly, or unsafely) when
the dependency changes. These tests fail first,
with a message naming what moved, so an upgrade of ``whoosh-reloaded``, Textual or Python is
a decision and not a surprise. See docs/architecture.md, "Dependencies' internals".
"""

from __future__ import annotations

import gc
import inspect
import io
import os
import pickle
import shutil
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import whoosh.columns
import whoosh.filedb.structfile
from shared import FILES, QUOTES, write_collection
from textual.reactive import Reactive
from textual.widget import Widget
from whoosh.codec import whoosh3
from whoosh.matching import FilterMatcher
from whoosh.multiproc import MpWriter
from whoosh.query.spans import SpanNear2
from whoosh.writing import SegmentWriter

from mhbrief import safepickle
from mhbrief.engine import bulkwrite, facets, index_files, newest, postings, ranking, store
from mhbrief.library import Library
from mhbrief.tui import memory
from mhbrief.tui.widgets.results import ResultsList
from mhbrief.tui.widgets.search_box import SearchBox

REPO = Path(__file__).resolve().parents[1]

#: The versions these internals were read from; pyproject.toml pins the same.
WHOOSH = "2.7.5"
TEXTUAL = "8.2.8"


def _moved(what: str, package: str) -> str:
    return (
        f"{what} is not where mhbrief expects it in {package} "
        f"{metadata.version(package)}: read the new source and update the adapter before "
        "upgrading (its fallback is slower or wrong)"
    )


@pytest.fixture(scope="module")
def leaf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A segment reader of a real index built from the bundled briefings."""
    tmp = tmp_path_factory.mktemp("canary")
    shutil.copytree(REPO / "briefings", tmp / "briefings")
    library = Library(tmp / "briefings", tmp / "index")
    library.sync()
    searcher = library._current_searcher()
    assert searcher is not None
    leaves = searcher._searcher.leaf_searchers()
    assert leaves, "the index has no segment"
    yield leaves[0][0].reader()
    library.close()


def test_the_pinned_versions_are_the_ones_installed() -> None:
    assert metadata.version("whoosh-reloaded") == WHOOSH, _moved(
        "the pinned version", "whoosh-reloaded"
    )
    assert metadata.version("textual") == TEXTUAL, _moved("the pinned version", "textual")


def test_postings_are_read_a_block_at_a_time(leaf: Any) -> None:
    matcher = leaf.postings("kind", "quote")
    matcher, _ = ranking._unfiltered(matcher)
    assert isinstance(matcher, whoosh3.W3LeafMatcher), _moved("W3LeafMatcher", "whoosh-reloaded")
    for name in ("_read_ids", "_next_block"):
        assert callable(getattr(matcher, name, None)), _moved(
            f"W3LeafMatcher.{name}", "whoosh-reloaded"
        )
    matcher._read_ids()
    assert len(matcher._ids) > 0, _moved("W3LeafMatcher._ids", "whoosh-reloaded")
    assert hasattr(matcher, "_weights") and hasattr(matcher, "_values"), _moved(
        "W3LeafMatcher._weights/_values", "whoosh-reloaded"
    )


def test_a_block_is_read_for_scoring_from_the_matchers_fields(leaf: Any) -> None:
    """engine.postings reads a block's bytes where the matcher says they are."""
    matcher, _ = ranking._unfiltered(leaf.postings("kind", "quote"))
    fields = ("_byteids", "_data", "_dataoffset", "_nextoffset", "_postfile", "_compression")
    for name in (*fields, "_blocklength"):
        assert hasattr(matcher, name), _moved(f"W3LeafMatcher.{name}", "whoosh-reloaded")
    block = postings.ids_and_weights(matcher)
    assert block is not None, _moved("the pickled block of W3LeafMatcher", "whoosh-reloaded")
    matcher._read_ids()
    matcher._read_weights()
    assert (list(block[0]), list(block[1])) == (list(matcher._ids), list(matcher._weights))


def test_deleted_documents_are_a_filter_matcher_with_its_ids(leaf: Any) -> None:
    child = leaf.postings("kind", "quote")
    hidden = frozenset({0})
    matcher, deleted = ranking._unfiltered(FilterMatcher(child, hidden, exclude=True))
    assert matcher is child and deleted is hidden, _moved(
        "FilterMatcher's child/_ids/_exclude", "whoosh-reloaded"
    )


def test_field_lengths_are_held_from_the_column_bytes(leaf: Any) -> None:
    assert callable(getattr(whoosh3, "_lenfield", None)), _moved(
        "whoosh3._lenfield", "whoosh-reloaded"
    )
    held = ranking.held_lengths(leaf, "text_nl")
    assert held is not None, _moved(
        "the per-document lengths column (_cached_reader, _dbfile)", "whoosh-reloaded"
    )
    assert len(held) == leaf.doc_count_all()


def test_dates_are_read_as_one_packed_column(leaf: Any) -> None:
    reader = leaf.column_reader(newest.DATE_COLUMN, translate=False)
    for name in ("_typecode", "_dbfile", "_basepos", "_count", "_default"):
        assert hasattr(reader, name), _moved(f"NumericColumn reader .{name}", "whoosh-reloaded")
    assert reader._typecode == "Q", _moved("the date column's type code", "whoosh-reloaded")
    assert list(newest._read_dates(leaf)) == list(reader)


def test_facets_are_read_as_references_into_distinct_values(leaf: Any) -> None:
    reader = leaf.column_reader("f_kind", translate=False)
    refs = facets._refs(reader)
    assert refs is not None, _moved(
        "RefBytesColumn reader (_uniques, _itemsize, _doccount)", "whoosh-reloaded"
    )
    assert [reader._uniques[ref] for ref in refs] == list(reader)


#: The three names :func:`mhbrief.engine.index_files.restrict_unpickling` replaces, each
#: with what Whoosh reads through it.
UNPICKLERS = {
    "whoosh.filedb.structfile.load_pickle": "the TOC (StructFile.read_pickle)",
    "whoosh.codec.whoosh3.loads": "posting blocks and inlined postings",
    "whoosh.columns.loads": "stored fields (PickleColumn)",
}


def _module_and_name(dotted: str) -> tuple[Any, str]:
    module, _, name = dotted.rpartition(".")
    return sys.modules[module], name


class _Planted:
    """What a planted pickle does: run a command when it is read."""

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (os.system, ("echo planted",))


def test_every_pickle_whoosh_reads_goes_through_the_restricted_unpickler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """index_files replaces Whoosh's unpicklers at import, relying on Whoosh looking the
    names up when it calls them: reading a real index must call each of ours."""
    ours = {
        "whoosh.filedb.structfile.load_pickle": index_files._load_pickle,
        "whoosh.codec.whoosh3.loads": index_files._loads_pickle,
        "whoosh.columns.loads": index_files._loads_pickle,
    }
    calls = dict.fromkeys(UNPICKLERS, 0)
    for dotted, function in ours.items():
        module, name = _module_and_name(dotted)
        assert getattr(module, name, None) is function, _moved(dotted, "whoosh-reloaded")

        def counted(*args: Any, _dotted: str = dotted, _function: Any = function) -> Any:
            calls[_dotted] += 1
            return _function(*args)

        monkeypatch.setattr(module, name, counted)

    shutil.copytree(REPO / "briefings", tmp_path / "briefings")
    with Library(tmp_path / "briefings", tmp_path / "index") as library:
        library.sync()
        ix = store.open_index(store.store_dir(library.index_dir))
        with ix.searcher() as searcher:
            reader = searcher.reader()
            assert list(reader.postings("kind", "quote").all_ids())  # a block of postings
            doc_id = next(iter(reader.all_stored_fields()))["id"]  # a stored record
            assert list(reader.postings("id", doc_id).all_ids())  # one posting, inlined
    for dotted, read in UNPICKLERS.items():
        assert calls[dotted], (
            f"reading {read} no longer calls {dotted}: Whoosh stopped looking that name up "
            "when it reads, so restrict_unpickling() no longer guards it and a planted "
            "index could run code; find where whoosh-reloaded "
            f"{metadata.version('whoosh-reloaded')} unpickles it now and restrict that"
        )


def test_a_planted_pickle_in_a_whoosh_file_is_refused_not_run() -> None:
    planted = pickle.dumps(_Planted())
    with pytest.raises(safepickle.Refused):
        whoosh.filedb.structfile.StructFile(io.BytesIO(planted)).read_pickle()
    for loads in (whoosh3.loads, whoosh.columns.loads):
        with pytest.raises(safepickle.Refused):
            loads(planted)


#: The private steps of Whoosh's writers that ParallelWriter._commit runs, as it calls them.
WRITER_STEPS = {
    "_merge_segments": ("mergetype", "optimize", "merge"),
    "_finalize_segment": (),
    "_close_segment": (),
    "_commit_toc": ("segments",),
    "_finish": (),
}


def test_the_parallel_writer_finds_whooshs_private_writer_steps() -> None:
    """bulkwrite.ParallelWriter commits by Whoosh's own private steps (as MpWriter does),
    and its sub-processes finish their segment with ``_finalize_segment``."""
    for name, parameters in WRITER_STEPS.items():
        step = getattr(SegmentWriter, name, None)
        assert callable(step), _moved(f"SegmentWriter.{name}", "whoosh-reloaded")
        assert tuple(inspect.signature(step).parameters)[1:] == parameters, _moved(
            f"SegmentWriter.{name}{parameters}", "whoosh-reloaded"
        )
    assert "_lk" in inspect.signature(SegmentWriter.__init__).parameters, _moved(
        "SegmentWriter(_lk=False)", "whoosh-reloaded"
    )
    assert MpWriter.add_document is not SegmentWriter.add_document, _moved(
        "MpWriter.add_document (buffers documents for the sub-processes)", "whoosh-reloaded"
    )


#: What segwrite.SegmentBuilder reads of a SegmentWriter it extends, and of its writers.
BUILDER_PARTS = {
    "writer": (
        "pool",
        "perdocwriter",
        "fieldwriter",
        "schema",
        "docnum",
        "_tempstorage",
        "_added",
        "_check_state",
        "_check_fields",
        "_doc_boost",
        "_field_boost",
        "_flush_segment",
        "add_reader",
    ),
    "perdocwriter": (
        "start_doc",
        "add_field",
        "add_column_value",
        "finish_doc",
        "cancel_doc",
        "close",
    ),
    "fieldwriter": ("start_field", "start_term", "add", "finish_term", "finish_field", "close"),
}


#: What segwrite._add_postings sets of a postings writer's block, as add_posting does.
POSTINGS_PARTS = (
    "_byteids",
    "_blocklimit",
    "_ids",
    "_weights",
    "_values",
    "_maxweight",
    "_minlength",
    "_maxlength",
    "_write_block",
)


def test_the_segment_builder_finds_whooshs_writer_parts(tmp_path: Path) -> None:
    """segwrite.SegmentBuilder replaces SegmentWriter's pool, add_document and flush, and
    calls its per-document and field writers itself (tests/engine/test_segwrite.py holds
    its segments to Whoosh's, posting for posting)."""
    from whoosh import formats
    from whoosh import index as whoosh_index

    from mhbrief.engine.index import SCHEMA

    writer = SegmentWriter(whoosh_index.create_in(str(tmp_path), SCHEMA))
    try:
        objects = {"writer": writer, "perdocwriter": writer.perdocwriter}
        objects["fieldwriter"] = writer.fieldwriter
        for owner, names in BUILDER_PARTS.items():
            for name in names:
                assert hasattr(objects[owner], name), _moved(
                    f"SegmentWriter's {owner}.{name}", "whoosh-reloaded"
                )
        assert "limitmb" in inspect.signature(SegmentWriter.__init__).parameters
        # A term's postings go in a block at a time, as W3PostingsWriter.add_posting fills it.
        assert "self._postwriter.add_posting(" in inspect.getsource(whoosh3.W3FieldWriter.add), (
            _moved("W3FieldWriter.add calling _postwriter.add_posting", "whoosh-reloaded")
        )
        postings = whoosh3.W3PostingsWriter(None, 128)
        postings._new_block()
        for name in POSTINGS_PARTS:
            assert hasattr(postings, name), _moved(f"W3PostingsWriter.{name}", "whoosh-reloaded")
        assert callable(formats.Positions().encode) and callable(formats.pack_uint), _moved(
            "formats.Positions.encode, formats.pack_uint", "whoosh-reloaded"
        )
    finally:
        writer.cancel()


def test_whooshs_mpwriter_hands_full_batches_to_ours_and_commits_through_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ParallelWriter inherits MpWriter's add_document (documents buffered in
    ``docbuffer``, a full batch handed to ``_enqueue``) and commit (``_commit`` once a
    document was added, by ``_added_sub``): both must still call our overrides, or a big
    update would silently be written by one process, or not at all."""
    enqueued: list[int] = []
    committed: list[int] = []
    enqueue, commit = bulkwrite.ParallelWriter._enqueue, bulkwrite.ParallelWriter._commit

    def counted_enqueue(self: Any) -> None:
        if not committed:  # while documents are added, not the rest sent at commit
            enqueued.append(len(self.docbuffer))
        enqueue(self)

    def counted_commit(self: Any, *args: Any) -> None:
        committed.append(self._next)
        commit(self, *args)

    monkeypatch.setattr(bulkwrite, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(bulkwrite.ParallelWriter, "_enqueue", counted_enqueue)
    monkeypatch.setattr(bulkwrite.ParallelWriter, "_commit", counted_commit)
    briefings = tmp_path / "briefings"
    write_collection(briefings, 0)
    with Library(briefings, tmp_path / "index") as library:
        report = library.sync()
        found = library.search("kind:quote", limit=1).total
    assert report.added > 100  # more than one batch (ParallelWriter.batchsize)
    assert committed, _moved("MpWriter.commit calling _commit (_added_sub)", "whoosh-reloaded")
    assert enqueued and set(enqueued) == {100}, _moved(
        "MpWriter.add_document handing a full docbuffer to _enqueue", "whoosh-reloaded"
    )
    assert found == FILES * QUOTES


def test_the_phrase_test_runs_on_the_stand_in() -> None:
    """The exact ranking runs Whoosh's own phrase test on a stand-in matcher that offers
    only a phrase's settings and its words' spans; it must still need nothing more."""
    assert callable(getattr(SpanNear2.SpanNear2Matcher, "_get_spans", None)), _moved(
        "SpanNear2Matcher._get_spans", "whoosh-reloaded"
    )

    def phrase(positions: list[list[int]], slop: int = 1) -> bool:
        near = ranking._Near(slop)
        near.ms = [ranking._Spans(p) for p in positions]
        try:
            return bool(ranking._SPANS_OF_NEAR(near))
        except AttributeError as exc:
            raise AssertionError(
                _moved(f"what _get_spans reads ({exc})", "whoosh-reloaded")
            ) from exc

    assert phrase([[3], [4]])
    assert not phrase([[3], [9]])
    assert not phrase([[4], [3]])
    assert phrase([[3], [6]], slop=3)


def test_results_and_search_box_override_a_reactive_textual_declares() -> None:
    declared = Widget.__dict__.get("virtual_size")
    assert isinstance(declared, Reactive), _moved("Widget.virtual_size as a Reactive", "textual")
    for widget in (ResultsList, SearchBox):
        own = widget.__dict__.get("virtual_size")
        assert isinstance(own, Reactive), widget.__name__
        assert own._layout is False and own._repaint is True, _moved(
            "Reactive's _layout/_repaint flags", "textual"
        )


def test_the_idle_collector_can_hold_back_the_oldest_generation() -> None:
    assert len(gc.get_threshold()) == 3, (
        f"Python {sys.version.split()[0]} changed the collector's generations: "
        "revisit mhbrief/tui/memory.py"
    )
    assert callable(getattr(gc, "freeze", None)) and callable(getattr(gc, "unfreeze", None))
    before = gc.get_threshold()
    collector = memory.IdleCollector()
    try:
        collector.start()
        assert gc.get_threshold()[2] == memory.NEVER, (
            "the oldest generation's threshold was not taken"
        )
    finally:
        collector.stop()
        gc.unfreeze()
    assert gc.get_threshold() == before, "stopping the idle collector must restore the thresholds"


def test_the_quick_escape_driver_copies_textuals_input_loop_but_its_wait() -> None:
    """tui/driver.py is Textual's input loop with the select timeout changed: the rest
    must still be what Textual runs, and the app must still pick the driver class."""
    import inspect

    from textual.drivers.linux_driver import LinuxDriver

    from mhbrief.tui.app import MHBriefApp
    from mhbrief.tui.driver import QuickEscapeDriver

    source = inspect.getsource(LinuxDriver.run_input_thread)
    for needed in (
        "XTermParser(self._debug)",
        "selector.select(0.1)",
        "feed(unicode_data)",
        "tick()",
        "self.process_message(event)",
        "self.exit_event.is_set()",
        "loop_last(selector_events)",
    ):
        assert needed in source, _moved(f"LinuxDriver.run_input_thread's {needed!r}", "textual")
    assert callable(getattr(MHBriefApp, "get_driver_class", None))
    assert issubclass(QuickEscapeDriver, LinuxDriver)
