"""``gongshi export --since DATE --out DIR``: the batch to push to the city and provincial credit platforms.

The batch holds every record public at the as-of date that was published or changed since DATE (changed: a
correction, withdrawal or repair dated on or after DATE), as ``licenses|penalties.csv|.xlsx|.json`` in the
national format; ``withdrawn.json`` lists what the platforms must take down (withdrawn decisions, and
penalties whose publication ended early after credit repair) with date and reason; ``manifest.json`` gives
counts per kind and department and the SHA-256 and size of every file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..config import Config, from_command, parse_as_of
from ..corpus import Corpus, load_corpus
from ..lifecycle import EXPIRED, PUBLIC, REPAIRED, WITHDRAWN, state
from ..model import KIND_FOLDERS, Record
from .export import body, write_exports

WITHDRAWN_FILE = "withdrawn.json"
MANIFEST_FILE = "manifest.json"


@dataclass
class Batch:
    """What one export wrote."""

    records: list[Record] = field(default_factory=list)
    removals: list[dict[str, Any]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi export``."""
    parser.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="导出此日期以来公示或变更的记录")
    parser.add_argument("--out", required=True, type=Path, help="输出文件夹 — output folder")
    parser.add_argument("--content", type=Path, default=Path("content"), help="内容文件夹（默认 content/）")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期判断公示状态（默认今天）— as-of date")
    parser.add_argument(
        "--siteurl", default="", help="网站地址，使 url 成为绝对地址 — site URL for absolute links"
    )
    parser.add_argument(
        "--settings", type=Path, default=Path("pelicanconf.py"), help="读取 GONGSHI_* 设置的文件"
    )


def run(args: argparse.Namespace) -> int:
    """Export; exit 0 (written), 1 (the content has errors), 2 (usage)."""
    try:
        config = from_command(args.settings, args.as_of)
        since = parse_as_of(args.since)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if not (args.content / "departments").is_dir():
        print(f"错误：{args.content} 不是内容文件夹 — error: not a content folder", file=sys.stderr)
        return 2
    corpus = load_corpus(args.content, config)
    if corpus.errors:
        for problem in corpus.errors:
            print(problem.format(), file=sys.stderr)
        n = len(corpus.errors)
        print(f"内容有 {n} 个错误，未导出 — {n} errors in the content, nothing exported", file=sys.stderr)
        return 1
    batch = write_batch(corpus, args.out, since=since, config=config, siteurl=args.siteurl)
    licenses = sum(r.kind == "license" for r in batch.records)
    penalties = len(batch.records) - licenses
    print(
        f"导出 {licenses} 条行政许可、{penalties} 条行政处罚、{len(batch.removals)} 条撤下到 {args.out}"
        f" — exported {licenses} licences, {penalties} penalties, {len(batch.removals)} removals"
    )
    return 0


def changed_since(record: Record, since: date, as_of: date) -> bool:
    """Published, corrected, withdrawn or repaired on a day from ``since`` to ``as_of``."""
    return any(since <= day <= as_of for day in _dates(record.data))


def _dates(data: dict[str, Any]) -> list[date]:
    days = [data["published_on"]]
    corrections = data.get("corrections")
    if isinstance(corrections, list):
        days += [c["date"] for c in corrections if isinstance(c, dict) and "date" in c]
    for key in ("withdrawn", "repaired"):
        if isinstance(data.get(key), dict):
            days.append(data[key]["date"])
    return [date.fromisoformat(d) for d in days]


def removals(corpus: Corpus, since: date, config: Config, siteurl: str = "") -> list[dict[str, Any]]:
    """What the platforms must take down: withdrawals dated since ``since`` and repairs that ended publication."""
    out = []
    for record in corpus.records:
        data, dept = record.data, corpus.departments[record.dept]
        now = state(record.kind, data, config)
        withdrawn, repaired = data.get("withdrawn"), data.get("repaired")
        entry: dict[str, Any] | None = None
        if withdrawn and now in (WITHDRAWN, EXPIRED) and since <= date.fromisoformat(withdrawn["date"]):
            entry = {"type": "withdrawn", "date": withdrawn["date"], "reason": withdrawn["reason"]}
            entry["url"] = f"{siteurl.rstrip('/')}/{record.url}" if siteurl else record.url
        elif (
            repaired and now == REPAIRED and since <= date.fromisoformat(repaired["date"]) + timedelta(days=1)
        ):
            entry = {"type": "repaired", "date": repaired["date"], "reason": repaired["note"]}
        if entry is None or date.fromisoformat(data["published_on"]) > date.fromisoformat(entry["date"]):
            continue
        authority, authority_uscc = body(data, dept, "authority")
        entry.update(
            kind=record.kind,
            department=record.dept,
            department_name=dept.name,
            document_number=data["document_number"],
            authority=authority,
            authority_uscc=authority_uscc,
        )
        out.append(entry)
    return sorted(out, key=lambda e: (e["date"], e["department"], e["kind"], e["document_number"]))


def write_batch(corpus: Corpus, out_dir: Path, *, since: date, config: Config, siteurl: str = "") -> Batch:
    """Write the batch of public records published or changed since ``since``, with removals and manifest."""
    batch = Batch()
    batch.records = [
        r
        for r in corpus.records
        if state(r.kind, r.data, config) == PUBLIC and changed_since(r, since, config.as_of)
    ]
    batch.removals = removals(corpus, since, config, siteurl)
    batch.files = write_exports(
        batch.records, out_dir, departments=corpus.departments, config=config, siteurl=siteurl
    )
    withdrawn_path = out_dir / WITHDRAWN_FILE
    withdrawn_path.write_bytes(_json(batch.removals))
    batch.files.append(withdrawn_path)
    manifest = {
        "district": corpus.district.name if corpus.district else "",
        "as_of": config.as_of.isoformat(),
        "since": since.isoformat(),
        "counts": _counts(batch),
        "files": {
            p.name: {"sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "size": p.stat().st_size}
            for p in batch.files
        },
    }
    manifest_path = out_dir / MANIFEST_FILE
    manifest_path.write_bytes(_json(manifest))
    batch.files.append(manifest_path)
    return batch


def _counts(batch: Batch) -> dict[str, Any]:
    """Totals and per-department counts for each kind and for the removals."""
    groups: dict[str, list[str]] = {folder: [] for folder in KIND_FOLDERS.values()}
    for record in batch.records:
        groups[record.folder].append(record.dept)
    groups["withdrawn"] = [e["department"] for e in batch.removals]
    return {
        name: {"total": len(depts), "departments": {d: depts.count(d) for d in sorted(set(depts))}}
        for name, depts in groups.items()
    }


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
