"""Big index updates on two processes: Whoosh's ``MpWriter``, started safely.

A full build spends nearly all its time in Whoosh's ``add_document`` and
commit. ``MpWriter(procs=2, multisegment=True)`` hands batches of documents to
sub-processes that each write a segment of their own; the scores are the same
as a single writer's (``procs=2`` without ``multisegment`` merges the runs
into one segment and changes them).

Whoosh starts those processes with the default start method, ``fork``. Forking
a threaded process (the app syncs from a worker thread while Textual's threads
run) can copy a lock another thread holds (stdout's, for one) into a child
that then waits forever, and the children would inherit the index's write
lock. So the processes come from a ``forkserver``: a clean single-threaded
process that holds nothing of ours. Each child also watches the process that
started it and exits when it is gone (kill -9 during a build leaves no process
behind; the kernel frees the write lock). A child that fails makes the commit
fail (and the writer cancel) instead of silently dropping its documents.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import queue
import threading
import time
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.context import set_spawning_popen
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

#: Sub-processes for a big update; more buy nothing on this 2-core class of machine.
PROCS = 2
#: Documents from which a sync uses the parallel writer (below, starting
#: the processes costs more than it saves).
MIN_DOCUMENTS = 2000
#: Each sub-writer's in-memory buffer before it spills a sorted run to disk,
#: unless the caller gives ``limitmb`` (the index caps it to bound memory).
LIMIT_MB = 128

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["mhbrief.index"])


class _Popen(popen_forkserver.Popen):
    """The forkserver's start, minus importing the parent's ``__main__`` in the child.

    multiprocessing re-runs the main script in every child (a script without an
    ``if __name__ == "__main__"`` guard would sync again there); the task needs
    nothing from it. Otherwise as ``popen_forkserver.Popen._launch`` (Python 3.11).
    """

    def _launch(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)  # type: ignore[attr-defined]
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))  # type: ignore[attr-defined]
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Task(SubWriterTask):  # type: ignore[misc]
    """Whoosh's sub-writer, started from the forkserver, gone with its owner."""

    def __init__(self, *args: Any, owner: int) -> None:
        super().__init__(*args)
        self.owner = owner
        self.daemon = True

    @staticmethod
    def _Popen(process_obj: Any) -> Any:
        return _Popen(process_obj)

    def run(self) -> None:
        threading.Thread(target=self._watch, daemon=True).start()
        super().run()

    def _watch(self) -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(self.owner, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # another user's process has that id now
                os._exit(1)


class _Jobs:
    """The job queue; a put that finds every sub-process gone fails instead of waiting forever."""

    def __init__(self, size: int) -> None:
        self._queue = _CONTEXT.Queue(size)
        #: In the parent only: True while a sub-process may still take jobs.
        self.alive: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {"_queue": self._queue, "alive": None}

    def put(self, item: Any, timeout: float | None = None) -> None:
        while True:
            try:
                self._queue.put(item, timeout=1.0)
                return
            except queue.Full:
                if self.alive is not None and not self.alive():
                    raise RuntimeError(
                        "the indexing processes stopped; nothing was changed"
                    ) from None

    def get(self, timeout: float | None = None) -> Any:
        return self._queue.get(timeout=timeout)


class _Results:
    """The result queue; a missing result is an error, not a silently short index."""

    def __init__(self) -> None:
        self._queue = _CONTEXT.Queue()

    def put(self, item: Any, timeout: float | None = None) -> None:
        self._queue.put(item, timeout=timeout)

    def get(self, timeout: float | None = None) -> Any:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            raise RuntimeError("an indexing process failed; nothing was changed") from None


class ParallelWriter(MpWriter):  # type: ignore[misc]
    """``MpWriter`` with multiple segments, forkserver processes and a clean cancel."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, procs=PROCS, multisegment=True, **kwargs)
        self.subargs = {"limitmb": kwargs.get("limitmb", LIMIT_MB)}
        self.jobqueue = _Jobs(self.procs * 4)
        self.jobqueue.alive = lambda: any(task.is_alive() for task in self.tasks)
        self.resultqueue = _Results()

    def _new_task(self) -> Any:
        task = _Task(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
            owner=os.getpid(),
        )
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        try:
            for task in self.tasks:
                task.terminate()
            for task in self.tasks:
                task.join(5)
        finally:
            super().cancel()


def writer(ix: Any, documents: int, **kwargs: Any) -> Any:
    """A writer for ``documents`` new documents: parallel for a big update."""
    if documents >= MIN_DOCUMENTS and (os.cpu_count() or 1) >= 2:
        return ParallelWriter(ix, **kwargs)
    return ix.writer(**kwargs)
