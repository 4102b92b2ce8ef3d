"""The check results of record files, kept between runs and keyed by the SHA-256 of each file's bytes.

A result is reused only when the file's bytes, its path and the fingerprint of everything the record rules
read (district.yaml, every department.yaml and catalog.yaml, the settings with the as-of date, and gongshi's
own rules, schemas and loader) are all the same. The cache is one pickle per department folder of a content
tree (so an edit rewrites one department's part, not the whole), each replaced atomically; a missing, corrupt
or foreign part is ignored and only ever saves time.

A file whose ``lstat`` (size, modification and change times, inode) is the one noted when its digest was
taken is not read again to find its digest, unless it had changed within two seconds before that: a write
within the same timestamp tick could otherwise hide. The change time cannot be set back, so an edit shows.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import picklefile
from .yamlio import MAX_FILE_BYTES

FORMAT = "gongshi-check-2"
RACY_NS = 2 * 10**9  # files changed this close before they were read are read again next time
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


Signature = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Entry = tuple[bytes, Signature | None, Any]  # content digest, the lstat it was taken at, check result


def _signature(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _part(departments: str, path: str) -> str:
    """The cache part a record file belongs to: its department folder (``departments`` ends with a slash)."""
    if not path.startswith(departments):
        return "_"
    slug, slash, _ = path[len(departments) :].partition(os.sep)
    return slug if slash else "_"


class CheckCache:
    """Check results of one content tree: ``str(path)`` → (content digest, lstat signature, result)."""

    def __init__(self, folder: Path, root: Path, config: Any):
        self.folder = folder
        self.root = root
        self.fingerprint = fingerprint(root, config)
        self.name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
        self.started = time.time_ns()
        self.old: dict[str, Entry] = {}
        self.parts: dict[str, set[str]] = {}  # part → paths read from its file
        self._read()
        self.new: dict[str, Entry] = {}
        self._signatures: dict[str, Signature | None] = {}

    def _file(self, part: str) -> Path:
        return self.folder / f"check-{self.name}-{hashlib.sha256(part.encode()).hexdigest()[:12]}.pickle"

    def _read(self) -> None:
        try:
            files = sorted(self.folder.glob(f"check-{self.name}-*.pickle"))
        except OSError:
            return
        for file in files:
            saved = picklefile.load(file, (FORMAT, self.fingerprint))
            if isinstance(saved, tuple) and len(saved) == 2 and isinstance(saved[1], dict):
                part, entries = saved
                if file == self._file(part):
                    self.old.update(entries)
                    self.parts[part] = set(entries)

    def key(self, path: Path) -> bytes | None:
        """The SHA-256 of a record file's bytes (None when it must be checked afresh).

        Taken from the cache when the file's lstat is the one noted with it; read and hashed otherwise.
        """
        try:
            info = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        signature = _signature(info)
        hit = self.old.get(str(path))
        if hit is not None and hit[1] == signature:
            self._signatures[str(path)] = signature
            return hit[0]
        data = file_bytes(path)
        if data is None:
            return None
        settled = max(info.st_mtime_ns, info.st_ctime_ns) < self.started - RACY_NS
        self._signatures[str(path)] = signature if settled else None
        return hashlib.sha256(data).digest()

    def get(self, path: Path, key: bytes | None) -> Any | None:
        """The stored result for ``path`` when its bytes still hash to ``key``."""
        if key is None:
            return None
        hit = self.old.get(str(path))
        if hit is None or hit[0] != key:
            return None
        self.new[str(path)] = (key, self._signatures.get(str(path)), hit[2])
        return hit[2]

    def put(self, path: Path, key: bytes | None, result: Any) -> None:
        """Remember a fresh result (nothing for files that must always be checked afresh)."""
        if key is not None:
            self.new[str(path)] = (key, self._signatures.get(str(path)), result)

    def save(self) -> None:
        """Write the parts whose entries changed (temp file, then rename); a failure to write is ignored."""
        parts: dict[str, dict[str, Entry]] = defaultdict(dict)
        departments = os.path.join(str(self.root), "departments", "")
        for path, entry in self.new.items():
            parts[_part(departments, path)][path] = entry
        for part, entries in sorted(parts.items()):
            unchanged = self.parts.get(part) == entries.keys() and all(
                self.old[p][:2] == entry[:2] for p, entry in entries.items()
            )
            if not unchanged:
                picklefile.store(self._file(part), (FORMAT, self.fingerprint), (part, entries))
        for part in sorted(self.parts.keys() - parts.keys()):
            with contextlib.suppress(OSError):
                self._file(part).unlink(missing_ok=True)


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
