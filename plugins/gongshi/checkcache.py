"""The check results of record files, kept between runs and keyed by the SHA-256 of each file's bytes.

A result is reused only when the file's bytes, its path and the fingerprint of everything the record rules
read (district.yaml, every department.yaml and catalog.yaml, the settings with the as-of date, and gongshi's
own rules, schemas and loader) are all the same. The cache is one pickle per content tree, replaced
atomically; a missing, corrupt or foreign cache is ignored and only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from pathlib import Path
from typing import Any

from . import picklefile
from .yamlio import MAX_FILE_BYTES

FORMAT = "gongshi-check-1"
CACHE_ENV = "GONGSHI_CACHE_DIR"
CACHE_FOLDER = ".gongshi-cache"
_PACKAGE = Path(__file__).resolve().parent
_CODE: str | None = None


def default_dir(root: Path) -> Path:
    """``$GONGSHI_CACHE_DIR``, else ``.gongshi-cache`` beside the content folder."""
    chosen = os.environ.get(CACHE_ENV)
    return Path(chosen) if chosen else root.resolve().parent / CACHE_FOLDER


def code_version() -> str:
    """A digest of the source that decides a record's findings: loader, schemas, model and rules."""
    global _CODE
    if _CODE is None:
        h = hashlib.sha256(sys.version.encode())
        files = sorted(_PACKAGE.glob("*.py")) + sorted((_PACKAGE / "rules").glob("*.py"))
        schema_dir = _PACKAGE.parents[1] / "schema"
        files += sorted(schema_dir.glob("*.json")) + sorted((_PACKAGE / "schema").glob("*.json"))
        for path in files:
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        _CODE = h.hexdigest()
    return _CODE


def fingerprint(root: Path, config: Any) -> str:
    """What every record's check depends on besides its own file: shared files, settings, code."""
    h = hashlib.sha256(f"{FORMAT}\0{code_version()}\0{config!r}\0{root}\0".encode())
    shared = [root / "district.yaml"]
    depts = root / "departments"
    if depts.is_dir():
        for folder in sorted(depts.iterdir()):
            h.update(f"dept:{folder.name}:{folder.is_dir()}\0".encode())
            shared += [folder / "department.yaml", folder / "catalog.yaml"]
    for path in shared:
        data = file_bytes(path)
        h.update(f"{path}\0{'-' if data is None else len(data)}\0".encode())
        h.update(data or b"")
    return h.hexdigest()


def file_bytes(path: Path) -> bytes | None:
    """The bytes of a plain, readable file within the size limit (not a link); None otherwise."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def file_key(path: Path) -> bytes | None:
    """The SHA-256 of a record file's bytes, or None when it must be checked afresh."""
    data = file_bytes(path)
    return None if data is None else hashlib.sha256(data).digest()


class CheckCache:
    """Check results of one content tree: ``str(path)`` → (content digest, result)."""

    def __init__(self, folder: Path, root: Path, config: Any):
        self.folder = folder
        self.fingerprint = fingerprint(root, config)
        name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
        self.path = folder / f"check-{name}.pickle"
        self.old: dict[str, tuple[bytes, Any]] = self._read()
        self.new: dict[str, tuple[bytes, Any]] = {}

    def _read(self) -> dict[str, tuple[bytes, Any]]:
        saved = picklefile.load(self.path, (FORMAT, self.fingerprint))
        return saved if isinstance(saved, dict) else {}

    def get(self, path: Path, key: bytes | None) -> Any | None:
        """The stored result for ``path`` when its bytes still hash to ``key``."""
        if key is None:
            return None
        hit = self.old.get(str(path))
        if hit is None or hit[0] != key:
            return None
        self.new[str(path)] = hit
        return hit[1]

    def put(self, path: Path, key: bytes | None, result: Any) -> None:
        """Remember a fresh result (nothing for files that must always be checked afresh)."""
        if key is not None:
            self.new[str(path)] = (key, result)

    def save(self) -> None:
        """Write the results of this run (temp file, then rename); a failure to write is ignored."""
        if self.new.keys() == self.old.keys() and all(self.new[k][0] == self.old[k][0] for k in self.new):
            return
        picklefile.store(self.path, (FORMAT, self.fingerprint), self.new)


def add_arguments(parser: Any) -> None:
    """``--cache DIR`` and ``--no-cache`` for the commands that check content."""
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help=f"检查结果缓存文件夹（默认内容文件夹旁的 {CACHE_FOLDER}/）— cache folder",
    )
    parser.add_argument("--no-cache", action="store_true", help="不使用缓存 — check every file afresh")


def chosen_dir(args: Any, root: Path) -> Path | None:
    """The cache folder the command line asks for (None with ``--no-cache``)."""
    if getattr(args, "no_cache", False):
        return None
    return args.cache or default_dir(root)
