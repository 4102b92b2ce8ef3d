"""``python -m bench --sizes 1000 20000 100000 [--docs]``: measure gongshi against Hugo on demo trees."""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from bench.hugo_site import write_hugo_site
from bench.measure import Measure, run, tree_size

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "trees"
RESULTS = ROOT / "bench" / "results"
AS_OF = "2026-11-26"
GONGSHI = [sys.executable, "-m", "gongshi.cli"]


def machine() -> str:
    """One line describing this machine."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    mem = (
        int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        // 1024**2
    )
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False).stdout.split(" ")[
        :2
    ]
    return f"{cpu}, {shutil.os.cpu_count()} cores, {mem} GiB; Python {platform.python_version()}; {' '.join(hugo)}"


def add_record(tree: Path) -> Path:
    """A new record: a copy of one penalty under a fresh slug and 文号."""
    source = sorted((tree / "departments").glob("*/penalties/*/*.yaml"))[0]
    text = source.read_text(encoding="utf-8")
    number = next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("document_number:")
    )
    target = source.with_name("bench-added.yaml")
    target.write_text(text.replace(number, '"上市监罚〔2026〕99999号"'), encoding="utf-8")
    return target


def edit_record(tree: Path) -> None:
    """Change the text of one licence."""
    path = sorted((tree / "departments").glob("*/licenses/*/*.yaml"))[-1]
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("content:", "content: （已更正）", 1)
        if "content: " in text
        else text + "remarks: 已更正\n",
        encoding="utf-8",
    )


def bench_size(n: int) -> dict:
    """All measurements for one tree size."""
    tree, out, hugo_src = WORK / f"tree-{n}", WORK / f"out-{n}", WORK / f"hugo-{n}"
    if not tree.exists():
        subprocess.run(
            [*GONGSHI, "demo", "--records", str(n), "--out", str(tree)], check=True, capture_output=True
        )
    for leftover in tree.rglob("bench-added.yaml"):
        leftover.unlink()
    shutil.rmtree(out, ignore_errors=True)
    cache = WORK / f"cache-{n}"  # check results and render memo; emptied before each cold run
    shutil.rmtree(cache, ignore_errors=True)
    build = [
        *GONGSHI,
        "build",
        str(tree),
        "--output",
        str(out),
        f"--as-of={AS_OF}",
        "--settings",
        str(ROOT / "pelicanconf.py"),
        "--cache",
        str(cache),
    ]
    validate = [*GONGSHI, "validate", str(tree), f"--as-of={AS_OF}", "--cache", str(cache)]
    rows: list[Measure] = [run("validate", validate, ROOT)]
    shutil.rmtree(cache, ignore_errors=True)
    rows.append(run("cold build", build, ROOT))
    files, size = tree_size(out)
    rows.append(run("rebuild, no change", build, ROOT))
    added = add_record(tree)
    rows.append(run("rebuild, one record added", build, ROOT))
    edit_record(tree)
    rows.append(run("rebuild, one record edited", build, ROOT))
    added.unlink()
    shutil.rmtree(hugo_src, ignore_errors=True)
    pages = write_hugo_site(tree, hugo_src)
    rows.append(
        run(
            "Hugo cold build",
            ["hugo", "--quiet", "--source", str(hugo_src), "--destination", str(hugo_src / "public")],
            ROOT,
        )
    )
    hugo_files, _ = tree_size(hugo_src / "public")
    return {
        "records": n,
        "runs": [r.as_dict() for r in rows],
        "output_files": files,
        "output_bytes": size,
        "hugo_pages": pages,
        "hugo_files": hugo_files,
    }


def table(results: list[dict]) -> str:
    """The Markdown table of all sizes."""
    lines = ["| records | run | seconds | peak MB |", "|---:|---|---:|---:|"]
    for res in results:
        for r in res["runs"]:
            lines.append(f"| {res['records']:,} | {r['label']} | {r['seconds']:.2f} | {r['peak_mb']:.0f} |")
        lines.append(
            f"| {res['records']:,} | output | {res['output_files']:,} files | {res['output_bytes'] / 1e6:.0f} MB |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table; with --docs also rewrite docs/performance.md's results block."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000])
    parser.add_argument("--docs", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    results = [bench_size(n) for n in args.sizes]
    text = f"Machine: {machine()}\n\n{table(results)}\n"
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (RESULTS / "latest.md").write_text(text, encoding="utf-8")
    print(text)
    if args.docs:
        doc = ROOT / "docs" / "performance.md"
        body = (
            doc.read_text(encoding="utf-8") if doc.exists() else "<!-- bench:start -->\n<!-- bench:end -->\n"
        )
        start, end = body.index("<!-- bench:start -->"), body.index("<!-- bench:end -->")
        doc.write_text(
            body[: start + len("<!-- bench:start -->")] + "\n" + text + body[end:], encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
