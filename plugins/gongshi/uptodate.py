"""A build with nothing to do: the same content bytes, settings, theme and code as the build already in place.

After each successful build the cache keeps two digests for its output folder: of everything the build read
(every file under the content folder, byte for byte, the settings, the theme, gongshi's code, the as-of
date) and of the output as written (each file's path, inode, size and modification time). The next build
with the same inputs and an output nobody has touched since stops before loading anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .site.memo import site_version, tree_digest

FORMAT = "gongshi-uptodate-1"


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


def inputs_digest(content: Path, theme: Path, settings: Any, *extra: Any) -> str:
    """Everything a build reads: content bytes (links by target), theme, settings, code and ``extra``."""
    h = hashlib.sha256(f"{FORMAT}\0{site_version()}\0{tree_digest(theme)}\0".encode())
    h.update(repr((settings, extra)).encode())
    for path, _ in _files(content):
        try:
            data = Path(path).read_bytes()
        except OSError:
            data = b"\0unreadable"
        h.update(f"\0{path}\0{len(data)}\0".encode() + data)
    return h.hexdigest()


def output_digest(output: Path) -> str:
    """The output as written: every file's path, inode, size and modification time."""
    h = hashlib.sha256()
    for path, info in _files(output):
        h.update(f"{path}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_mode}\n".encode())
    return h.hexdigest()


def _stamp_file(cache_dir: Path, output: Path) -> Path:
    name = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"built-{name}.json"


def up_to_date(cache_dir: Path, output: Path, inputs: str) -> list[str] | None:
    """The build's messages when ``output`` is exactly what the last build from ``inputs`` wrote, else None."""
    try:
        saved = json.loads(_stamp_file(cache_dir, output).read_text(encoding="utf-8"))
        if saved.get("format") != FORMAT or saved.get("inputs") != inputs or not output.is_dir():
            return None
        if saved.get("output") != output_digest(output):
            return None
        messages = saved.get("messages")
        return [str(m) for m in messages] if isinstance(messages, list) else None
    except (OSError, ValueError, AttributeError):
        return None


def remember(cache_dir: Path, output: Path, inputs: str, messages: list[str]) -> None:
    """Note that ``output`` was just built from ``inputs``, saying ``messages`` (failures are ignored)."""
    path = _stamp_file(cache_dir, output)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        stamp = {"format": FORMAT, "inputs": inputs, "output": output_digest(output), "messages": messages}
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
