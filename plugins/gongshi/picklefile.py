"""A cache file: a pickled ``(header..., payload)`` tuple, read leniently and written atomically.

A cache is only ever trusted for speed: a file that is missing, corrupt or written by another version (another
header) reads as None, and a failure to write is ignored.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from pathlib import Path
from typing import Any


def load(path: Path, header: tuple[Any, ...]) -> Any | None:
    """The payload stored under exactly ``header``, or None."""
    gc.disable()  # millions of small objects: the collector would walk them again and again
    try:
        with open(path, "rb") as fh:
            saved = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a cache that cannot be read is no cache
        return None
    finally:
        gc.enable()
    if not isinstance(saved, tuple) or len(saved) != len(header) + 1 or saved[:-1] != header:
        return None
    return saved[-1]


def store(path: Path, header: tuple[Any, ...], payload: Any) -> None:
    """Write ``(*header, payload)`` to a temporary file beside ``path``, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump((*header, payload), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
