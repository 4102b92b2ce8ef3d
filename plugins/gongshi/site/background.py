"""Work done by forked processes while this one writes the site: record pages and the column exports.

The jobs are closures over the site, inherited by the workers when they are forked (nothing large is pickled
on the way in); each job's result (bytes) comes back through the pool. The caller takes results by key, in any
order, and does a job itself when it was not given to the pool.
"""

from __future__ import annotations

import collections
import multiprocessing as mp
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

THRESHOLD = 2000  # records in the site; below it forking costs more than it saves
WORKERS = 2
_JOBS: dict[Hashable, Callable[[], Any]] = {}  # inherited by the forked workers


def _run(key: Hashable) -> Any:
    return _JOBS[key]()


class Background:
    """Runs each job of ``jobs`` (key → function of no arguments) in a pool of forked workers.

    Jobs start in the order given, at most ``window`` ahead of the ones taken, so results (whole pages) do
    not pile up in this process faster than it writes them. Nothing runs in the background when ``size``
    (the records in the site) is under :data:`THRESHOLD`, when there are no jobs, or where fork does not
    exist; :meth:`take` then gives None.
    """

    def __init__(
        self, jobs: dict[Hashable, Callable[[], Any]], size: int, workers: int = WORKERS, window: int = 6
    ):
        self.futures: dict[Hashable, Future[Any]] = {}
        self.pool: ProcessPoolExecutor | None = None
        self._queue: collections.deque[Hashable] = collections.deque()
        self._window = max(window, workers)
        if size < THRESHOLD or not jobs or "fork" not in mp.get_all_start_methods():
            return
        global _JOBS
        _JOBS = jobs
        try:
            # With fork, the pool forks every worker at the first submit, so all of them see every job.
            self.pool = ProcessPoolExecutor(min(workers, len(jobs)), mp_context=mp.get_context("fork"))
            self._queue.extend(jobs)
            self._top_up()
        finally:
            _JOBS = {}

    def _top_up(self, until: Hashable = None) -> None:
        """Submit queued jobs until ``window`` are running or waiting, and at least up to ``until``."""
        assert self.pool is not None
        while self._queue and (len(self.futures) < self._window or until in self._queue):
            key = self._queue.popleft()
            self.futures[key] = self.pool.submit(_run, key)

    def take(self, key: Hashable) -> Any:
        """The result of job ``key``, waiting for it (None when it was not given to the pool)."""
        if self.pool is None:
            return None
        self._top_up(until=key)
        future = self.futures.pop(key, None)
        if future is None:
            return None
        result = future.result()
        self._top_up()
        return result

    def close(self, *_: Any) -> None:
        """Stop the workers (pending work is dropped)."""
        if self.pool is not None:
            self._queue.clear()
            for future in self.futures.values():
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
