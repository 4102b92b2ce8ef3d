"""``gongshi validate``: check content and report every problem, one a line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import checkcache
from .config import from_command
from .corpus import find_content_root, load_corpus
from .history import HistoryError, removed_records
from .problems import ERROR, WARNING, Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi validate``."""
    parser.add_argument("paths", nargs="*", type=Path, help="内容文件夹或其中的文件（默认 content/）")
    parser.add_argument("--strict", action="store_true", help="有警告也失败 — fail on warnings too")
    parser.add_argument(
        "--format", choices=("text", "github", "json"), default="text", help="输出格式 — output format"
    )
    parser.add_argument(
        "--base", metavar="REV", help="拒绝在 REV 上已公示却被删除或改名的记录 — guard published records"
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期判断时间规则（默认今天）— as-of date")
    parser.add_argument(
        "--settings", type=Path, default=Path("pelicanconf.py"), help="读取 GONGSHI_* 设置的文件"
    )
    checkcache.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Validate; exit 0 (no error), 1 (errors, or warnings with --strict), 2 (usage)."""
    paths: list[Path] = args.paths or [Path("content")]
    for path in paths:
        if not path.exists():
            print(f"错误：找不到 {path} — error: {path} does not exist", file=sys.stderr)
            return 2
    root = find_content_root(p.resolve() for p in paths)
    if root is None:
        print(
            "错误：找不到内容文件夹（含 district.yaml）— error: no content root (district.yaml) found",
            file=sys.stderr,
        )
        return 2
    root = _as_given(root, paths)
    try:
        config = from_command(args.settings, args.as_of)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    corpus = load_corpus(root, config, cache_dir=checkcache.chosen_dir(args, root))
    problems = corpus.problems
    if args.base:
        try:
            problems = sorted(problems + removed_records(root, args.base))
        except HistoryError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 2
    problems = _only(problems, paths, root)
    print(render(problems, args.format, corpus.files_checked))
    errors = sum(p.severity == ERROR for p in problems)
    warnings = sum(p.severity == WARNING for p in problems)
    return 1 if errors or (args.strict and warnings) else 0


def _as_given(root: Path, paths: list[Path]) -> Path:
    """Express the root the way the user wrote the paths (relative stays relative)."""
    for path in paths:
        given = path if path.is_dir() else path.parent
        for candidate in (given, *given.parents):
            if candidate.resolve() == root:
                return candidate
    return root


def _only(problems: list[Problem], paths: list[Path], root: Path) -> list[Problem]:
    """Keep the problems of the files (or folders) the user named."""
    if any(p.resolve() == root.resolve() for p in paths):
        return problems
    wanted = [p.resolve() for p in paths]
    return [p for p in problems if any(Path(p.path).resolve().is_relative_to(w) for w in wanted)]


def render(problems: list[Problem], fmt: str, files: int) -> str:
    """The report in one of the output formats."""
    errors = sum(p.severity == ERROR for p in problems)
    warnings = len(problems) - errors
    if fmt == "json":
        return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2)
    lines = [_github(p) if fmt == "github" else p.format() for p in problems]
    lines.append(
        f"检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告 — checked {files} files: {errors} errors, {warnings} warnings"
    )
    return "\n".join(lines)


def _github(p: Problem) -> str:
    level = "error" if p.severity == ERROR else "warning"
    title = f"{p.title}（{p.key}）" if p.key else p.title
    message = f"{p.zh} — {p.en}".replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    prop = lambda s: s.replace("%", "%25").replace(",", "%2C").replace(":", "%3A").replace("\n", "%0A")  # noqa: E731
    return f"::{level} file={prop(p.path)},line={p.line},col={p.col},title={prop(title)}::{message}"
