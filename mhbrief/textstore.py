"""Long texts of a loaded collection, kept in a private temporary file instead of memory.

At 100k items the texts, contexts, summaries and positions of quotes, points and
sections took some 50 MB of a running app's memory, most of it never shown. The
model (:func:`mhbrief.model.spill`) writes each object's long fields here once,
as one record, keeps the record's place (one int) and reads the record back when
a field is asked for: a few microseconds, for what a person reads one at a time.

The file is unlinked at creation (or never has a name), readable and writable only
by this process's user, and only this process writes it: its records are read back
with :mod:`marshal`, which builds only plain values. The file grows by what is
loaded: a reload adds the records of the files that changed.

When no temporary file can be made or written (no temp folder, a full disk), values
simply stay in memory: :meth:`TextStore.put` answers None and nothing is lost.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import threading
from collections.abc import Sequence

#: A value the store holds: a string, None, or a tuple of strings and ints.
Stored = str | tuple[str | int, ...] | None
#: Bits of a handle that hold the record's length; the rest hold its offset.
_SIZE_BITS = 32


class TextStore:
    """Append-only records in an anonymous temporary file; thread-safe."""

    def __init__(self, folder: str | None = None) -> None:
        self._folder = folder
        self._fd: int | None = None
        self._end = 0
        self._failed = False
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """Bytes written so far."""
        return self._end

    def put(self, records: Sequence[tuple[Stored, ...]]) -> list[int] | None:
        """Store ``records`` with one write; their handles, or None when they stay in memory."""
        chunks = [marshal.dumps(record) for record in records]
        if any(len(chunk) >> _SIZE_BITS for chunk in chunks):
            return None  # over 4 GB: never from a capped briefing file
        data = b"".join(chunks)
        with self._lock:
            if self._failed:
                return None
            try:
                if self._fd is None:
                    self._fd = _anonymous_file(self._folder)
                at = self._end
                if os.pwrite(self._fd, data, at) != len(data):
                    raise OSError("short write")
            except OSError:
                self._failed = True  # a full disk or no temp folder: keep values in memory
                return None
            self._end = at + len(data)
        handles = []
        for chunk in chunks:
            handles.append(at << _SIZE_BITS | len(chunk))
            at += len(chunk)
        return handles

    def get(self, handle: int) -> tuple[Stored, ...]:
        """The record stored under ``handle``."""
        at, size = handle >> _SIZE_BITS, handle & ((1 << _SIZE_BITS) - 1)
        fd = self._fd
        if fd is None:
            raise OSError("nothing stored")
        data = os.pread(fd, size, at)
        if len(data) != size:
            raise OSError(f"text store: {len(data)} of {size} bytes at {at}")
        record = marshal.loads(data)
        assert isinstance(record, tuple)
        return record


def _anonymous_file(folder: str | None) -> int:
    """A file only this process can reach: O_TMPFILE where the system has it, else unlinked."""
    with tempfile.TemporaryFile(dir=folder, buffering=0) as handle:  # mode 0600
        return os.dup(handle.fileno())  # the file lives on while this copy is open


#: The store of this process: every collection loaded through the parse cache uses it.
STORE = TextStore()
