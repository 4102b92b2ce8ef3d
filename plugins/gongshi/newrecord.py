"""``gongshi new license|penalty --dept D``: a new record file, pre-filled and commented for the clerk."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from .model import KIND_FOLDERS
from .recordfile import render
from .rules.paths import SLUG
from .yamlio import YamlError, load_file

TO_FILL = ""  # an empty value fails validation with 不能为空 until the clerk fills it in


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi new``."""
    parser.add_argument("kind", choices=("license", "penalty"), help="license 行政许可 | penalty 行政处罚")
    parser.add_argument("--dept", required=True, help="部门目录名，如 scjg — department folder")
    parser.add_argument("--item", help="事项编码（默认取目录中的第一个）— catalog item code")
    parser.add_argument(
        "--party", choices=("法人及非法人组织", "个体工商户", "自然人"), default="法人及非法人组织"
    )
    parser.add_argument("--date", help="决定日期 YYYY-MM-DD（默认今天）— decision date")
    parser.add_argument("--slug", help="文件名（不含 .yaml；默认按日期编号）— file name")
    parser.add_argument("--content", type=Path, default=Path("content"), help="内容文件夹（默认 content/）")


def run(args: argparse.Namespace) -> int:
    """Write the file and print its path; exit 2 on a usage error."""
    dept_dir = args.content / "departments" / args.dept
    try:
        department = load_file(dept_dir / "department.yaml").data or {}
        catalog = load_file(dept_dir / "catalog.yaml").data if (dept_dir / "catalog.yaml").exists() else {}
    except (OSError, YamlError) as exc:
        print(
            f"错误：无法读取部门 {args.dept} 的信息（{exc}）— cannot read department {args.dept}",
            file=sys.stderr,
        )
        return 2
    try:
        decided = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"错误：日期格式应为 YYYY-MM-DD：{args.date} — date must be YYYY-MM-DD", file=sys.stderr)
        return 2
    items = (catalog or {}).get("licenses" if args.kind == "license" else "penalties") or []
    item = (
        next((i for i in items if i.get("code") == args.item), None)
        if args.item
        else (items[0] if items else None)
    )
    if args.item and item is None:
        print(f"错误：目录中没有事项 {args.item} — no item {args.item} in catalog.yaml", file=sys.stderr)
        return 2
    folder = dept_dir / KIND_FOLDERS[args.kind] / str(decided.year)
    slug = args.slug or _next_slug(folder, decided)
    if not SLUG.match(slug):
        print(
            "错误：文件名只能用小写字母、数字和连字符 — slug must be lower-case letters, digits, hyphens",
            file=sys.stderr,
        )
        return 2
    path = folder / f"{slug}.yaml"
    if path.exists():
        print(f"错误：{path} 已存在 — already exists", file=sys.stderr)
        return 2
    data = template(args.kind, item or {}, args.party, decided, department)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(render(args.kind, data), encoding="utf-8")
    print(path)
    return 0


def _next_slug(folder: Path, day: date) -> str:
    """``YYYYMMDD-N`` with the first N not taken."""
    n = 1
    while (folder / f"{day:%Y%m%d}-{n}.yaml").exists():
        n += 1
    return f"{day:%Y%m%d}-{n}"


def party_template(category: str) -> dict[str, Any]:
    """The 行政相对人 block to fill in for a party category."""
    if category == "自然人":
        return {"name": TO_FILL, "category": category, "id_type": "身份证", "id_number": TO_FILL}
    return {"name": TO_FILL, "category": category, "uscc": TO_FILL, "legal_rep": TO_FILL}


def template(
    kind: str, item: dict[str, Any], party: str, decided: date, department: dict[str, Any]
) -> dict[str, Any]:
    """A record with what can be known filled in and what cannot left empty."""
    day = decided.isoformat()
    if kind == "license":
        return {
            "item": item.get("code", TO_FILL),
            "document_title": TO_FILL,
            "document_number": TO_FILL,
            "category": item.get("category") or "普通",
            "content": TO_FILL,
            "decision_date": day,
            "valid_from": day,
            "valid_to": TO_FILL,
            "party": party_template(party),
            "published_on": day,
        }
    return {
        "item": item.get("code", TO_FILL),
        "case_name": TO_FILL,
        "document_number": TO_FILL,
        "party": party_template(party),
        "violation_type": item.get("name", TO_FILL),
        "violation_facts": TO_FILL,
        "legal_basis": item.get("legal_basis", TO_FILL),
        "penalty_types": ["罚款"],
        "penalty_content": TO_FILL,
        "fine_yuan": 0,
        "decision_date": day,
        "published_on": day,
    }
