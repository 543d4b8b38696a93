"""Messages the workers post to the main screen (thread-safe by way of post_message)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from mhbrief.library import SyncReport
from mhbrief.results import SearchResponse, Sort


@dataclass(frozen=True)
class Request:
    """One search as asked for; a response for any other request is stale."""

    query: str
    sort: Sort
    limit: int
    #: False while typing: the total may be an estimate, facets left for later
    #: (``Library.search(exact=False)``; :mod:`mhbrief.tui.screens.settling`).
    exact: bool = True


@dataclass
class SearchDone(Message):
    """A search worker's answer to ``request``."""

    request: Request
    response: SearchResponse


@dataclass
class SyncProgress(Message):
    """Files done of total while the index is brought up to date; only the latest counts."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SyncProgress)


@dataclass
class SyncDone(Message):
    """The index is up to date (or stale, as the report says)."""

    report: SyncReport


class FilesChanged(Message):
    """Something in the briefings folder was added, changed or removed."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FilesChanged)
