"""The content tree → district, departments, catalogs and records, with every problem found on the way.

Order is deterministic (sorted names). Bad input never raises: it becomes a located :class:`Problem`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import schema
from .checkcache import CheckCache, default_dir
from .config import Config
from .model import FOLDER_KINDS, CatalogItem, Department, District, Record, SourceFile
from .problems import ERROR, Problem
from .rules import Finding, RecordContext, load_all, record_findings
from .rules.identifiers import uscc_problem
from .rules.paths import (
    SLUG,
    YEAR,
    catalog_code_duplicate,
    coordinator_unknown,
    document_number_duplicate,
    identity_duplicate,
    remedy_required,
)
from .site.urls import RESERVED_DEPARTMENTS, RESERVED_SLUG
from .yamlio import Document, YamlError, load_file

RECORD_EXTENSIONS = (".yaml", ".yml")
ProgressFn = Callable[[int, int], None]
Job = tuple[str, str, int, Path]  # department slug, kind, year, file
JobResult = tuple["Record | None", list[Problem], int]  # the record, its problems, files checked
IGNORED_SUFFIXES = (".md", ".txt")


@dataclass
class Corpus:
    """Everything loaded from one content tree."""

    root: Path
    district: District | None = None
    departments: dict[str, Department] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0

    @property
    def errors(self) -> list[Problem]:
        """The problems that reject content."""
        return [p for p in self.problems if p.severity == ERROR]

    def rejected_paths(self) -> set[str]:
        """Display paths of files with at least one error."""
        return {p.path for p in self.errors}


class _Walker:
    """Loads one tree; collects problems as it goes."""

    def __init__(
        self, root: Path, config: Config, progress: ProgressFn | None = None, cache: CheckCache | None = None
    ):
        self.progress = progress
        self.cache = cache
        self.root = root
        self.real_root = root.resolve()
        self.config = config
        self.corpus = Corpus(root=root)
        self.jobs: list[Job] = []  # record files, checked once every catalog is known
        load_all()

    # --- problems -----------------------------------------------------------------------------------------------
    def report(self, source: SourceFile, kind: str, finding: Finding) -> None:
        doc = source.doc
        if doc is None:
            line, col = 1, 1
        elif finding.at_key:
            line, col = doc.key_pos(finding.path)
        elif finding.anchor is not None and finding.path not in doc.values:
            line, col = doc.key_pos(finding.anchor)
        else:
            line, col = doc.pos(finding.path)
        title = schema.title(kind, finding.path) if finding.path else "文件"
        self.corpus.problems.append(
            Problem(
                source.path,
                line,
                col,
                finding.severity,
                schema.dotted(finding.path),
                title,
                finding.zh,
                finding.en,
                finding.rule,
            )
        )

    def file_problem(self, path: str, zh: str, en: str, rule: str, line: int = 1, col: int = 1) -> None:
        self.corpus.problems.append(Problem(path, line, col, ERROR, "", "文件", zh, en, rule))

    def display(self, path: Path) -> str:
        return str(path)

    # --- loading ------------------------------------------------------------------------------------------------
    def load(self, path: Path, kind: str) -> SourceFile | None:
        """Load and schema-check one YAML file; None when it cannot be read as YAML at all."""
        shown = self.display(path)
        self.corpus.files_checked += 1
        if not self.inside(path, shown):
            return None
        if path.is_dir():
            self.file_problem(
                shown, "这里应是文件，却是文件夹", "expected a file, found a directory", "file_unreadable"
            )
            return None
        if path.exists() and not path.is_file():
            self.file_problem(
                shown,
                "不是普通文件（如管道或设备），无法读取",
                "not a regular file (a pipe or a device)",
                "file_unreadable",
            )
            return None
        try:
            doc = load_file(path)
        except YamlError as exc:
            self.file_problem(shown, exc.zh, exc.en, "file_unreadable", exc.line, exc.col)
            return None
        except OSError as exc:
            self.file_problem(
                shown,
                f"无法读取文件（{exc.strerror}）",
                f"cannot read file ({exc.strerror})",
                "file_unreadable",
            )
            return None
        source = SourceFile(shown, doc)
        if not isinstance(doc.data, dict):
            self.file_problem(
                shown,
                "文件内容应为“键: 值”形式的记录",
                "the file must hold a mapping of keys",
                "file_unreadable",
            )
            return None
        doc.data = schema.coerce_plain_strings(kind, doc.data, doc.plain)
        for issue in schema.check(kind, doc.data):
            self.report(
                source, kind, Finding(issue.path, issue.zh, issue.en, issue.rule, ERROR, issue.at_key)
            )
        return source

    def inside(self, path: Path, shown: str) -> bool:
        """Refuse links that lead outside the content folder."""
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                self.file_problem(shown, "链接指向不存在的文件", "broken symbolic link", "file_unreadable")
                return False
            if not target.is_relative_to(self.real_root):
                self.file_problem(
                    shown,
                    "拒绝指向内容文件夹以外的链接",
                    "symbolic link points outside the content folder",
                    "file_unreadable",
                )
                return False
        return True

    def entries(self, folder: Path) -> list[Path]:
        try:
            return sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
        except OSError as exc:
            self.file_problem(
                self.display(folder),
                f"无法读取文件夹（{exc.strerror}）",
                f"cannot read folder ({exc.strerror})",
                "file_unreadable",
            )
            return []

    # --- the tree -----------------------------------------------------------------------------------------------
    def walk(self) -> Corpus:
        district_path = self.root / "district.yaml"
        if not district_path.exists() and not district_path.is_symlink():
            self.file_problem(
                self.display(district_path), "缺少 district.yaml", "district.yaml is missing", "missing_file"
            )
        else:
            source = self.load(district_path, "district")
            if source:
                self.corpus.district = District(source.doc.data, source)
        depts_dir = self.root / "departments"
        if depts_dir.is_dir():
            for entry in self.entries(depts_dir):
                self.department(entry)
        self.check_records()
        self.cross_checks()
        self.corpus.problems.sort()
        return self.corpus

    def department(self, folder: Path) -> None:
        if not folder.is_dir() or folder.is_symlink():
            if not folder.name.endswith(IGNORED_SUFFIXES):
                self.unexpected(folder)
            return
        if not SLUG.match(folder.name):
            self.file_problem(
                self.display(folder),
                "部门文件夹名只能用小写字母、数字和连字符",
                "department folder names are lower-case letters, digits and hyphens",
                "file_name",
            )
            return
        if folder.name in RESERVED_DEPARTMENTS:
            self.file_problem(
                self.display(folder),
                f"部门文件夹名“{folder.name}”是网站保留名，请改用其他名称",
                f"department folder name '{folder.name}' is reserved by the site",
                "reserved_name",
            )
            return
        dept_file = folder / "department.yaml"
        if not dept_file.exists():
            self.file_problem(
                self.display(dept_file), "缺少 department.yaml", "department.yaml is missing", "missing_file"
            )
            return
        source = self.load(dept_file, "department")
        if source is None:
            return
        dept = Department(folder.name, source.doc.data, source)
        for finding in uscc_problem(dept.data.get("uscc"), ("uscc",)):
            self.report(source, "department", finding)
        self.corpus.departments[dept.slug] = dept
        for entry in self.entries(folder):
            if entry.name in ("department.yaml",) or entry.name.endswith(IGNORED_SUFFIXES):
                continue
            if entry.name == "catalog.yaml":
                self.catalog(dept, entry)
            elif entry.name in FOLDER_KINDS and entry.is_dir() and not entry.is_symlink():
                self.kind_folder(dept, FOLDER_KINDS[entry.name], entry)
            else:
                self.unexpected(entry)

    def catalog(self, dept: Department, path: Path) -> None:
        source = self.load(path, "catalog")
        if source is None:
            return
        dept.catalog_source = source
        data = source.doc.data
        items = {k: data.get(k) if isinstance(data.get(k), list) else [] for k in ("licenses", "penalties")}
        for finding in catalog_code_duplicate(dept, items):
            self.report(source, "catalog", finding)
        for key, kind in (("licenses", "license"), ("penalties", "penalty")):
            for entry in items[key]:
                if isinstance(entry, dict) and isinstance(entry.get("code"), str):
                    dept.catalog[kind].setdefault(
                        entry["code"],
                        CatalogItem(
                            kind,
                            entry["code"],
                            str(entry.get("name", "")),
                            str(entry.get("legal_basis", "")),
                            entry.get("category"),
                        ),
                    )

    def kind_folder(self, dept: Department, kind: str, folder: Path) -> None:
        for year_dir in self.entries(folder):
            if not year_dir.is_dir() or year_dir.is_symlink() or not YEAR.match(year_dir.name):
                if not year_dir.name.endswith(IGNORED_SUFFIXES):
                    self.file_problem(
                        self.display(year_dir),
                        "记录应放在以决定年份命名的文件夹中（如 licenses/2025/）",
                        "records belong in a folder named after the decision year (e.g. licenses/2025/)",
                        "file_name",
                    )
                continue
            self.jobs.extend((dept.slug, kind, int(year_dir.name), path) for path in self.entries(year_dir))

    def check_records(self) -> None:
        """Check every record file, reusing cached results; results are kept in file order."""
        cache, jobs = self.cache, self.jobs
        results: list[JobResult | None] = [None] * len(jobs)
        keys: list[bytes | None] = [None] * len(jobs)
        pending: list[int] = []
        for n, job in enumerate(jobs):
            if cache is not None:
                keys[n] = cache.key(job[3])
                results[n] = cache.get(job[3], keys[n])
            if results[n] is None:
                pending.append(n)
        for n, result in zip(pending, self.run_jobs([jobs[n] for n in pending]), strict=True):
            results[n] = result
            if cache is not None:
                cache.put(jobs[n][3], keys[n], result)
        for record, problems, files in results:  # type: ignore[misc]
            if record is not None:
                self.corpus.records.append(record)
            self.corpus.problems.extend(problems)
            self.corpus.files_checked += files
        if cache is not None:
            cache.save()

    def run_jobs(self, jobs: list[Job]) -> list[JobResult]:
        """Check some record files, on all cores for many (results in the order of ``jobs``)."""
        workers = min(os.cpu_count() or 1, MAX_WORKERS)
        if len(jobs) < PARALLEL_THRESHOLD or workers < 2 or "fork" not in mp.get_all_start_methods():
            out = []
            for n, job in enumerate(jobs, 1):
                out.append(self.check_job(job))
                if self.progress and n % 100 == 0:
                    self.progress(n, len(jobs))
            if self.progress:
                self.progress(len(jobs), len(jobs))
            return out
        global _SHARED
        _SHARED = self
        size = max(len(jobs) // (workers * 8), 64)
        chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        out = []
        try:
            with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
                for done, results in enumerate(pool.map(_check_chunk, chunks), 1):
                    if self.progress:
                        self.progress(min(done * size, len(jobs)), len(jobs))
                    out.extend(results)
        finally:
            _SHARED = None
        return out

    def check_job(self, job: Job) -> JobResult:
        """One record file's record (None when rejected before loading), problems and files checked."""
        corpus = self.corpus
        records, problems, files = len(corpus.records), len(corpus.problems), corpus.files_checked
        self.record_file(*job)
        record = corpus.records.pop() if len(corpus.records) > records else None
        found = corpus.problems[problems:]
        del corpus.problems[problems:]
        checked = corpus.files_checked - files
        corpus.files_checked = files
        return record, found, checked

    def record_file(self, dept_slug: str, kind: str, year: int, path: Path) -> None:
        dept = self.corpus.departments[dept_slug]
        if path.name.endswith(IGNORED_SUFFIXES):
            return
        slug, ext = path.stem, path.suffix
        if ext not in RECORD_EXTENSIONS or not SLUG.match(slug):
            self.file_problem(
                self.display(path),
                "记录文件名只能用小写字母、数字和连字符，并以 .yaml 结尾（如 2025-0123.yaml）",
                "record file names are lower-case letters, digits and hyphens ending in .yaml",
                "file_name",
            )
            return
        if RESERVED_SLUG.match(slug):
            self.file_problem(
                self.display(path),
                f"记录文件名“{slug}”是网站保留名（列表页使用），请改用其他名称",
                f"record file name '{slug}' is reserved for list pages",
                "reserved_name",
            )
            return
        source = self.load(path, kind)
        if source is None:
            return
        record = Record(dept.slug, kind, year, slug, source.doc.data, source)
        ctx = RecordContext(record, dept, self.corpus.district, self.config, self.corpus.departments)
        for finding in record_findings(ctx):
            self.report(source, kind, finding)
        _normalise(record.data)
        _slim(source.doc)
        self.corpus.records.append(record)

    def unexpected(self, path: Path) -> None:
        self.file_problem(
            self.display(path),
            "不应出现在这里（请检查文件夹名，如 licenses、penalties）",
            "unexpected here (check folder names such as licenses and penalties)",
            "unexpected_file",
        )

    def cross_checks(self) -> None:
        records = self.corpus.records
        for check in (document_number_duplicate, identity_duplicate):
            for record, finding in check(records):
                self.report(record.source, record.kind, finding)
        with_penalties = {r.dept for r in records if r.kind == "penalty"}
        for dept in self.corpus.departments.values():
            for finding in remedy_required(dept, dept.slug in with_penalties):
                self.report(dept.source, "department", finding)
        district = self.corpus.district
        if district:
            for finding in coordinator_unknown(district.data.get("coordinator"), self.corpus.departments):
                self.report(district.source, "district", finding)


