"""``gongshi import FILE --dept D --kind licenses|penalties``: spreadsheet rows → record files, each checked first.

Every row becomes one commented YAML file (as ``gongshi new`` writes them) at
``departments/<dept>/<kind>/<YYYY>/<slug>.yaml``, or nothing at all: a row with any problem is reported as
``FILE:ROW: 列名: 说明 — English`` and writes no file. A row whose 文号 the department already has is skipped,
so importing the same file twice changes nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config, from_command
from ..model import KIND_FOLDERS, Department, District
from ..problems import ERROR, WARNING
from ..recordfile import render
from ..rules import Finding
from . import fields as F
from . import normalise as N
from .check import check_text
from .convert import Converted, RowContext, convert
from .read import ReadError, read_table
from .tree import load_target, number_key

KINDS = {"licenses": "license", "penalties": "penalty"}
_RESERVED = re.compile(r"^(?:index|page-[0-9]+)$")
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")


class UsageError(Exception):
    """The import cannot start (exit 2); bilingual message."""

    def __init__(self, zh: str, en: str):
        super().__init__(f"{zh} — {en}")
        self.zh, self.en = zh, en


@dataclass
class Outcome:
    """What an import did."""

    written: list[Path] = field(default_factory=list)
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0

    @property
    def summary(self) -> str:
        """The closing line."""
        n, m, k = len(self.written), self.skipped, self.rejected
        return f"导入 {n} 条，跳过 {m} 条，拒绝 {k} 条 — imported {n}, skipped {m}, rejected {k}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi import``."""
    parser.add_argument("file", type=Path, help="要导入的 .xlsx 或 .csv 文件 — spreadsheet to import")
    parser.add_argument("--dept", required=True, help="部门目录名，如 scjg — department folder")
    parser.add_argument(
        "--kind", required=True, choices=tuple(KINDS), help="licenses 行政许可 | penalties 行政处罚"
    )
    parser.add_argument(
        "--item", help="没有事项编码或项目名称的行使用的事项编码 — catalog item for rows without one"
    )
    parser.add_argument("--content", type=Path, default=Path("content"), help="内容文件夹（默认 content/）")
    parser.add_argument("--dry-run", action="store_true", help="只检查，不写文件 — check only, write nothing")
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="导入日期（默认今天），无公示日期时用作公示日期"
    )
    parser.add_argument(
        "--settings", type=Path, default=Path("pelicanconf.py"), help="读取 GONGSHI_* 设置的文件"
    )


