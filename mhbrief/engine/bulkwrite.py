"""Big index updates on two processes: Whoosh's ``MpWriter``, on plain pipes.

A full build spends nearly all its time in Whoosh's ``add_document`` and
commit. Like ``MpWriter(procs=2, multisegment=True)``, the writer hands batches
of documents to sub-processes that each write a segment of their own; the
scores are the same as a single writer's.

The sub-processes are started with :mod:`subprocess`, not :mod:`multiprocessing`:
each gets its stdin, stdout and stderr as explicit pipes (and a temporary file),
so starting works whatever the caller's own descriptors are. Inside Textual,
``sys.stderr`` answers ``fileno() == -1``, and multiprocessing's resource tracker
cannot start from there (``bad value(s) in fds_to_keep``). There is no forkserver
or resource tracker to be killed, no ``pymp-*`` folder to leave behind, and
nothing is forked from the threaded app: each child is a fresh interpreter that
imports what it needs (never the parent's ``__main__``).

The parent writes the batches into a child's stdin (pickles on a private pipe
between our own processes; nothing stored is unpickled). A child reads until the
parent says it is done, then sends back its finished segment on stdout. A child
whose stdin ends without that word (its parent was killed) cancels and exits.
A child that dies (the OOM killer) makes the commit fail with one line,
:class:`BuildFailed`, and the index stays as it was. Where the processes cannot
start at all, the update runs in this process on one writer.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import subprocess
import sys
import tempfile
from typing import IO, Any

from whoosh.multiproc import MpWriter
from whoosh.writing import SegmentWriter

from mhbrief.engine.segwrite import SegmentBuilder

#: Sub-processes for a big update; more buy nothing on this 2-core class of machine.
PROCS = 2
#: Documents from which a sync uses the parallel writer (below, starting
#: the processes costs more than it saves).
MIN_DOCUMENTS = 2000
#: Each sub-writer's in-memory buffer before it spills a sorted run to disk,
#: unless the caller gives ``limitmb`` (the index caps it to bound memory).
LIMIT_MB = 128
#: Seconds a sub-process may take to start and open the index before the
#: update runs in this process instead.
START_SECONDS = 60.0
#: The byte a sub-process sends once it is ready to take documents.
_READY = b"+"


class BuildFailed(RuntimeError):
    """An indexing process stopped before it finished; nothing was changed."""


class _Worker:
    """One sub-process: batches of documents in on stdin, its segment out on stdout."""

    def __init__(self, setup: bytes) -> None:
        self._errors: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        path = [entry for entry in sys.path if entry]  # never the current folder
        code = (
            f"import sys; sys.path[:] = {path!r}; "
            "from mhbrief.engine.bulkwrite import serve; serve()"
        )
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", code],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                close_fds=True,
            )
        except BaseException:
            self._errors.close()
            raise
        self.send(setup)

    def send(self, data: bytes) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(data)
            stdin.flush()
        except OSError:  # a broken pipe: the process is gone
            raise self.failure() from None

    def ready(self, timeout: float) -> bool:
        """True once the process has started and opened the index."""
        stdout = self.process.stdout
        assert stdout is not None
        readable, _, _ = select.select([stdout], [], [], timeout)
        return bool(readable) and os.read(stdout.fileno(), 1) == _READY

    def segment(self) -> Any:
        """Tell the process to finish; its segment, or :class:`BuildFailed`."""
        self.send(pickle.dumps(None))
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        with contextlib.suppress(OSError):
            stdin.close()
        try:
            segment = pickle.load(stdout)
        except Exception:  # no answer at all: the process died
            raise self.failure() from None
        self.process.wait()
        return segment

    def failure(self) -> BuildFailed:
        """What went wrong with the process, in one line."""
        self._end()  # its error output is read before stop() closes it
        code = self.process.returncode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            why = f"was stopped by {name}"
            if -code == signal.SIGKILL:
                why += " (out of memory?)"
        else:
            self._errors.seek(0)
            lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
            why = f"failed: {lines[-1][:200]}" if lines else f"exited with code {code}"
        self.stop()
        return BuildFailed(f"an indexing process {why}; answers come from the index as it stands")

    def _end(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)

    def stop(self) -> None:
        """End the process (if it still runs) and free what it held."""
        self._end()
        for stream in (self.process.stdin, self.process.stdout, self._errors):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def serve() -> None:
    """A sub-process's life: open the index, add every batch, send the segment back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    # Millions of postings live until the segment is written, none of them in a cycle:
    # the collector would walk them all again and again.
    gc.disable()
    import mhbrief.engine.index_files  # noqa: F401 - its restricted unpickling of Whoosh, here too

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write on the results channel
    storage, indexname, subargs = pickle.load(stdin)
    writer = SegmentBuilder(storage.open_index(indexname), _lk=False, **subargs)
    stdout.write(_READY)
    stdout.flush()
    try:
        while (batch := pickle.load(stdin)) is not None:
            for fields in batch:
                writer.add_document(**fields)
        segment = writer._finalize_segment()
    except EOFError:  # the parent is gone: nothing will use these documents
        writer.cancel()
        sys.exit(1)
    except BaseException:
        writer.cancel()
        raise
    pickle.dump(segment, stdout)
    stdout.flush()


