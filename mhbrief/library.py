"""The one door the app and the CLI use: a briefings folder with its search index.

Thread-safe: every method may be called from a worker thread. A sync (reload
the folder, update the index) and a search never block each other for long:
the search lock is held only to swap in a fresh searcher after a sync.
The engine is reached only through :mod:`mhbrief.engine.protocol`; callers get
model objects and the plain dataclasses of :mod:`mhbrief.results`.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from mhbrief import linked, parsecache
from mhbrief.engine.protocol import Engine, Searcher, SyncReport
from mhbrief.engine.whoosh_engine import WhooshEngine
from mhbrief.linked import LinkedFacts
from mhbrief.locations import index_dir_for
from mhbrief.model import Collection, Kind
from mhbrief.results import Cancelled, Hit, SearchResponse, Sort, empty_response
from mhbrief.sanitize import sanitize_line, sanitize_text
from mhbrief.trust import IndexUnsafe

__all__ = ["Cancelled", "Library", "SearchResponse", "Sort", "SyncReport"]

OPEN_RETRIES = 5


class Library:
    """A briefings folder and its index, kept in step."""

    def __init__(
        self, briefings: Path, index_dir: Path | None = None, *, engine: Engine | None = None
    ) -> None:
        self.briefings = briefings.resolve()
        self.index_dir = index_dir.resolve() if index_dir else index_dir_for(self.briefings)
        #: None after a sync answered from the stored facts: loaded when first asked for.
        self._collection: Collection | None = Collection(root=self.briefings)
        self._facts = LinkedFacts()
        #: Of those, the ones with nothing in the index (asked once per searcher).
        self._left_out: tuple[str, ...] | None = None
        self._stale = False
        self._refused = False
        self._message: str | None = None
        self._engine: Engine = engine if engine is not None else WhooshEngine()
        self._searcher: Searcher | None = None
        self._parse_cache: parsecache.ParseCache | None = None
        self._sync_lock = threading.Lock()
        self._search_lock = threading.Lock()

    @property
    def collection(self) -> Collection:
        """The collection as last loaded (empty before the first sync); after a sync with
        ``load=False`` that changed nothing, the folder is loaded now."""
        found = self._collection
        if found is None:
            with self._sync_lock:
                if self._collection is None:
                    self._collection = self._load()
                found = self._collection
        return found

    @property
    def facts(self) -> LinkedFacts:
        """What the last sync concluded about the files: their problems, the quotes not
        verbatim, the files that fail to load, how many there are."""
        return self._facts

    @property
    def stale(self) -> bool:
        """True when the last sync could not update the index."""
        return self._stale

    @property
    def refused(self) -> bool:
        """True when the index folder is not trusted: nothing is answered from it."""
        return self._refused

    @property
    def stale_message(self) -> str | None:
        return self._message

    def sync(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        lock_timeout: float = 2.0,
        rebuild: bool = False,
        verify: bool = False,
        load: bool = True,
    ) -> SyncReport:
        """Reload the folder from disk and bring the index up to date incrementally.

        ``load=False``: when no file changed since a sync stored what it concluded
        (:mod:`mhbrief.linked`), answer from that and the index as it stands, without
        loading the folder; :attr:`collection` loads it when asked for.
        """
        with self._sync_lock:
            if not (load or rebuild):
                report = self._unchanged(verify)
                if report is not None:
                    return report
            folder = self._engine.store_dir(self.index_dir)
            collection, cache = parsecache.load_collection(
                self.briefings, folder, self._parse_cache
            )
            report = self._engine.sync(
                self.index_dir,
                collection,
                progress=progress,
                lock_timeout=lock_timeout,
                rebuild=rebuild,
                verify=verify,
            )
            parsecache.save(folder, self.briefings, cache)
            self._parse_cache = cache
            facts = LinkedFacts.of(
                collection,
                self._engine.failing_sources(collection),
                self._engine.refused_sources(collection),
            )
            if not (report.stale or report.refused):
                state = self._engine.index_state(self.index_dir)
                linked.write(folder, self.briefings, cache, collection, facts, state)
            self._took(collection, facts, report)
            return report

    def _unchanged(self, verify: bool) -> SyncReport | None:
        """The report of a sync with nothing to do, answered from the stored facts; None
        when they do not hold (a file changed, the index was written, ...) or, with
        ``verify``, an index file fails its checksum (the full sync repairs it)."""
        state = self._engine.index_state(self.index_dir)
        facts = linked.read(self._engine.store_dir(self.index_dir), self.briefings, state)
        if facts is None or (verify and self._engine.damaged_files(self.index_dir)):
            return None
        report = SyncReport(0, 0, 0, False, False, None)
        self._took(None, facts, report)
        return report

    def _took(self, collection: Collection | None, facts: LinkedFacts, report: SyncReport) -> None:
        """Answer from what a sync found from now on."""
        with self._search_lock:
            self._collection = collection
            self._facts = facts
            self._stale = report.stale
            self._refused = report.refused
            self._message = report.message
            self._drop_searcher()

    def load(self) -> Collection:
        """The folder as it is now (unchanged files from the parse cache); the index untouched."""
        with self._sync_lock:
            return self._load()

    def _load(self) -> Collection:
        folder = self._engine.store_dir(self.index_dir)
        collection, cache = parsecache.load_collection(self.briefings, folder, self._parse_cache)
        parsecache.save(folder, self.briefings, cache)
        self._parse_cache = cache
        return collection

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        sort: Sort = Sort.RELEVANCE,
        as_you_type: bool = False,
        only: frozenset[str] | None = None,
        cancelled: Callable[[], bool] | None = None,
        facets: bool = True,
        exact: bool = True,
    ) -> SearchResponse:
        """Search the index as it stands; never raises for a bad query.

        ``facets=False``: the response's facet counts are left empty (not counted).

        ``exact=False``, for a key typed while more may follow: the same hits in the same
        order, at a cost bounded by the page where the engine can bound it; the total may
        then be an estimate (``total_exact`` false) and the facets are left uncounted
        (``facets_pending``). Ask again with ``exact=True`` once the keys stop.

        ``only``: search just the items with these ids (the app's ``added:`` filter).
        Raises :class:`Cancelled` soon after ``cancelled()`` turns true, so a
        search nobody waits for any more frees the index for the next one.
        """
        # Typed text is untrusted like briefing text: no escape sequence is ever
        # echoed back (did you mean, --json), and invisible characters fold away.
        # (A trailing space while typing says the last word is finished: kept.)
        query = sanitize_text(query) if as_you_type else sanitize_line(query)
        response = self._answer(
            query,
            lambda searcher: dataclasses.replace(
                searcher.search(
                    query,
                    limit=limit,
                    sort=sort,
                    as_you_type=as_you_type,
                    stale=self._stale,
                    problem_sources=self._facts.failing,
                    only=only,
                    cancelled=cancelled,
                    facets=facets,
                    exact=exact,
                ),
                left_out=self._left_out_of(searcher),
            ),
        )
        return self._verbatim_now(response)

    def _verbatim_now(self, response: SearchResponse) -> SearchResponse:
        """A quote whose file loads is verbatim or not as the last load checked it (its
        source may have changed since it was indexed); one whose file fails keeps what
        its indexed copy says."""
        unverified = self._facts.unverified
        hits = tuple(
            replace(hit, unverified=hit.id in unverified)
            if hit.kind is Kind.QUOTE
            and not hit.from_problem_file
            and hit.unverified != (hit.id in unverified)
            else hit
            for hit in response.hits
        )
        same = all(new is old for new, old in zip(hits, response.hits, strict=True))
        return response if same else replace(response, hits=hits)

    def _left_out_of(self, searcher: Searcher) -> tuple[str, ...]:
        """Files that fail to load and have nothing in the index, then those refused for
        an id another file keeps (see :attr:`SearchResponse.left_out`); asked of the
        index once per searcher."""
        if self._left_out is None:
            unindexed = [*searcher.without_documents(self._facts.failing)]
            unindexed += sorted(self._facts.refused - set(unindexed))
            self._left_out = tuple(sanitize_line(source) for source in unindexed)
        return self._left_out

    def related(
        self, doc_id: str, *, limit: int = 10, cancelled: Callable[[], bool] | None = None
    ) -> SearchResponse:
        """Quotes and points of other briefings like ``doc_id``, other organisations first.

        Answers from the index as it stands, like :meth:`search`; empty for an id it lacks.
        """
        return self._answer(
            doc_id,
            lambda searcher: searcher.related(
                doc_id,
                limit=limit,
                stale=self._stale,
                problem_sources=self._facts.failing,
                cancelled=cancelled,
            ),
        )

    def _answer(self, asked: str, ask: Callable[[Searcher], SearchResponse]) -> SearchResponse:
        """``ask`` the index as it stands, under the search lock; any fault reading it gives
        a stale, empty answer and one message (:attr:`stale_message`), never a traceback."""
        with self._search_lock:
            searcher = self._current_searcher()
            if searcher is None:
                return empty_response(asked, stale=True)
            try:
                return ask(searcher)
            except Cancelled:
                raise
            except Exception as exc:
                self._drop_searcher()
                self._damaged(exc)
                return empty_response(asked, stale=True)

    def similar(self, text: str, language: str, *, limit: int = 10) -> tuple[Hit, ...]:
        """Quotes, points and plan sections most like ``text``, from the index as it stands.

        For texts not in the index, such as an import's drafted quotes; empty when there
        is no index yet or it cannot be read.
        """
        with self._search_lock:
            searcher = self._current_searcher()
            if searcher is None:
                return ()
            try:
                return searcher.similar(text, language, limit=limit)
            except Exception:  # a damaged index: no suggestions, never a failed import
                return ()

    def indexed_hit(self, doc_id: str, collection: Collection) -> Hit | None:
        """``doc_id`` as the index holds it (as last indexed), or None.

        ``from_problem_file`` is set when its file fails to load in ``collection``.

        Needs no sync: a file that has problems now keeps its last good
        documents in the index, and this is how to read them back.
        """
        if not self._engine.has_index(self.index_dir):
            return None
        try:
            failing = self._engine.failing_sources(collection)
            return self._engine.indexed_hit(self.index_dir, doc_id, failing)
        except Exception:  # locked out, unsafe or damaged: as if not indexed
            return None

    def close(self) -> None:
        with self._search_lock:
            self._drop_searcher()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Searchers are reopened with ix.searcher(), never Searcher.refresh(): in
    # whoosh-reloaded 2.7.5 refresh() can return deleted and old documents.
    def _current_searcher(self) -> Searcher | None:
        if self._searcher is not None and self._searcher.up_to_date():
            return self._searcher
        self._drop_searcher()
        if not self._engine.has_index(self.index_dir):
            return None
        for attempt in range(OPEN_RETRIES):
            try:
                self._searcher = self._engine.open_searcher(self.index_dir)
                return self._searcher
            except IndexUnsafe as exc:
                self._stale, self._refused, self._message = True, True, sanitize_line(str(exc))
                return None
            except OSError as exc:
                # A commit removed the files of the generation we were opening.
                if attempt == OPEN_RETRIES - 1:
                    self._damaged(exc)
                    return None
                time.sleep(0.05 * (attempt + 1))
            except Exception as exc:  # truncated or garbled index files
                self._damaged(exc)
                return None
        return None

    def _damaged(self, exc: Exception) -> None:
        self._stale = True
        self._message = sanitize_line(
            f"the index at {self.index_dir} cannot be read ({exc.__class__.__name__}); "
            "run mhbrief index --rebuild"
        )

    def _drop_searcher(self) -> None:
        self._left_out = None  # asked of the searcher: another process may have changed the index
        if self._searcher is not None:
            try:
                self._searcher.close()
            finally:
                self._searcher = None