def run(args: argparse.Namespace) -> int:
    """Import; exit 0 (all rows imported or skipped), 1 (a row was rejected), 2 (usage)."""
    try:
        config = from_command(args.settings, args.as_of)
        outcome = import_file(
            args.file,
            content=args.content,
            dept=args.dept,
            kind=KINDS[args.kind],
            item=args.item,
            config=config,
            dry_run=args.dry_run,
        )
    except UsageError as exc:
        print(f"错误：{exc.zh} — error: {exc.en}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    return 1 if outcome.rejected else 0


def import_file(
    path: Path,
    *,
    content: Path,
    dept: str,
    kind: str,
    config: Config,
    item: str | None = None,
    dry_run: bool = False,
    emit: Callable[[str], None] = print,
) -> Outcome:
    """Import every row of one file into ``content``; raises :class:`UsageError` when it cannot start."""
    if not path.is_file():
        raise UsageError(f"找不到文件 {path}", f"{path} does not exist")
    if not (content / "departments").is_dir():
        raise UsageError(f"{content} 不是内容文件夹", f"{content} is not a content folder")
    target = load_target(content, dept, kind, config)
    department = target.department
    if department is None and target.problems:
        shown = "\n".join(target.problems)
        raise UsageError(
            f"部门 {dept} 的 department.yaml 有错误：\n{shown}", f"department {dept} cannot be loaded"
        )
    if department is None:
        known = "、".join(target.known) or "（无）"
        raise UsageError(f"没有部门 {dept}（现有：{known}）", f"no department {dept} (known: {known})")
    _check_department(department, kind, item)
    try:
        sheets = read_table(path, lambda h: F.target_of(kind, h, F.VERSION_B) not in (None, F.IGNORE))
    except ReadError as exc:
        raise UsageError(exc.zh, exc.en) from None
    bound = [(sheet, *_bind(kind, sheet.headers)) for sheet in sheets]
    run = _Run(content, kind, department, target.district, config, dry_run, emit, target.numbers)
    for sheet, version, columns in bound:
        label = str(path) if len(sheets) == 1 else f"{path}[{sheet.name}]"
        ctx = RowContext(kind, department, config, version, item, config.as_of)
        for number, cells in sheet.rows:
            run.row(f"{label}:{number}", ctx, columns, cells)
    outcome = run.outcome
    tail = "（试运行，未写入文件）— dry run, nothing written" if dry_run else ""
    warned = f"；{outcome.warnings} 条警告（运行 gongshi validate 查看）" if outcome.warnings else ""
    emit(outcome.summary + warned + (f" {tail}" if tail else ""))
    return outcome


def _check_department(department: Department, kind: str, item: str | None) -> None:
    if kind == "penalty" and not department.data.get("remedy"):
        raise UsageError(
            f"部门 {department.slug} 的 department.yaml 没有救济渠道（remedy），导入行政处罚前请先填写",
            f"department {department.slug} has no remedy; add it before importing penalties",
        )
    if item and item not in department.catalog[kind]:
        raise UsageError(
            f"部门 {department.slug} 的事项目录中没有{'行政许可' if kind == 'license' else '行政处罚'}事项 {item}",
            f"no {kind} item {item} in the catalog of {department.slug}",
        )


Columns = list[tuple[int, str, str]]  # (cell index, header as written, target)


def _bind(kind: str, headers: list[str]) -> tuple[str, Columns]:
    """The file's version and its columns with their targets; unknown or repeated headers are usage errors."""
    version = F.detect_version(headers)
    columns: Columns = []
    unknown: list[str] = []
    seen: dict[str, str] = {}
    for index, header in enumerate(headers):
        target = F.target_of(kind, header, version)
        if target is None:
            unknown.append(header)
            continue
        if target == F.IGNORE:
            continue
        if target in seen and target != "penalty_types":
            raise UsageError(
                f"“{seen[target]}”和“{header}”是同一字段，只能保留一列",
                f"columns '{seen[target]}' and '{header}' are the same field",
            )
        seen.setdefault(target, header)
        columns.append((index, header, target))
    if unknown:
        expected = "、".join(F.expected_headers(kind))
        listed = "、".join(f"“{h}”" for h in unknown)
        raise UsageError(
            f"无法识别的列：{listed}。应使用全国双公示模板的列名，如：{expected}",
            f"unrecognised columns: {', '.join(unknown)}; use the national template's headers (listed above)",
        )
    for needed in ("document_number", "party.name"):
        if needed not in seen:
            title = next(c.header for c in F.export_columns(kind) if c.target == needed)
            raise UsageError(f"缺少必需的列：{title}", f"missing column: {title}")
    return version, columns


class _Run:
    """The state of one import: known 文号, slugs taken, counts."""

    def __init__(
        self,
        content: Path,
        kind: str,
        department: Department,
        district: District | None,
        config: Config,
        dry_run: bool,
        emit: Callable[[str], None],
        existing: dict[str, str],
    ):
        self.content, self.kind, self.department, self.district = content, kind, department, district
        self.config, self.dry_run, self.emit = config, dry_run, emit
        self.existing = existing  # 文号 key → the file that has it (rows with it are skipped)
        self.in_file: dict[str, str] = {}  # 文号 key → the row that imported it (a repeat is an error)
        self.taken: set[Path] = set()
        self.outcome = Outcome()

    def row(self, where: str, ctx: RowContext, columns: Columns, cells: list[N.Cell]) -> None:
        by_target: dict[str, list[tuple[str, N.Cell]]] = {}
        for index, header, target in columns:
            value = cells[index] if index < len(cells) else None
            by_target.setdefault(target, []).append((header, value))
        number_header = by_target["document_number"][0][0]
        number = N.text(by_target["document_number"][0][1])
        key = number_key(number) if number else None
        if key in self.in_file:
            first = self.in_file[key]
            self.emit(f"{where}: {number_header}: 文号与 {first} 重复 — same document number as {first}")
            self.outcome.rejected += 1
            return
        if key in self.existing:
            self.emit(
                f"{where}: {number_header}: 跳过：文号“{number}”已存在（{self.existing[key]}）"
                f" — skipped: document number already exists"
            )
            self.outcome.skipped += 1
            return
        converted = convert(by_target, ctx)
        lines = [f"{where}: {p.column}: {p.zh} — {p.en}" for p in converted.problems]
        target, text, findings = self.check(converted)
        for finding in findings:
            if finding.severity == ERROR and not _suppressed(finding.path, converted.bad):
                column = converted.column(self.kind, tuple(str(p) for p in finding.path))
                lines.append(f"{where}: {column}: {finding.zh} — {finding.en}")
        if lines:
            for line in lines:
                self.emit(line)
            self.outcome.rejected += 1
            return
        self.outcome.warnings += sum(f.severity == WARNING for f in findings)
        if key:
            self.in_file[key] = where
        self.taken.add(target)
        if not self.dry_run:
            _write(target, text)
        self.outcome.written.append(target)
        self.emit(f"{where}: 导入 {target} — imported")

    def check(self, converted: Converted) -> tuple[Path, str, list[Finding]]:
        """The file the row would become, its text, and the validator's findings on it."""
        data = converted.data
        decided = str(data.get("decision_date") or self.config.as_of.isoformat())
        year = int(decided[:4]) if decided[:4].isdigit() else self.config.as_of.year
        folder = self.content / "departments" / self.department.slug / KIND_FOLDERS[self.kind] / str(year)
        slug = self._slug(folder, str(data.get("document_number") or ""), decided)
        text = render(self.kind, data)
        _, findings = check_text(
            self.kind,
            text,
            department=self.department,
            district=self.district,
            config=self.config,
            year=year,
            slug=slug,
            path=str(folder / f"{slug}.yaml"),
        )
        return folder / f"{slug}.yaml", text, findings

    def _slug(self, folder: Path, number: str, decided: str) -> str:
        base = slug_for(number, decided)
        candidate, n = base, 1
        while (
            folder / f"{candidate}.yaml" in self.taken
            or (folder / f"{candidate}.yaml").exists()
            or (folder / f"{candidate}.yml").exists()
        ):
            n += 1
            candidate = f"{base}-{n}"
        return candidate


def _suppressed(path: tuple, bad: set[tuple[str, ...]]) -> bool:
    """True for a finding on a field whose cell already has its own message."""
    shown = tuple(str(p) for p in path)
    return any(shown[: len(b)] == b for b in bad)


def slug_for(number: str, decided: str = "") -> str:
    """A file name from a 文号: its ASCII letters and digits, the serial after a year padded to four digits.

    上市监罚〔2025〕123号 → ``2025-0123``; JY14101060000011 → ``jy14101060000011``; a 文号 without any (all
    Chinese) falls back to the decision date, ``20250303``.
    """
    tokens = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKC", number).lower()).strip("-").split("-")
    for i, token in enumerate(tokens[:-1]):
        if _YEAR.match(token) and tokens[i + 1].isdigit() and len(tokens[i + 1]) < 4:
            tokens[i + 1] = tokens[i + 1].zfill(4)
            break
    slug = "-".join(tokens)[:56].strip("-")
    if not slug:
        slug = decided.replace("-", "")[:8] or "record"
    return f"{slug}-1" if _RESERVED.match(slug) else slug


def _write(path: Path, text: str) -> None:
    """Write a file atomically (a half-written record never appears)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
