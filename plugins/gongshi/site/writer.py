"""Writes the site's files, touching only those whose bytes change; never rewrites a file in place."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from .memo import RenderMemo

WORKERS = 4  # creating files is I/O-bound: a few threads make a cold build several times faster
IN_FLIGHT = 256  # pages rendered but not yet written, at most


class SiteWriter:
    """Puts files under ``root``.

    With ``previous`` (the last build, while ``root`` is a fresh folder beside it) an unchanged file becomes a
    hard link to the previous one, so the previous build stays intact and untouched files keep their inode.
    Without it, an unchanged file in ``root`` is left alone and a changed one is replaced atomically.
    Files are written by a few threads; use the writer as a context manager (or call ``close``) to wait for them.
    """

    def __init__(self, root: Path, previous: Path | None = None, memo: RenderMemo | None = None):
        self.root = root
        self.memo = memo
        self.previous = previous if previous and previous.is_dir() else None
        self.paths: set[str] = set()
        self.written = 0
        self.unchanged = 0
        self._dirs: set[str] = set()
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="gongshi-write")
        self._slots = threading.BoundedSemaphore(IN_FLIGHT)
        self._lock = threading.Lock()
        self._futures: list[Future[None]] = []

    def __enter__(self) -> SiteWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def put(self, rel: str, content: str | bytes, key: str = "") -> None:
        """Store ``content`` (str as UTF-8) at ``root/rel``; ``key`` names its inputs for the next build."""
        self._claim(rel)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = self.root / rel
        self._mkdir(str(path.parent))
        self._submit(self._store, rel, path, data, key)

    def reuse(self, rels: list[str], key: str) -> bool:
        """Keep the previous build's files ``rels`` when all were rendered from inputs ``key``; else False."""
        memo = self.memo
        base = str(self.previous or self.root)
        if memo is None or not all(memo.fresh(rel, key, os.path.join(base, rel)) for rel in rels):
            return False
        root = str(self.root)
        for rel in rels:
            self._claim(rel)
            if self.previous:
                # In this thread: a link is one quick system call, cheaper than handing it to the pool.
                path = os.path.join(root, rel)
                self._mkdir(os.path.dirname(path))
                if _link_or_copy(os.path.join(base, rel), path):
                    memo.carry(rel)  # a hard link: the same inode, size and time as noted before
                else:
                    memo.note(rel, key, path)
            else:
                memo.carry(rel)
            self._count(unchanged=1)
        return True

    def reuse_folder(self, folder: str, key: str) -> bool:
        """Keep every file the previous build noted below ``folder`` when all were made from inputs ``key``."""
        if self.memo is None:
            return False
        rels = [rel for rel in self.memo.old if rel.startswith(folder)]
        return bool(rels) and self.reuse(rels, key)

    def note_folder(self, folder: str, key: str) -> None:
        """Note every file below ``folder`` (written by someone else) as made from inputs ``key``."""
        if self.memo is None:
            return
        base = self.root / folder
        for path in sorted(base.rglob("*")) if base.is_dir() else ():
            if path.is_file():
                self.memo.note(path.relative_to(self.root).as_posix(), key, path)

    def _claim(self, rel: str) -> None:
        if rel in self.paths:
            raise ValueError(f"two pages want the same file: {rel}")
        self.paths.add(rel)

    def _submit(self, fn: Callable[..., None], *args: Any) -> None:
        self._slots.acquire()
        future = self._pool.submit(fn, *args)
        future.add_done_callback(lambda _: self._slots.release())
        self._futures.append(future)
        if len(self._futures) >= 4 * IN_FLIGHT:
            self._settle()

    def close(self) -> None:
        """Wait for every pending file; re-raise the first error."""
        try:
            self._settle()
        finally:
            self._pool.shutdown(wait=True)

    def _settle(self) -> None:
        futures, self._futures = self._futures, []
        for future in futures:
            future.result()

    def _store(self, rel: str, path: Path, data: bytes, key: str = "") -> None:
        old = (self.previous / rel) if self.previous else path
        if _same(old, data):
            if self.previous:
                _link_or_copy(old, path)
            self._count(unchanged=1)
        else:
            if self.previous or not path.exists():
                path.write_bytes(data)  # a fresh file: nobody can be reading a half-written one
            else:
                tmp = path.with_name(f".{path.name}.tmp{os.getpid()}-{threading.get_ident()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
            self._count(written=1)
        if key and self.memo is not None:
            self.memo.note(rel, key, path)

    def _count(self, written: int = 0, unchanged: int = 0) -> None:
        with self._lock:
            self.written += written
            self.unchanged += unchanged

    def copy_tree(self, source: Path, rel: str) -> None:
        """Copy every file below ``source`` to ``root/rel`` (sorted, dot files skipped)."""
        for path in sorted(source.rglob("*")):
            parts = path.relative_to(source).parts
            if path.is_file() and not any(p.startswith(".") for p in parts):
                self.put(f"{rel}{'/'.join(parts)}", path.read_bytes())

    def prune(self, roots: list[str], keep: str = "search") -> int:
        """Delete files under ``roots`` (folders relative to ``root``) that this build did not write.

        Needed only when writing into the previous output itself: a record that left the site must not leave
        its page behind. Folders named ``keep`` (the search index, which prunes itself) are left alone.
        """
        self._settle()
        removed = 0
        for top in roots:
            base = self.root / top
            if not base.is_dir():
                continue
            for path in sorted(base.rglob("*")):
                rel = path.relative_to(self.root).as_posix()
                if path.is_file() and rel not in self.paths and keep not in path.relative_to(base).parts[:1]:
                    path.unlink()
                    removed += 1
        return removed

    def _mkdir(self, folder: str) -> None:
        if folder not in self._dirs:
            os.makedirs(folder, exist_ok=True)
            self._dirs.add(folder)


def _same(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _link_or_copy(source: Path | str, target: Path | str) -> bool:
    """Hard-link ``target`` to ``source`` (True), or copy it where links are not possible (False)."""
    try:
        os.link(source, target)
        return True
    except OSError:
        shutil.copyfile(source, target)
        return False
