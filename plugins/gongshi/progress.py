"""A progress bar on standard error, shown only on a terminal (CI logs stay clean)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``with Progress("label") as p: p.update(done, total)``; silent when the stream is not a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None, min_interval: float = 0.1):
        self.label, self.stream, self.min_interval = label, stream or sys.stderr, min_interval
        self.active = self.stream.isatty()
        self.last = 0.0

    def __enter__(self) -> Progress:
        return self

    def update(self, done: int, total: int) -> None:
        """Redraw the bar at most every ``min_interval`` seconds, and always at the end."""
        now = time.monotonic()
        if not self.active or total <= 0 or (done < total and now - self.last < self.min_interval):
            return
        self.last = now
        filled = int(30 * done / total)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.active and self.last:
            self.stream.write("\n")
            self.stream.flush()
