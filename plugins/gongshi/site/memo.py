"""What each output file was rendered from, so that the next build can reuse a file whose inputs are unchanged.

The memo maps an output path to the digest of its inputs and the identity (inode, size, modification time) of
the file as written. A file is reused only when both still match: a previous output changed by anything else
is rendered afresh. The memo lives in the cache folder, never in the public output; a missing or corrupt memo
only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from .. import picklefile
from ..checkcache import code_version

FORMAT = "gongshi-render-1"
Stamp = tuple[str, int, int, int]  # input digest, inode, size, mtime_ns


def digest(*parts: Any) -> str:
    """A digest of plain data (dicts keep their order)."""
    return hashlib.sha256(pickle.dumps(parts, protocol=5)).hexdigest()


def tree_digest(folder: Path) -> str:
    """A digest of every file's path and bytes below ``folder``."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def site_version() -> str:
    """gongshi's whole source: any change to templates' helpers, views or exports renders everything again."""
    h = hashlib.sha256(code_version().encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


class RenderMemo:
    """Output path → :data:`Stamp`, from the previous build and for the next one."""

    def __init__(self, path: Path | None):
        self.path = path
        self.old: dict[str, Stamp] = self._read() if path else {}
        self.new: dict[str, Stamp] = {}

    def _read(self) -> dict[str, Stamp]:
        assert self.path is not None
        saved = picklefile.load(self.path, (FORMAT,))
        return saved if isinstance(saved, dict) else {}

    def fresh(self, rel: str, key: str, file: Path | str) -> bool:
        """True when ``file`` is the one written for ``rel`` from inputs with digest ``key``."""
        old = self.old.get(rel)
        if old is None or old[0] != key:
            return False
        try:
            info = os.lstat(file)
        except OSError:
            return False
        return (info.st_ino, info.st_size, info.st_mtime_ns) == old[1:]

    def note(self, rel: str, key: str, file: Path | str) -> None:
        """Remember that ``file`` (just written or linked) holds ``rel`` rendered from inputs ``key``."""
        with contextlib.suppress(OSError):
            info = os.lstat(file)
            self.new[rel] = (key, info.st_ino, info.st_size, info.st_mtime_ns)

    def carry(self, rel: str) -> None:
        """Keep the previous build's note of ``rel`` (its file was kept as it was, or hard-linked)."""
        self.new[rel] = self.old[rel]

    def save(self) -> None:
        """Write the memo of this build (temp file, then rename); failures are ignored."""
        if self.path is None:
            return
        picklefile.store(self.path, (FORMAT,), self.new)


def memo_path(cache_dir: Path, output: Path) -> Path:
    """The memo file of one output folder inside the cache folder."""
    name = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"render-{name}.pickle"
