"""Build the posting buckets in two forked processes, one per part of the token space (partition.py):
each reads every record, keeps only its part's tokens and writes only its part's buckets."""

from __future__ import annotations

import gc
import multiprocessing
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from .buckets import bucket_count, write_buckets
from .docs import SearchDoc
from .partition import Part
from .postings import collect, total_postings
from .writer import TreeWriter


def can_fork() -> bool:
    """True where the fork start method exists (Linux, macOS), which the parallel build relies on."""
    return "fork" in multiprocessing.get_all_start_methods()


@dataclass
class WorkerResult:
    """What one worker wrote."""

    tokens: int
    seen: list[str]
    written: int
    bytes: int


def _worker(part: int, docs: Sequence[SearchDoc], split: int, conn: Connection, out: TreeWriter) -> None:
    try:
        gc.disable()
        postings = collect(docs, Part(part, split))
        conn.send(("ready", total_postings(postings)))
        buckets = conn.recv()
        tokens = write_buckets(out, postings, buckets, split, part)
        conn.send(("done", WorkerResult(tokens, sorted(out.seen), out.written, out.bytes)))
    except BaseException:  # report any failure, then let the process end
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


class ParallelBuckets:
    """Two workers building grams/; the caller writes other files meanwhile."""

    def __init__(self, docs: Sequence[SearchDoc], split: int, out: TreeWriter) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conns: list[Connection] = []
        self._procs = []
        for part in (0, 1):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(part, docs, split, theirs, out), daemon=True)
            proc.start()
            theirs.close()
            self._conns.append(mine)
            self._procs.append(proc)

    def _receive(self, conn: Connection, expected: str) -> object:
        try:
            kind, value = conn.recv()
        except EOFError:
            kind, value = "error", "a search index worker exited without reporting"
        if kind != expected:
            self.close()
            raise RuntimeError(f"search index worker failed:\n{value}")
        return value

    def bucket_count(self) -> int:
        """Wait until both parts are collected, then fix and announce the bucket count."""
        buckets = bucket_count(sum(int(self._receive(conn, "ready")) for conn in self._conns))
        for conn in self._conns:
            conn.send(buckets)
        return buckets

    def finish(self) -> list[WorkerResult]:
        """Wait for both workers' buckets; returns what each wrote."""
        results = [self._receive(conn, "done") for conn in self._conns]
        self.close()
        return results  # type: ignore[return-value]

    def abort(self) -> None:
        """Stop the workers at once (the caller failed)."""
        for proc in self._procs:
            if proc.is_alive():
                proc.kill()
            proc.join()

    def close(self) -> None:
        """Reap the workers."""
        for proc in self._procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
                proc.join()
