"""Build the posting buckets in two worker processes.

Each worker tokenizes one half of the records (a doc-id range), so every record is read once, and writes
their tokens to two files, one per part of the token space (partition.py): a line per record, its fields
separated by tabs, their tokens by spaces (no token holds either). Once both halves are written, each
worker inverts its part of both halves, the lower doc ids first, and writes its part's buckets. The
workers tell each other their posting counts, from which both fix the same bucket count.

A worker is a new interpreter that imports only this package (not a fork, and not multiprocessing's
"spawn", which would run the caller's main module again), and it gets its half of the records as one
string (pack()), not as record objects. A forked worker writes to memory pages it shares with the
parent (reference counts, and the free blocks of a large heap that its own allocations reuse), which
copies them: 60–120 MB a worker at 100k records.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from multiprocessing.connection import Connection, Pipe
from operator import attrgetter
from pathlib import Path

from .buckets import bucket_count, write_buckets
from .docs import SearchDoc
from .postings import INDEXED, add_docs, done, field_tokens, new_postings
from .writer import TreeWriter


def can_run() -> bool:
    """True where the workers can be started: they inherit their pipes by file descriptor (POSIX)."""
    return os.name == "posix"


@dataclass
class WorkerResult:
    """What one worker wrote."""

    tokens: int
    buckets: int
    seen: list[str]
    written: int
    bytes: int


def pack(docs: Sequence[SearchDoc]) -> tuple[str, array]:
    """The INDEXED values of ``docs``, concatenated, and their lengths."""
    values = list(chain.from_iterable(map(attrgetter(*INDEXED), docs)))
    return "".join(values), array("L", map(len, values))


def unpack(text: str, lengths: array) -> Iterator[tuple[str, ...]]:
    """The INDEXED values of each record of a pack()."""
    ends = list(accumulate(lengths))
    values = map(text.__getitem__, map(slice, [0, *ends[:-1]], ends))
    return zip(*[values] * len(INDEXED), strict=True)


def write_tokens(records: Iterable[tuple[str, ...]], split: int, low_path: Path, high_path: Path) -> int:
    """Write the tokens of the records (unpack()) to two files, those of part 0 and those of part 1;
    returns how many postings they make."""
    below = chr(split).__gt__  # partition.part_of(token) == 0
    total = 0
    with (
        open(low_path, "w", encoding="utf-8", newline="\n") as low,
        open(high_path, "w", encoding="utf-8", newline="\n") as high,
    ):
        for values in records:
            fields = field_tokens(*values).values()
            lows = [set(filter(below, tokens)) for tokens in fields]
            low.write("\t".join(map(" ".join, lows)) + "\n")
            high.write("\t".join(map(" ".join, map(set.difference, fields, lows))) + "\n")
            total += sum(map(len, fields))
    return total


def read_tokens(path: Path) -> Iterator[list[Sequence[str]]]:
    """The records of a write_tokens() file: per record, its tokens per field."""
    with open(path, encoding="utf-8", newline="\n") as fh:
        for line in fh:
            yield list(map(str.split, line.split("\t")))  # no token holds white space


@dataclass
class Job:
    """What one worker is given."""

    part: int  # the part of the token space whose buckets it writes, and the half of the records it reads
    records: tuple[str, array]  # its half, pack()ed
    half: int  # the first doc id of the second half
    docs: int
    split: int
    out: TreeWriter
    swap: Path


# The worker's command: the parent's import path, then this module's serve().
_BOOT = "import sys; sys.path[:0] = sys.argv[3:]; from gongshi.search.parallel import serve; serve(*sys.argv[1:3])"


def serve(conn_fd: str, peer_fd: str) -> None:
    """A worker process: receive a Job on the first connection, run it, report on the same."""
    conn, peer = Connection(int(conn_fd)), Connection(int(peer_fd))
    try:
        _work(conn.recv(), conn, peer)
    finally:
        conn.close()
        peer.close()


def _work(job: Job, conn: Connection, peer: Connection) -> None:
    try:
        gc.disable()
        part, swap = job.part, job.swap
        total = write_tokens(unpack(*job.records), job.split, swap / f"{part}-0.txt", swap / f"{part}-1.txt")
        del job.records
        peer.send(total)
        buckets = bucket_count(total + peer.recv())  # the peer's files are complete once it has sent
        postings = new_postings()
        add_docs(postings, read_tokens(swap / f"0-{part}.txt"), 0)
        add_docs(postings, read_tokens(swap / f"1-{part}.txt"), job.half)
        out = job.out
        tokens = write_buckets(out, done(postings), buckets, job.split, job.docs, part)
        conn.send(("done", WorkerResult(tokens, buckets, sorted(out.seen), out.written, out.bytes)))
    except BaseException:  # report any failure, then let the process end
        conn.send(("error", traceback.format_exc()))


class ParallelBuckets:
    """Two workers building grams/; the caller writes other files meanwhile."""

    def __init__(self, docs: Sequence[SearchDoc], split: int, out: TreeWriter) -> None:
        self._swap = Path(tempfile.mkdtemp(prefix="gongshi-search-"))
        self._conns: list[Connection] = []
        self._procs: list[subprocess.Popen] = []
        half = len(docs) // 2
        peers = Pipe()
        try:
            for part in (0, 1):
                mine, theirs = Pipe()
                fds = (theirs.fileno(), peers[part].fileno())
                command = [sys.executable, "-c", _BOOT, *map(str, fds), *sys.path]
                self._procs.append(subprocess.Popen(command, pass_fds=fds, stdin=subprocess.DEVNULL))
                self._conns.append(mine)
                theirs.close()
            for part, (first, end) in enumerate(((0, half), (half, len(docs)))):
                job = Job(part, pack(docs[first:end]), half, len(docs), split, out, self._swap)
                try:
                    self._conns[part].send(job)
                except OSError as exc:
                    raise RuntimeError(
                        f"search index worker failed: it stopped before its work ({exc})"
                    ) from exc
                del job
        except BaseException:
            self.abort()
            raise
        finally:
            for end in peers:
                end.close()  # the workers hold them now: one that dies gives its peer EOF

    def _receive(self, conn: Connection) -> WorkerResult:
        try:
            kind, value = conn.recv()
        except EOFError:
            kind, value = "error", "a search index worker exited without reporting"
        if kind != "done":
            self.abort()
            raise RuntimeError(f"search index worker failed:\n{value}")
        return value

    def finish(self) -> list[WorkerResult]:
        """Wait for both workers' buckets; returns what each wrote."""
        results = [self._receive(conn) for conn in self._conns]
        self.close()
        return results

    def abort(self) -> None:
        """Stop the workers at once (the caller or a worker failed)."""
        for proc in self._procs:
            proc.kill()
            proc.wait()
        self.close()

    def close(self) -> None:
        """Reap the workers and remove their files."""
        for proc in self._procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for conn in self._conns:
            conn.close()
        shutil.rmtree(self._swap, ignore_errors=True)
