"""Exports made by a second process while this one renders pages: the spreadsheets cost as much as the pages."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

THRESHOLD = 2000  # records in the site; below it a second process costs more than it saves
_JOB: Callable[[str], dict[str, bytes]] | None = None  # inherited by the forked worker


def _run(key: str) -> dict[str, bytes]:
    assert _JOB is not None
    return _JOB(key)


class Background:
    """Runs ``job(key)`` for some keys in one forked worker; results are collected by key."""

    def __init__(self, job: Callable[[str], dict[str, bytes]], keys: list[str], size: int):
        self.futures: dict[str, Future[dict[str, bytes]]] = {}
        self.pool: ProcessPoolExecutor | None = None
        if size < THRESHOLD or not keys or "fork" not in mp.get_all_start_methods():
            return
        global _JOB
        _JOB = job
        try:
            self.pool = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"))
            self.futures = {key: self.pool.submit(_run, key) for key in keys}
        finally:
            _JOB = None

    def take(self, key: str) -> dict[str, bytes] | None:
        """The files made for ``key`` (None when it was not given to the worker)."""
        future = self.futures.pop(key, None)
        return future.result() if future is not None else None

    def close(self, *_: Any) -> None:
        """Stop the worker (pending work is dropped)."""
        if self.pool is not None:
            for future in self.futures.values():
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