class ParallelWriter(MpWriter):  # type: ignore[misc]
    """``MpWriter``'s multi-segment commit, fed over pipes to processes already started."""

    def __init__(self, ix: Any, workers: list[_Worker], **kwargs: Any) -> None:
        # Not MpWriter.__init__: it makes multiprocessing queues (and their tracker).
        SegmentWriter.__init__(self, ix, **kwargs)
        self.workers = workers
        self.procs = len(workers)
        self.batchsize = 100
        self.multisegment = True
        self.docbuffer: list[tuple[int, dict[str, Any]]] = []
        self._grouping = 0
        self._added_sub = False
        self._next = 0

    def _enqueue(self) -> None:
        batch = [fields for _, fields in self.docbuffer]
        self.docbuffer = []
        worker = self.workers[self._next % len(self.workers)]
        self._next += 1
        worker.send(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL))

    def _commit(self, mergetype: Any, optimize: Any, merge: Any) -> None:
        if self.docbuffer:
            self._enqueue()
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        used, idle = self.workers[: self._next], self.workers[self._next :]
        for worker in idle:  # a small update: not every process got documents
            worker.stop()
        finalsegments += [worker.segment() for worker in used]
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()
        for worker in self.workers:
            worker.stop()

    def cancel(self) -> None:
        try:
            for worker in self.workers:
                worker.stop()
        finally:
            SegmentWriter.cancel(self)


def _start(ix: Any, procs: int, limitmb: int) -> list[_Worker] | None:
    """``procs`` processes ready to write into ``ix``, or None where they cannot start."""
    setup = pickle.dumps((ix.storage, ix.indexname, {"limitmb": limitmb}))
    workers: list[_Worker] = []
    try:
        for _ in range(procs):
            workers.append(_Worker(setup))
        if all(worker.ready(START_SECONDS) for worker in workers):
            return workers
    except (OSError, ValueError, BuildFailed):
        pass
    for worker in workers:
        worker.stop()
    return None


def writer(ix: Any, documents: int, **kwargs: Any) -> Any:
    """A writer for ``documents`` new documents: parallel for a big update."""
    if documents >= MIN_DOCUMENTS and (os.cpu_count() or 1) >= 2:
        workers = _start(ix, PROCS, kwargs.get("limitmb", LIMIT_MB))
        if workers is not None:
            try:
                return ParallelWriter(ix, workers, **kwargs)
            except BaseException:
                for worker in workers:
                    worker.stop()
                raise
    return SegmentBuilder(ix, **kwargs)
