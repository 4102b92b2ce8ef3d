"""manifest.json: every record's identity, its state at the as-of date and the SHA-256 of its page.

Written at the root of every build. It lets the site check (and anyone auditing a column) prove conservation:
published + hidden = all valid records, none twice, none lost. A hidden record must appear nowhere, so the
manifest names it only by the SHA-256 of its identity: enough to count it and to recognise a leaked page,
nothing a reader can follow.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import lifecycle
from .config import Config
from .corpus import Corpus

MANIFEST = "manifest.json"
VERSION = 1


def sha256(path: Path) -> str | None:
    """The SHA-256 of a file, or None when it does not exist."""
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def previous_hashes(out: Path, previous: Path | None) -> dict[str, str]:
    """Page hashes of the previous build's manifest that still hold in ``out``: url → SHA-256.

    A page of ``out`` that is a hard link to the previous build's page (same inode), not modified since that
    manifest was written, has the bytes that manifest hashed. Anything unreadable just means hashing again.
    """
    if previous is None:
        return {}
    try:
        written = os.lstat(previous / MANIFEST).st_mtime_ns
        rows = json.loads((previous / MANIFEST).read_text(encoding="utf-8"))["records"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    kept: dict[str, str] = {}
    for row in rows if isinstance(rows, list) else ():
        url, digest = (row.get("url"), row.get("sha256")) if isinstance(row, dict) else (None, None)
        if not isinstance(url, str) or not isinstance(digest, str):
            continue
        try:
            page = os.lstat(out / url)
            same = page.st_ino == os.lstat(previous / url).st_ino and page.st_mtime_ns <= written
        except OSError:
            continue
        if same:
            kept[url] = digest
    return kept


def identity_digest(identity: str) -> str:
    """How the manifest names a hidden record."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def build_manifest(
    corpus: Corpus, config: Config, out: Path, department: str | None = None, previous: Path | None = None
) -> dict:
    """The manifest of a build written to ``out`` (of one department, at the root, when ``department`` is set).

    ``previous`` is the build ``out`` linked its unchanged pages from, whose manifest already hashed them.
    """
    known = previous_hashes(out, previous)
    shown, hidden = [], []
    for record in sorted(corpus.records, key=lambda r: r.identity):
        if department and record.dept != department:
            continue
        state = lifecycle.state(record.kind, record.data, config)
        if state not in (lifecycle.PUBLIC, lifecycle.WITHDRAWN):
            hidden.append({"identity_sha256": identity_digest(record.identity), "state": state})
            continue
        url = record.url if not department else record.url.removeprefix(f"{department}/")
        row = {
            "identity": record.identity,
            "url": url,
            "kind": record.kind,
            "dept": record.dept,
            "state": state,
        }
        row["sha256"] = known.get(url) or sha256(out / url)
        if state == lifecycle.PUBLIC:
            row["published_on"] = record.data["published_on"]
        shown.append(row)
    rows = shown + sorted(hidden, key=lambda r: r["identity_sha256"])
    counts = {s: sum(r["state"] == s for r in rows) for s in lifecycle.STATES}
    return {
        "version": VERSION,
        "as_of": config.as_of.isoformat(),
        "district": corpus.district.name if corpus.district else "",
        "department": department,
        "departments": sorted(corpus.departments) if not department else [department],
        "counts": counts,
        "records": rows,
    }


def write_manifest(
    corpus: Corpus, config: Config, out: Path, department: str | None = None, previous: Path | None = None
) -> Path:
    """Write ``manifest.json`` (deterministic bytes) and return its path."""
    data = build_manifest(corpus, config, out, department, previous)
    path = out / MANIFEST
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path