PARALLEL_THRESHOLD = 2000
MAX_WORKERS = 8
_SHARED: _Walker | None = None  # the parent's walker, inherited by forked workers


def _check_chunk(jobs: list[Job]) -> list[JobResult]:
    """Worker: check some record files against the catalogs the parent loaded."""
    assert _SHARED is not None
    walker = _Walker(_SHARED.root, _SHARED.config)
    walker.corpus.departments = _SHARED.corpus.departments
    walker.corpus.district = _SHARED.corpus.district
    return [walker.check_job(job) for job in jobs]


CROSS_FILE_KEYS = {(), ("document_number",)}


def _slim(doc: Document | None) -> None:
    """Keep only the positions cross-file rules still report at: a 100k-record tree must fit in memory."""
    if doc is not None:
        doc.values = {k: v for k, v in doc.values.items() if k in CROSS_FILE_KEYS}
        doc.keys = {k: v for k, v in doc.keys.items() if k in CROSS_FILE_KEYS}
        doc.plain = {}
        doc.text = ""


def _normalise(data: dict[str, Any]) -> None:
    """Upper-case codes as the spec says (USCC letters may be typed in lower case)."""
    for holder, key in ((data, "authority_uscc"), (data, "source_unit_uscc")):
        if isinstance(holder.get(key), str):
            holder[key] = holder[key].upper()
    party = data.get("party")
    if isinstance(party, dict):
        for key in ("uscc", "org_code"):
            if isinstance(party.get(key), str):
                party[key] = party[key].upper()


