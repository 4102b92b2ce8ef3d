"""Benchmark the search index build: time, peak memory, bytes written, and bytes a query fetches.

    .venv/bin/python bench/search_build.py                 # 1k, 20k and 100k synthetic records
    .venv/bin/python bench/search_build.py --sizes 5000 --queries 0 --workers 1

For each size a child process generates the records (seeded, tests/search/synth.py) and then times
write_index alone; this process samples the summed PSS of the child and its workers every 100 ms. Then it
gzips every file (level 6, as a static host would serve them) and, unless --queries 0, runs 10 queries of
each kind through the browser client in node, counting the bytes a cold page fetches. Results print as a
table and go to bench/results/search_build.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "search"))
sys.path.insert(0, str(REPO / "plugins"))

KINDS = ("name4", "name4_trade", "uscc", "uscc_prefix", "docno", "phrase")
OLD_PREFIX = ".old-"


def _remove_old(trees: Path) -> None:
    """Delete the trees of earlier runs, set aside by measure(). Only after all sizes are measured: right
    after tens of thousands of files are deleted, creating files on this machine's ext4 volume is several
    times slower (8,000 files: 0.45 s before, 2.3–4.3 s after deleting 16,000), which a build would pay."""
    for old in trees.glob(f"{OLD_PREFIX}*"):
        shutil.rmtree(old, ignore_errors=True)


def _tree_pss_kb(pid: int) -> int:
    """Summed PSS of a process and its descendants (Linux /proc; PSS splits the pages that forked workers
    share with their parent, so the sum is the memory really used)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def _alnum(text: str, i: int) -> bool:
    """True when position i falls inside a run of ASCII letters or digits."""
    return 0 < i < len(text) and text[i - 1 : i + 1].isascii() and text[i - 1 : i + 1].isalnum()


def _queries(docs: list, per_kind: int, seed: int) -> list[dict]:
    """Queries whose source record is known: name fragments, identifiers, 文号 variants, text phrases."""
    rng = random.Random(seed)
    firms = [d for d in docs if d.uscc]
    out = []
    for d in rng.sample(
        firms, per_kind
    ):  # as search-notes: 4 characters near the end, often generic (传媒有限)
        out.append({"kind": "name4", "query": d.name[-8:-4], "url": d.url})
    for d in rng.sample(
        firms, per_kind
    ):  # the trade name and what follows (凯佳传媒 of 新郑凯佳传媒有限责任公司)
        out.append({"kind": "name4_trade", "query": d.name[2:6], "url": d.url})
    for d in rng.sample(firms, per_kind):
        out.append({"kind": "uscc", "query": d.uscc, "url": d.url})
    for d in rng.sample(firms, per_kind):
        out.append({"kind": "uscc_prefix", "query": d.uscc[:10], "url": d.url})
    for i, d in enumerate(rng.sample(docs, per_kind)):
        variant = [
            d.docno,
            d.docno.replace("〔", "[").replace("〕", "]"),
            d.docno.replace("〔", "（").replace("〕", "）"),
        ]
        out.append({"kind": "docno", "query": variant[i % 3], "url": d.url})
    for d in rng.sample(
        docs, per_kind if any(d.text for d in docs) else 0
    ):  # 8 characters that cut no number
        starts = [i for i in range(len(d.text) - 8) if not (_alnum(d.text, i) or _alnum(d.text, i + 8))]
        start = rng.choice(starts)
        out.append({"kind": "phrase", "query": d.text[start : start + 8], "url": d.url})
    return out


def run_one(
    n: int, out: Path, workers: int | None, queries: int, no_text: bool = False, rebuild: bool = False
) -> None:
    """Child: generate, build (timed), write queries; print stats as JSON."""
    import resource

    from synth import synth_docs

    from gongshi.search.index import write_index

    docs = list(synth_docs(n, seed=1))
    if no_text:
        from dataclasses import replace

        docs = [replace(d, text="") for d in docs]
    print("READY", flush=True)
    wall, cpu = time.perf_counter(), time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats = write_index(docs, out, workers=workers)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    kids_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += (kids_after.ru_utime + kids_after.ru_stime) - (kids.ru_utime + kids.ru_stime)
    if queries:
        (out.parent / f"{out.name}-queries.json").write_text(
            json.dumps(_queries(docs, queries, seed=n), ensure_ascii=False), encoding="utf-8"
        )
    extra = {}
    if rebuild:  # the same records again, then one record renamed: what an incremental site build pays
        from dataclasses import replace

        started = time.perf_counter()
        same = write_index(docs, out, workers=workers)
        extra.update(rebuild_s=time.perf_counter() - started, rebuild_written=same.written)
        docs[n // 2] = replace(docs[n // 2], name=docs[n // 2].name + "分店")
        started = time.perf_counter()
        one = write_index(docs, out, workers=workers)
        extra.update(
            change_s=time.perf_counter() - started, change_written=one.written, change_removed=one.removed
        )
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, **stats.__dict__, **extra}), flush=True)


