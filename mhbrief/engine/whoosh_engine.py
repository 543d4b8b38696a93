"""The Whoosh engine: :class:`~mhbrief.engine.protocol.Engine` over this package's modules."""

from __future__ import annotations

from pathlib import Path

from mhbrief.engine import index, store, sync
from mhbrief.engine.protocol import Progress, SyncReport
from mhbrief.engine.records import hit_from_record
from mhbrief.engine.search import IndexSearcher
from mhbrief.model import Collection
from mhbrief.results import Hit


class WhooshEngine:
    """Whoosh's file index in a version folder of ``index_dir`` (:mod:`.store`)."""

    def store_dir(self, index_dir: Path) -> Path:
        return store.store_dir(index_dir)

    def has_index(self, index_dir: Path) -> bool:
        return store.exists(store.store_dir(index_dir))

    def index_state(self, index_dir: Path) -> str | None:
        return store.commit_state(store.store_dir(index_dir))

    def damaged_files(self, index_dir: Path) -> list[str]:
        return store.damaged(store.store_dir(index_dir))

    def open_searcher(self, index_dir: Path) -> IndexSearcher:
        return IndexSearcher(store.open_index(store.store_dir(index_dir)))

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
        return sync.sync(
            index_dir,
            collection,
            progress=progress,
            lock_timeout=lock_timeout,
            rebuild=rebuild,
            verify=verify,
        )

    def failing_sources(self, collection: Collection) -> frozenset[str]:
        return index.failing_sources(collection)

    def refused_sources(self, collection: Collection) -> frozenset[str]:
        return index.refused_sources(collection)

    def indexed_hit(self, index_dir: Path, doc_id: str, failing: frozenset[str]) -> Hit | None:
        record = store.stored_record(store.open_index(store.store_dir(index_dir)), doc_id)
        return hit_from_record(record, failing) if record else None
