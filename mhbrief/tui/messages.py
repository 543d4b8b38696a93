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


class SearchDone(Message):
    def __init__(self, request: Request, response: SearchResponse) -> None:
        super().__init__()
        self.request = request
        self.response = response


class SyncProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SyncProgress)


class SyncDone(Message):
    def __init__(self, report: SyncReport) -> None:
        super().__init__()
        self.report = report


class FilesChanged(Message):
    """Something in the briefings folder was added, changed or removed."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FilesChanged)
