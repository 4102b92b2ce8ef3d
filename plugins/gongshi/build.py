"""``gongshi build``: check the content, build the site beside the output folder, then swap it into place."""

from __future__ import annotations

import argparse
import errno
import gc
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import checkcache, uptodate
from .config import Config, parse_as_of
from .problems import ERROR, WARNING, ContentError, Problem
from .site.options import BuildStats, SiteOptions

if TYPE_CHECKING:
    from .corpus import Corpus

# The checker, the site and Pelican are imported once a build really starts: a build with nothing to do stops
# before that, and its time is mostly imports.


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi build``."""
    parser.add_argument(
        "content", nargs="?", type=Path, default=Path("content"), help="内容文件夹（默认 content/）"
    )
    parser.add_argument(
        "--settings", "-s", type=Path, default=Path("pelicanconf.py"), help="Pelican 设置文件 — settings file"
    )
    parser.add_argument(
        "--output", "-o", type=Path, default=Path("output"), help="输出文件夹 — output folder"
    )
    parser.add_argument(
        "--department", metavar="DEPT", help="只构建一个部门的专栏 — build one department alone"
    )
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="按此日期判断时间规则（默认今天）— as-of date")
    checkcache.add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Build; exit 0 (built), 1 (content errors or a failed build), 2 (usage)."""
    started = time.perf_counter()
    content, output = args.content.resolve(), args.output.resolve()
    if not (content / "district.yaml").exists() and not (content / "departments").is_dir():
        print(
            f"错误：{args.content} 不是内容文件夹（缺少 district.yaml）— error: not a content folder",
            file=sys.stderr,
        )
        return 2
    if args.settings and not args.settings.is_file():
        print(f"错误：找不到设置文件 {args.settings} — error: settings file not found", file=sys.stderr)
        return 2
    from . import pelican_adapter  # Pelican is needed to read the settings

    overrides = {"PATH": str(content), "OUTPUT_PATH": str(output)}
    settings = pelican_adapter.load_settings(args.settings.resolve(), overrides)
    try:
        config = Config.from_settings(settings, args.as_of and parse_as_of(args.as_of))
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    cache_dir = checkcache.chosen_dir(args, content)
    inputs = None
    if cache_dir is not None:
        options = SiteOptions.from_settings(settings)
        read = (uptodate.plain(settings), repr(config), repr(options), args.department, str(output))
        inputs = uptodate.Inputs(content, options.theme, read)
        messages = uptodate.up_to_date(cache_dir, output, inputs)
        if messages is not None:
            for line in messages:
                print(line, file=sys.stderr)
            print(
                f"gongshi: 已构建 {args.output}：内容未变，写入 0 个文件（{time.perf_counter() - started:.1f} 秒）"
                "— up to date, nothing changed",
                file=sys.stderr,
            )
            return 0
        inputs.content()  # the bytes as this build finds them, before it reads them
    from .corpus import load_corpus
    from .site import swap

    corpus = load_corpus(args.content, config, cache_dir=cache_dir)
    gc.freeze()  # the corpus lives until the end: the collector need not walk it again
    loaded = time.perf_counter()
    if not _report(corpus.problems):
        return 1
    if args.department and args.department not in corpus.departments:
        print(f"错误：没有部门 {args.department} — error: no department {args.department}", file=sys.stderr)
        return 2
    try:
        tmp = swap.staging(output)
    except OSError as exc:
        print(
            f"错误：无法准备输出文件夹，原输出未改动：{_why(exc)} — error: cannot prepare the output",
            file=sys.stderr,
        )
        return 1
    try:
        stats = _build(args, settings, corpus, config, tmp, output, cache_dir)
    except ContentError as exc:
        swap.discard(tmp)
        _report(exc.problems)
        return 1
    except BaseException as exc:
        swap.discard(tmp)
        if isinstance(exc, KeyboardInterrupt):
            raise
        print(
            f"错误：构建失败，原输出未改动：{_why(exc)} — error: build failed, previous output kept",
            file=sys.stderr,
        )
        return 1
    swap.swap(tmp, output, wait=False)
    if cache_dir is not None and inputs is not None:
        warnings = [f"gongshi: {p.format()}" for p in corpus.problems if p.severity == WARNING]
        uptodate.remember(cache_dir, output, inputs, warnings)
    done = time.perf_counter()
    print(
        f"gongshi: 已构建 {args.output}：公示 {stats.public} 条，撤回说明 {stats.withdrawn} 条，页面 {stats.pages} 个，"
        f"写入 {stats.written} 个文件，未变 {stats.unchanged} 个（检查 {loaded - started:.1f} 秒，生成 {done - loaded:.1f} 秒）"
        f"— built {args.output}",
        file=sys.stderr,
    )
    return 0


_OS_ERRORS = {
    errno.ENOSPC: "输出位置磁盘已满 — the output disk is full",
    errno.EDQUOT: "超出磁盘配额 — disk quota exceeded",
    errno.EROFS: "输出位置是只读的 — the output location is read-only",
    errno.EACCES: "没有写入输出位置的权限 — no permission to write the output",
    errno.EPERM: "没有写入输出位置的权限 — no permission to write the output",
}


def _why(exc: BaseException) -> str:
    """A clerk-readable reason for a failed build (disk full, read-only, permissions) with the path."""
    if isinstance(exc, OSError) and exc.errno in _OS_ERRORS:
        where = f"（{exc.filename}）" if exc.filename else ""
        return _OS_ERRORS[exc.errno] + where
    return str(exc)


def _report(problems: list[Problem]) -> bool:
    """Print warnings (prefixed ``gongshi:``) and errors in the validator's own words; False when any error."""
    errors = [p for p in problems if p.severity == ERROR]
    for problem in problems:
        if problem.severity == WARNING:
            print(f"gongshi: {problem.format()}", file=sys.stderr)
    for problem in errors:
        print(problem.format(), file=sys.stderr)
    if errors:
        print(
            f"构建中止：{len(errors)} 个错误，未写入任何文件 — build stopped: {len(errors)} errors",
            file=sys.stderr,
        )
    return not errors


def _build(
    args: argparse.Namespace,
    settings: dict,
    corpus: Corpus,
    config: Config,
    tmp: Path,
    output: Path,
    cache_dir: Path | None = None,
) -> BuildStats:
    """Build into ``tmp``, linking unchanged files from ``output``."""
    from .manifest import write_manifest
    from .site.generator import Site
    from .site.memo import memo_path

    previous = output if output.is_dir() else None
    if args.department:
        site = Site(corpus, config, SiteOptions.from_settings(settings))
        stats = site.write_department(args.department, tmp, previous)
        write_manifest(corpus, config, tmp, args.department)
        return stats
    from . import pelican_adapter

    settings = {
        **settings,
        "OUTPUT_PATH": str(tmp),
        pelican_adapter.CORPUS_SETTING: corpus,
        pelican_adapter.CONFIG_SETTING: config,
        pelican_adapter.PREVIOUS_SETTING: str(previous) if previous else "",
        pelican_adapter.MEMO_SETTING: str(memo_path(cache_dir, output)) if cache_dir else "",
    }
    return pelican_adapter.run(settings)
