"""``gongshi report``: the compliance report as a table, Markdown or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

from .config import from_command, parse_as_of
from .corpus import load_corpus
from .progress import Progress
from .report import Report, Row, build_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi report``."""
    parser.add_argument("--content", type=Path, default=Path("content"), help="内容文件夹（默认 content/）")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="统计起始日期（默认当年1月1日）")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="统计截止日期（默认 as-of 日期）")
    parser.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期计算（默认今天）")
    parser.add_argument("--settings", type=Path, default=Path("pelicanconf.py"))


def run(args: argparse.Namespace) -> int:
    """Print the report; exit 2 on a usage error."""
    try:
        config = from_command(args.settings, args.as_of)
        end = parse_as_of(args.end) if args.end else config.as_of
        start = parse_as_of(args.start) if args.start else date(end.year, 1, 1)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if not (args.content / "district.yaml").exists():
        print(
            f"错误：{args.content} 不是内容文件夹（缺少 district.yaml）— not a content folder",
            file=sys.stderr,
        )
        return 2
    if start > end:
        print("错误：起始日期晚于截止日期 — --from is after --to", file=sys.stderr)
        return 2
    with Progress("读取记录 reading records") as progress:
        corpus = load_corpus(args.content, config, progress=progress.update)
    report = build_report(corpus, config, start, end)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        print(render_markdown(report))
    else:
        print(render_table(report))
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _cells(row: Row) -> list[str]:
    return [
        row.name,
        str(row.published),
        str(row.licenses),
        str(row.penalties),
        _pct(row.on_time_rate),
        str(len(row.late)),
        _pct(row.completeness),
        str(row.warnings),
        str(row.errors),
        "—" if row.days_since_last is None else str(row.days_since_last),
    ]


HEADERS = ["部门", "公示", "许可", "处罚", "按时率", "迟报", "完整率", "警告", "错误", "距上次公示(天)"]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def render_table(report: Report) -> str:
    """A plain-text table aligned for Chinese, with the late records and coverage below."""
    rows = [HEADERS] + [_cells(r) for r in report.rows] + [_cells(report.total)]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(HEADERS))]
    lines = [f"{report.district} 双公示考核报告 {report.start} 至 {report.end}（截至 {report.as_of}）", ""]
    for n, cells in enumerate(rows):
        lines.append("  ".join(_pad(c, widths[i], i > 0) for i, c in enumerate(cells)))
        if n == 0 or n == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    lines += _details(report)
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    """The report as Markdown (tables and lists)."""
    lines = [
        f"# {report.district} 双公示考核报告",
        "",
        f"统计期间：{report.start} 至 {report.end}（截至 {report.as_of}）",
        "",
    ]
    lines.append("| " + " | ".join(HEADERS) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(HEADERS) - 1)) + "|")
    for row in [*report.rows, report.total]:
        cells = [c.replace("|", "\\|") for c in _cells(row)]
        if row is report.total:
            cells = [f"**{c}**" for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines += _details(report, bullet="- ")
    return "\n".join(lines)


def _details(report: Report, bullet: str = "  ") -> list[str]:
    lines = ["", "迟报记录（超过7个工作日公示）：" if report.total.late else "迟报记录：无"]
    for late in report.total.late:
        lines.append(
            f"{bullet}{late.path} {late.document_number} 决定 {late.decision_date} 公示 {late.published_on}"
            f"（应不晚于 {late.deadline}，迟 {late.workdays_late} 个工作日）"
        )
    lines.append("")
    names = {r.dept: r.name for r in report.rows}
    lines.append("有事项目录但本期无记录的部门：" + ("、".join(names[d] for d in report.no_record) or "无"))
    lines.append("没有事项目录的部门：" + ("、".join(names[d] for d in report.no_catalog) or "无"))
    contacts = [
        f"{r.name}：责任领导 {r.leader or '—'}，联络员 {r.liaison or '—'}"
        for r in report.rows
        if r.leader or r.liaison
    ]
    if contacts:
        lines += ["", "责任人（内部）："] + [bullet + c for c in contacts]
    return lines
