"""Run a command as a whole process under ``/usr/bin/time -v``: wall seconds and peak RSS."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIME = "/usr/bin/time"


@dataclass
class Measure:
    """One measured run."""

    label: str
    seconds: float
    peak_mb: float
    returncode: int

    def as_dict(self) -> dict:
        """JSON-ready."""
        return {"label": self.label, "seconds": round(self.seconds, 2), "peak_mb": round(self.peak_mb, 1)}


def _wall(text: str) -> float:
    value = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    parts = [float(p) for p in value.split(":")]
    return sum(p * 60**i for i, p in enumerate(reversed(parts)))


def run(
    label: str, argv: list[str], cwd: Path, env: dict[str, str] | None = None, check: bool = True
) -> Measure:
    """Measure one command; raise when it fails unless ``check`` is false."""
    result = subprocess.run(
        [TIME, "-v", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if check and result.returncode != 0:
        raise RuntimeError(
            f"{label} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
        )
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return Measure(label, _wall(result.stderr), rss_kb / 1024, result.returncode)


def tree_size(folder: Path) -> tuple[int, int]:
    """(file count, bytes) of a folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)
