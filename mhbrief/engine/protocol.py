"""What the Library asks of a search engine: the seam between the door and Whoosh.

:class:`Engine` keeps an index of a collection in a folder and opens a
:class:`Searcher` on it; the Library (:mod:`mhbrief.library`) holds one of each and
talks to nothing else of the engine. Everything crosses the seam as plain types:
paths, the model's :class:`~mhbrief.model.Collection`, and :mod:`mhbrief.results`'
:class:`~mhbrief.results.Hit` and :class:`~mhbrief.results.SearchResponse` (which
carries the count, the facet counts and, for :attr:`~mhbrief.results.Sort.NEWEST`,
the newest-first page). :mod:`mhbrief.engine.whoosh_engine` is the one engine today.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mhbrief.model import Collection
from mhbrief.results import Hit, SearchResponse, Sort

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SyncReport:
    """What one sync did to the index, or why it could not."""

    added: int
    updated: int
    removed: int
    rebuilt: bool
    stale: bool
    message: str | None
    #: The index was not trusted (see :func:`mhbrief.trust.open_checked`): nothing was read.
    refused: bool = False
    #: Stale only because another process held the write lock: worth a retry soon.
    locked: bool = False
    #: Files read again or dropped (one edit re-reads its file's every item: those are
    #: ``updated``, this is what the user changed).
    files: int = 0


class Searcher(Protocol):
    """One point-in-time view of an index. Not thread-safe: the Library serialises.

    Any method may raise on a damaged index (the Library turns that into a stale,
    empty answer) and :class:`~mhbrief.results.Cancelled` once ``cancelled()`` is true.
    """

    def search(
        self,
        text: str,
        *,
        limit: int = 50,
        sort: Sort = Sort.RELEVANCE,
        as_you_type: bool = False,
        stale: bool = False,
        problem_sources: frozenset[str] = frozenset(),
        only: frozenset[str] | None = None,
        cancelled: Callable[[], bool] | None = None,
        facets: bool = True,
        exact: bool = True,
    ) -> SearchResponse:
        """The page of hits for a typed query, with its count, facet counts and notes;
        ``facets=False``: no facet counts (empty), for a caller that shows none;
        ``exact=False``: the same page, sooner, with the total perhaps an estimate and
        the facets not counted (the response says which)."""
        ...

    def related(
        self,
        doc_id: str,
        *,
        limit: int = 10,
        stale: bool = False,
        problem_sources: frozenset[str] = frozenset(),
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchResponse:
        """Quotes and points of other briefings like ``doc_id``; empty for an id it lacks."""
        ...

    def similar(self, text: str, language: str, *, limit: int = 10) -> tuple[Hit, ...]:
        """Quotes, points and plan sections most like a text that is not in the index."""
        ...

    def without_documents(self, sources: Iterable[str]) -> tuple[str, ...]:
        """Of ``sources`` (files or folders, as :meth:`Engine.failing_sources` keys
        them), those with no document in the index."""
        ...

    def up_to_date(self) -> bool:
        """False once a sync has changed the index since this view was opened."""
        ...

    def close(self) -> None: ...


class Engine(Protocol):
    """An index of a briefings collection, kept in ``index_dir``."""

    def store_dir(self, index_dir: Path) -> Path:
        """The folder of the current index format inside ``index_dir`` (where the
        parse cache is kept beside it)."""
        ...

    def has_index(self, index_dir: Path) -> bool:
        """True when ``index_dir`` holds an index, even a damaged one."""
        ...

    def index_state(self, index_dir: Path) -> str | None:
        """A token that changes whenever the index is written (None without an index):
        equal tokens mean the index holds what it held (see :mod:`mhbrief.linked`)."""
        ...

    def damaged_files(self, index_dir: Path) -> list[str]:
        """Files of the index that fail their checksums, nothing repaired (``sync`` with
        ``verify`` repairs them)."""
        ...

    def open_searcher(self, index_dir: Path) -> Searcher:
        """A view of the index as it stands. Raises
        :class:`~mhbrief.trust.IndexUnsafe` for a folder not to be trusted,
        :class:`OSError` when a commit raced the opening (worth a retry), anything
        else for a damaged index."""
        ...

    def sync(
        self,
        index_dir: Path,
        collection: Collection,
        *,
        progress: Progress | None = None,
        lock_timeout: float = 2.0,
        rebuild: bool = False,
        verify: bool = False,
    ) -> SyncReport:
        """Bring the index up to date with ``collection``; never raises for a locked,
        read-only or damaged index (a damaged one is rebuilt, the others reported)."""
        ...

    def failing_sources(self, collection: Collection) -> frozenset[str]:
        """The files of ``collection`` that do not load now, keyed as the index keys
        sources: their last good documents stay in the index."""
        ...

    def refused_sources(self, collection: Collection) -> frozenset[str]:
        """The files of ``collection`` refused for an id another file keeps, keyed as
        the index keys sources: none of their items is in the index."""
        ...

    def indexed_hit(self, index_dir: Path, doc_id: str, failing: frozenset[str]) -> Hit | None:
        """``doc_id`` as the index holds it, or None; raises when it cannot be read."""
        ...
