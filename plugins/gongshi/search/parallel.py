"""Build the posting buckets in two forked processes: each collects half of the records, then each writes
the buckets of one parity after swapping the other parity's postings through a temporary file."""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import shutil
import tempfile
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from .buckets import bucket_count, write_buckets
from .docs import SearchDoc
from .postings import collect, merge, split_by_parity, total_postings
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


def _worker(
    k: int, docs: Sequence[SearchDoc], lo: int, hi: int, conn: Connection, tmp: str, out: TreeWriter
) -> None:
    try:
        gc.disable()
        halves = split_by_parity(collect(docs[lo:hi], start=lo))
        total = total_postings(halves[0]) + total_postings(halves[1])
        with open(Path(tmp) / f"{k}.pickle", "wb") as fh:
            pickle.dump(halves[1 - k], fh, protocol=pickle.HIGHEST_PROTOCOL)
        own = halves[k]
        del halves
        conn.send(("ready", total))
        buckets = conn.recv()
        with open(Path(tmp) / f"{1 - k}.pickle", "rb") as fh:
            other = pickle.load(fh)
        merged = merge(own, other) if k == 0 else merge(other, own)
        tokens = write_buckets(out, merged, buckets, parity=k)
        conn.send(("done", WorkerResult(tokens, sorted(out.seen), out.written, out.bytes)))
    except BaseException:  # report any failure, then let the process end
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


class ParallelBuckets:
    """Two workers building grams/; the caller writes other files meanwhile."""

    def __init__(self, docs: Sequence[SearchDoc], out: TreeWriter) -> None:
        ctx = multiprocessing.get_context("fork")
        self._tmp = tempfile.mkdtemp(prefix="gongshi-search-")
        middle = len(docs) // 2
        self._conns: list[Connection] = []
        self._procs = []
        for k, (lo, hi) in enumerate(((0, middle), (middle, len(docs)))):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker, args=(k, docs, lo, hi, theirs, self._tmp, out), daemon=True)
            proc.start()
            theirs.close()
            self._conns.append(mine)
            self._procs.append(proc)
        self.buckets = 0

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
        """Wait until both halves are collected, then fix and announce the bucket count."""
        total = sum(int(self._receive(conn, "ready")) for conn in self._conns)
        self.buckets = bucket_count(total)
        for conn in self._conns:
            conn.send(self.buckets)
        return self.buckets

    def finish(self) -> list[WorkerResult]:
        """Wait for both workers' buckets; returns what each wrote."""
        results = [self._receive(conn, "done") for conn in self._conns]
        self.close()
        return results  # type: ignore[return-value]

    def close(self) -> None:
        """Reap the workers and remove the swap files."""
        for proc in self._procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
                proc.join()
        shutil.rmtree(self._tmp, ignore_errors=True)