def measure(
    n: int, trees: Path, workers: int | None, queries: int, no_text: bool = False, rebuild: bool = False
) -> dict:
    """Parent: run the child, sample memory, then size the output and run the queries."""
    out = trees / f"search-{n}{'-notext' if no_text else ''}"
    if out.exists():  # a fresh build (over an identical tree it would write nothing); see _remove_old
        out.rename(trees / f"{OLD_PREFIX}{out.name}-{time.time_ns()}")
    cmd = [sys.executable, __file__, "--one", str(n), "--out", str(out), "--queries", str(queries)]
    if no_text:
        cmd.append("--no-text")
    if rebuild:
        cmd.append("--rebuild")
    if workers:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    base_kb = _tree_pss_kb(proc.pid)
    peak = [base_kb]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_pss_kb(proc.pid))
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    line = proc.stdout.readline()
    done.set()
    thread.join()
    proc.wait()
    result = {"n": n, **json.loads(line), "peak_rss_mb": peak[0] / 1024, "input_rss_mb": base_kb / 1024}
    raw = gz = files = 0
    for path in out.rglob("*.json"):
        data = path.read_bytes()
        raw, gz, files = raw + len(data), gz + len(gzip.compress(data, 6, mtime=0)), files + 1
    result.update(raw_mb=raw / 1e6, gzip_mb=gz / 1e6, files_on_disk=files, load=os.getloadavg()[0])
    if queries:
        qfile = trees / f"search-{n}-queries.json"
        res_file = trees / f"search-{n}-results.json"
        subprocess.run(
            ["node", str(REPO / "tests/search/query_bytes.js"), str(out), str(qfile), str(res_file)],
            check=True,
        )
        result["queries"] = summarize(json.loads(res_file.read_text(encoding="utf-8")))
    return result


def summarize(rows: list[dict]) -> dict:
    """Median / p95 gzip KB, median ms and recall per query kind and overall."""

    def pct(values: list[float], q: float) -> float:
        values = sorted(values)
        return values[min(len(values) - 1, round(q * (len(values) - 1)))]

    out = {}
    for kind in (*KINDS, "all"):
        sel = [r for r in rows if kind in ("all", r["kind"])]
        out[kind] = {
            "median_kb": statistics.median(r["gzip"] for r in sel) / 1024,
            "p95_kb": pct([r["gzip"] for r in sel], 0.95) / 1024,
            "median_files": statistics.median(r["files"] for r in sel),
            "median_ms": statistics.median(r["ms"] for r in sel),
            "found": sum(1 for r in sel if r["rank"] > 0),
            "first": sum(1 for r in sel if r["rank"] == 1),
            "count": len(sel),
        }
    return out


def measure_lunr(n: int, trees: Path) -> dict:
    """Build the per department-year lunr indexes for n records; time, sizes, and the largest scope."""
    from synth import synth_docs

    from gongshi.search.lunr_scope import write_scope_indexes

    docs = list(synth_docs(n, seed=1))
    out = trees / f"lunr-{n}"
    started = time.perf_counter()
    stats = write_scope_indexes(docs, out)
    wall = time.perf_counter() - started
    sizes = []
    for st in stats:
        data = (out / st.dept / f"{st.year}.json").read_bytes()
        sizes.append((len(data), len(gzip.compress(data, 6, mtime=0)), st.docs))
    sizes.sort()
    mid = sizes[len(sizes) // 2]
    return {
        "n": n,
        "scopes": len(stats),
        "wall_s": wall,
        "raw_mb": sum(s[0] for s in sizes) / 1e6,
        "gzip_mb": sum(s[1] for s in sizes) / 1e6,
        "median_scope": {"docs": mid[2], "raw_kb": mid[0] / 1024, "gzip_kb": mid[1] / 1024},
        "largest_scope": {
            "docs": sizes[-1][2],
            "raw_kb": sizes[-1][0] / 1024,
            "gzip_kb": sizes[-1][1] / 1024,
        },
    }


def print_table(results: list[dict]) -> None:
    """Markdown tables of the build and of the query bytes."""
    print(
        "| N | build s (wall) | CPU s | peak PSS MB (all processes) | files | raw MB | gzip MB | buckets | tokens | load |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['n']:,} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {r['peak_rss_mb']:.0f} | {r['files']:,} | "
            f"{r['raw_mb']:.1f} | {r['gzip_mb']:.1f} | {r['buckets']:,} | {r['tokens']:,} | {r['load']:.1f} |"
        )
    if not any("queries" in r for r in results):
        return
    print()
    print(
        "| N | kind | median KB gzip | p95 KB gzip | median files | median ms (node) | found / first / queries |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        for kind, q in r.get("queries", {}).items():
            print(
                f"| {r['n']:,} | {kind} | {q['median_kb']:.1f} | {q['p95_kb']:.1f} | {q['median_files']:.0f} | "
                f"{q['median_ms']:.1f} | {q['found']} / {q['first']} / {q['count']} |"
            )


def main() -> None:
    """Parse arguments and run the benchmark (or, with --one, the child)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 20000, 100000])
    ap.add_argument("--trees", type=Path, default=REPO / "bench" / "trees")
    ap.add_argument("--workers", type=int, default=None, help="1 or 2 (default: write_index decides)")
    ap.add_argument("--queries", type=int, default=10, help="queries per kind (0: skip the node run)")
    ap.add_argument(
        "--lunr", type=int, nargs="*", default=[], help="also time lunr scope indexes at these sizes"
    )
    ap.add_argument("--rebuild", action="store_true", help="also time an unchanged and a one-record rebuild")
    ap.add_argument("--no-text", action="store_true", help="index names, titles and identifiers only")
    ap.add_argument("--json", type=Path, default=REPO / "bench" / "results" / "search_build.json")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        run_one(args.one, args.out, args.workers, args.queries, args.no_text, args.rebuild)
        return
    args.trees.mkdir(parents=True, exist_ok=True)
    results = [
        measure(n, args.trees, args.workers, args.queries, args.no_text, args.rebuild) for n in args.sizes
    ]
    lunr = [measure_lunr(n, args.trees) for n in args.lunr]
    _remove_old(args.trees)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"shards": results, "lunr": lunr}, indent=1), encoding="utf-8")
    print_table(results)
    for r in lunr:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
