"""Write a tree of generated files, touching only files whose bytes change, and prune stale ones."""

from __future__ import annotations

import os
from pathlib import Path


def _scan(root: Path) -> dict[str, int]:
    """Size of every file under ``root``, keyed by its path relative to ``root`` (with / separators)."""
    found: dict[str, int] = {}
    stack = [("", str(root))]
    while stack:
        rel, path = stack.pop()
        try:
            entries = list(os.scandir(path))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            name = f"{rel}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                stack.append((f"{name}/", entry.path))
            elif entry.is_file(follow_symlinks=False):
                found[name] = entry.stat(follow_symlinks=False).st_size
    return found


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


class TreeWriter:
    """Writes files under ``root`` only when their bytes differ from what is already there."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.existing = _scan(root)
        self.seen: set[str] = set()
        self.written = 0
        self.bytes = 0
        self._dirs: set[str] = set()
        self._base = f"{root}{os.sep}"

    def put(self, rel: str, text: str) -> None:
        """Store ``text`` (UTF-8) at ``root/rel`` unless the file already holds exactly these bytes."""
        self.put_bytes(rel, text.encode("utf-8"))

    def put_bytes(self, rel: str, data: bytes) -> None:
        """Store ``data`` at ``root/rel`` unless the file already holds exactly these bytes."""
        self.seen.add(rel)
        self.bytes += len(data)
        path = f"{self._base}{rel}"
        size = self.existing.get(rel)
        if size == len(data) and _read(path) == data:
            return
        if size is None:
            parent = rel.rpartition("/")[0]
            if parent not in self._dirs:
                os.makedirs(f"{self._base}{parent}", exist_ok=True)
                self._dirs.add(parent)
        # os.open/os.write: three system calls a file, without the buffered file object.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        self.written += 1

    def absorb(self, seen: list[str], written: int, size: int) -> None:
        """Count files another process wrote under the same root (for pruning and statistics)."""
        self.seen.update(seen)
        self.written += written
        self.bytes += size

    def prune(self, managed: tuple[str, ...]) -> int:
        """Delete files under the ``managed`` top-level names that this run did not produce."""
        stale = [rel for rel in self.existing if rel not in self.seen and rel.split("/", 1)[0] in managed]
        for rel in sorted(stale):
            (self.root / rel).unlink()
        return len(stale)
