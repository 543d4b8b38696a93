"""Canaries: each place where mhbrief leans on a dependency's private internals.

The engine reads Whoosh's matchers and columns directly where the public API is too slow,
the app tunes the garbage collector and overrides one of Textual's reactives. Each of these
falls back quietly (or breaks subtly) when the dependency changes. These tests fail first,
with a message naming what moved, so an upgrade of ``whoosh-reloaded``, Textual or Python is
a decision and not a surprise. See docs/architecture.md, "Dependencies' internals".
"""

from __future__ import annotations

import gc
import shutil
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from textual.reactive import Reactive
from textual.widget import Widget
from whoosh.codec import whoosh3
from whoosh.matching import FilterMatcher
from whoosh.query.spans import SpanNear2

from mhbrief.engine import facets, newest, ranking
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