def load_corpus(
    root: Path, config: Config, progress: ProgressFn | None = None, cache_dir: Path | None = None
) -> Corpus:
    """Load and check a whole content tree; ``progress(done, total)`` is called as record files are checked.

    With ``cache_dir``, record files whose bytes (and everything their rules read) are unchanged since the last
    run with that cache are not checked again: their stored results are used.
    """
    cache = CheckCache(cache_dir, root, config) if cache_dir is not None else None
    return _Walker(root, config, progress, cache).walk()


@dataclass
class DepartmentTree:
    """One department of a tree, loaded and checked, with its record files listed but not read."""

    district: District | None
    department: Department | None
    record_files: list[tuple[str, Path]]  # (kind, path)
    problems: list[Problem]


def load_department(root: Path, slug: str, config: Config) -> DepartmentTree:
    """Load the district and ``departments/<slug>`` (department.yaml and catalog.yaml) without its records."""
    walker = _Walker(root, config)
    if (root / "district.yaml").is_file():
        source = walker.load(root / "district.yaml", "district")
        if source is not None:
            walker.corpus.district = District(source.doc.data, source)
    folder = root / "departments" / slug
    if folder.is_dir():
        walker.department(folder)
    files = [(kind, path) for dept, kind, _, path in walker.jobs if dept == slug]
    corpus = walker.corpus
    return DepartmentTree(corpus.district, corpus.departments.get(slug), files, corpus.problems)


def find_content_root(paths: Iterable[Path]) -> Path | None:
    """The content root above the given paths: the nearest folder holding district.yaml."""
    for path in paths:
        for candidate in (path, *path.parents) if path.is_dir() else path.parents:
            if (candidate / "district.yaml").exists() or (candidate / "departments").is_dir():
                return candidate
    return None


__all__ = ["Corpus", "Document", "load_corpus", "find_content_root", "default_dir"]
