"""A build with nothing to do: the same content bytes, settings, theme and code as the build already in place.

After each successful build the cache keeps digests for its output folder: of everything the build read
(every file under the content folder, byte for byte, the settings, the theme, gongshi's code, the as-of
date) and of the output as written (each file's path, inode, size and modification time). The next build
with the same inputs and an output nobody has touched since stops before loading anything.

Reading every content file is most of that check, so the cache also keeps a digest of the content files'
``lstat`` (size, modification and change times, inode). When it is the same and every file had last changed
well before the previous build looked (a write within the same timestamp tick could otherwise hide), the
bytes are the same and are not read again. The change time cannot be set back by anyone, so an edit always
shows; a touched file with the same bytes is read and found unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from .site.memo import site_version, tree_digest

FORMAT = "gongshi-uptodate-2"
RACY_NS = 2 * 10**9  # files changed this close before a build looked at them are read again next time


def _files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """Every file below ``folder`` (links not followed) with its ``lstat``, sorted by path."""
    out: list[tuple[str, os.stat_result]] = []
    stack = [folder]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                else:
                    out.append((entry.path, entry.stat(follow_symlinks=False)))
    out.sort()
    return out


def plain(value: Any) -> Any:
    """The plain data of settings (strings, numbers, lists, dicts), sorted; functions and objects dropped."""
    if isinstance(value, dict):
        return sorted((str(k), plain(v)) for k, v in value.items() if plain(v) is not _DROP)
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(v) for v in value]
        return [v for v in items if v is not _DROP]
    if value is None or isinstance(value, str | int | float | bool | Path):
        return str(value) if isinstance(value, Path) else value
    return _DROP


_DROP = "\0dropped"


class Inputs:
    """Everything a build reads: content bytes (links by target), theme, settings, gongshi's code, ``extra``."""

    def __init__(self, content: Path, theme: Path, settings: Any, *extra: Any):
        self.taken = time.time_ns()
        fixed = hashlib.sha256(f"{FORMAT}\0{site_version()}\0{tree_digest(theme)}\0".encode())
        fixed.update(repr((settings, extra)).encode())
        self.fixed = fixed.hexdigest()
        self.files = _files(content)
        stats = hashlib.sha256()
        self.newest = 0
        for path, info in self.files:
            stats.update(
                f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}\0{info.st_mode}\n".encode()
            )
            self.newest = max(self.newest, info.st_mtime_ns, info.st_ctime_ns)
        self.stats = stats.hexdigest()
        self._content = ""

    def content(self) -> str:
        """The digest of every content file's path and bytes (read once, when first needed)."""
        if not self._content:
            h = hashlib.sha256()
            for path, _ in self.files:
                try:
                    data = Path(path).read_bytes()
                except OSError:
                    data = b"\0unreadable"
                h.update(f"\0{path}\0{len(data)}\0".encode() + data)
            self._content = h.hexdigest()
        return self._content

    def same_as(self, saved: dict[str, Any]) -> bool:
        """True when these are the inputs ``saved`` describes."""
        if saved.get("fixed") != self.fixed:
            return False
        settled = int(saved.get("taken", 0)) - RACY_NS
        if saved.get("stats") == self.stats and self.newest < settled:
            self._content = str(saved.get("content", ""))  # the same files, untouched since
            return True
        return saved.get("content") == self.content()

    def saved(self) -> dict[str, Any]:
        """What :meth:`same_as` compares, to keep in the cache."""
        return {"fixed": self.fixed, "stats": self.stats, "taken": self.taken, "content": self.content()}


def output_digest(output: Path) -> str:
    """The output as written: every file's path, inode, size and modification time."""
    h = hashlib.sha256()
    for path, info in _files(output):
        h.update(f"{path}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_mode}\n".encode())
    return h.hexdigest()


def _stamp_file(cache_dir: Path, output: Path) -> Path:
    name = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"built-{name}.json"


def up_to_date(cache_dir: Path, output: Path, inputs: Inputs) -> list[str] | None:
    """The build's messages when ``output`` is exactly what the last build from ``inputs`` wrote, else None."""
    try:
        saved = json.loads(_stamp_file(cache_dir, output).read_text(encoding="utf-8"))
        if saved.get("format") != FORMAT or not output.is_dir() or not inputs.same_as(saved.get("inputs")):
            return None
        if saved.get("output") != output_digest(output):
            return None
        messages = saved.get("messages")
        return [str(m) for m in messages] if isinstance(messages, list) else None
    except (OSError, ValueError, AttributeError):
        return None


def remember(cache_dir: Path, output: Path, inputs: Inputs, messages: list[str]) -> None:
    """Note that ``output`` was just built from ``inputs``, saying ``messages`` (failures are ignored)."""
    path = _stamp_file(cache_dir, output)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        stamp = {
            "format": FORMAT,
            "inputs": inputs.saved(),
            "output": output_digest(output),
            "messages": messages,
        }
        text = json.dumps(stamp, ensure_ascii=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def forget(cache_dir: Path, output: Path) -> None:
    """Drop the note (before a build starts changing the output)."""
    with contextlib.suppress(OSError):
        _stamp_file(cache_dir, output).unlink(missing_ok=True)
