"""Search in headless Chromium, gongshi beside Pagefind: bytes a query fetches, time to first result, recall.

    .venv/bin/python -m bench.search_browser --sizes 1000 20000 100000 [--docs]

For each size, under bench/trees/browser-<N>/: a ``gongshi demo`` tree and its build (made when missing; a
build whose inputs are unchanged stops at once), the gongshi search indexes written again in a child process
(timed, peak RSS from /usr/bin/time -v), and Pagefind 1.5.2 (extended) run over the same built pages (timed
the same way). Queries are chosen, seeded, from the built site's own records (data/*.json): 4-character name
fragments, full USCCs, USCC prefixes, 文号 as written and typed otherwise, words of 项目名称/案件名称 and phrases
of 违法事实. Each query runs once per engine in a fresh browser context (cold cache) against a local server.
Results print as tables and go to bench/results/search_browser.json; --docs writes them into
docs/performance.md between the search-browser markers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.measure import run

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / "trees"
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "performance.md"
AS_OF = "2026-11-26"
GONGSHI = [sys.executable, "-m", "gongshi.cli"]
KINDS = ("name4", "uscc", "uscc_prefix", "docno", "docno_variant", "title", "phrase")
ENGINES = ("gongshi", "pagefind")
SEARCH_PATHS = ("/search/", "/static/js/search/", "/pagefind/")  # what a query fetches besides the page
HAN = re.compile(r"[\u4e00-\u9fff]+")
DOCNO = re.compile(r"(.+)〔(\d{4})〕(\d+)号")
USCC = re.compile(r"[0-9A-Z]{18}")
START, END = "<!-- search-browser:start -->", "<!-- search-browser:end -->"

# Installed into every gongshi search page before its own scripts: notes when the first result item is in the
# list and when the status line says the search is over, then the result links and the count.
GONGSHI_PROBE = r"""
(() => {
  const bench = {};
  const over = /^(共找到|没有找到|搜索暂时)/;
  const look = () => {
    if (bench.first === undefined && document.querySelector('#search-results li')) bench.first = performance.now();
    const status = document.getElementById('search-status');
    if (bench.done !== undefined || !status || !over.test(status.textContent)) return;
    bench.done = performance.now();
    if (bench.first === undefined) bench.first = bench.done;
    const count = /共找到 (?:至少 )?(\d+) 条/.exec(status.textContent);
    bench.total = count ? Number(count[1]) : 0;
    bench.error = status.textContent.startsWith('搜索暂时');
    bench.urls = Array.from(document.querySelectorAll('#search-results li a'), a => new URL(a.href).pathname);
    bench.html = performance.getEntriesByType('navigation')[0].responseEnd;
    window.__bench = bench;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
})();
"""

# The Pagefind page: the same lang attribute as gongshi's pages; Pagefind's own JS API; the first result is
# rendered as soon as its fragment is in, then the next nine.
PAGEFIND_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Pagefind</title><link rel="icon" href="data:,"></head>
<body><p id="status"></p><ol id="results"></ol><script type="module" src="bench-pagefind.js"></script></body>
</html>
"""
PAGEFIND_JS = """const q = new URLSearchParams(location.search).get('q') || '';
const list = document.getElementById('results');
const item = (data) => {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title;
  li.appendChild(a);
  list.appendChild(li);
};
const bench = { urls: [] };
try {
  const pagefind = await import('./pagefind/pagefind.js');
  const found = await pagefind.search(q);
  const results = found ? found.results : [];
  bench.total = results.length;
  if (results.length) {
    const first = await results[0].data();
    item(first);
    bench.first = performance.now();
    const rest = await Promise.all(results.slice(1, 10).map((r) => r.data()));
    rest.forEach(item);
    bench.urls = [first, ...rest].map((d) => new URL(d.url, location.href).pathname);
  }
  bench.error = false;
} catch (err) {
  bench.error = String(err);
  bench.total = 0;
}
bench.done = performance.now();
if (bench.first === undefined) bench.first = bench.done;
bench.html = performance.getEntriesByType('navigation')[0].responseEnd;
document.getElementById('status').textContent = bench.total + ' results';
window.__bench = bench;
"""

SECTION = f"""
## Search in the browser (issue 4)

What a reader's browser pays for one search, measured in headless Chromium on localhost, gongshi's own search
(`search.html?q=…`, the district index) beside Pagefind 1.5.2 (extended, PyPI `pagefind-bin-extended`) run over
the same built pages in the same run. Reproduce:

```sh
make bench-search BENCH_SIZES='1000 20000 100000'
.venv/bin/python -m bench.search_browser --sizes 1000 20000 100000 --docs   # rewrites the block below
```

How it is measured (`bench/search_browser.py`):

* Trees from `gongshi demo --records N`, built with `gongshi build --as-of {AS_OF}` under
  `bench/trees/browser-N/`. Pagefind indexes every HTML page of that build (record pages, year lists, column
  pages). Pagefind lower-cases the `lang` attribute on both sides (`zh-CN` → `zh-cn`), so the pages are used as
  built and Pagefind segments Chinese queries with `Intl.Segmenter`; its search page has `<html lang="zh-CN">`
  like ours, calls `pagefind.search(q)`, renders the first result when its fragment is in, then loads the next
  nine.
* Queries come from the built site's own public records (`data/*.json`), seeded, 10 per kind:
  `name4` a 4-character run of a company name, `uscc` a USCC that only one record has, `uscc_prefix` its first
  12 characters, `docno` a 文号 as written, `docno_variant` typed with `[]`, `（）`, `【】`, spaces (with or
  without the brackets) or `第0123号`, `title` 4–6 characters of 项目名称/案件名称 (without the party's name),
  `phrase` 4–6 characters of 违法事实.
  Name, title and phrase runs are the rarest of up to 24 random runs of the record (no `某`), as a reader types
  the distinctive part of a name.
* Each query in a fresh browser context (cold cache), served by Python's `http.server` from disk. **Bytes** are
  every response the query fetched apart from the page itself (HTML, CSS, icon; for Pagefind the bench page and
  its 0.6 KB script): gongshi's search scripts and index files; Pagefind's `pagefind.js`, worker, wasm,
  `pf_meta`, index chunks and fragments. Each file counts as gzip level 6, or as it is when already gzip
  (Pagefind's data files).
  **Time to first result** runs from navigation start of the search page to the first result item in the list
  (or to the "no match" status), read with `performance.now()`; it includes loading the page and the scripts.
* `@1` / `@10`: the query's source record is the first result / among the first ten. `top relevant`: the first
  result is a record that contains the query (any record with the same 文号, USCC or text). Pagefind also returns
  list pages, which are never relevant.
* Index build: gongshi writes the district index and the 12 department indexes again in a child process that
  first loads the checked records (its RSS before writing is given); Pagefind's whole run. Seconds are wall
  time; peak MB is `/usr/bin/time -v`'s largest process.

{START}
{END}
"""


@dataclass(frozen=True)
class Rec:
    """What the queries and the relevance check need of one public record."""

    url: str
    kind: str
    name: str
    uscc: str
    docno: str
    title: str
    text: str
    haystack: str


def records(site: Path) -> list[Rec]:
    """The public records of a built site, from its district exports."""
    out = []
    for kind in ("licenses", "penalties"):
        for row in json.loads((site / "data" / f"{kind}.json").read_text(encoding="utf-8")):
            party = row.get("party") or {}
            name, uscc, docno = party.get("name", ""), party.get("uscc") or "", row.get("document_number", "")
            if kind == "penalties":
                title, text = row.get("case_name", ""), row.get("violation_facts", "")
            else:
                title, text = row.get("item_name") or row.get("document_title", ""), row.get("content", "")
            fields = (name, uscc, docno, title, text, row.get("certificate_number") or "")
            out.append(Rec(row["url"], kind, name, uscc, docno, title, text, "\x00".join(fields)))
    return out


def _runs(text: str, sizes: Iterable[int]) -> list[str]:
    """Every run of Han characters of the given lengths in ``text``, none with 某 (the demo's masking)."""
    found = []
    for match in HAN.finditer(text):
        run_text = match.group()
        for size in sizes:
            found += [run_text[i : i + size] for i in range(len(run_text) - size + 1)]
    return [r for r in found if "某" not in r]


def _rarest(rng: random.Random, text: str, sizes: Iterable[int], corpus: str) -> str | None:
    """The run of ``text`` found least often in ``corpus``, among up to 24 chosen at random."""
    runs = _runs(text, sizes)
    if not runs:
        return None
    picked = rng.sample(runs, min(24, len(runs)))
    return min(picked, key=corpus.count)


def _typed(docno: str, turn: int) -> str | None:
    """A 文号 as a reader may type it: [], （）, 【】, spaces (with or without the brackets), or 第 with a
    zero-padded number."""
    match = DOCNO.fullmatch(docno)
    if not match:
        return None
    head, year, seq = match.groups()
    return (
        f"{head}[{year}]{seq}号",
        f"{head}（{year}）{seq}号",
        f"{head}【{year}】{seq}号",
        f"{head} 〔{year}〕 {seq} 号",
        f"{head} {year} {seq} 号",
        f"{head}〔{year}〕第{int(seq):04d}号",
    )[turn % 6]


def choose_queries(recs: list[Rec], per_kind: int, seed: int) -> list[dict]:
    """``per_kind`` queries of each kind, each with its source record and the records that contain it."""
    rng = random.Random(seed)
    firms = [r for r in recs if USCC.fullmatch(r.uscc)]
    owners: dict[str, int] = {}
    for r in firms:
        owners[r.uscc] = owners.get(r.uscc, 0) + 1
    penalties = [r for r in recs if r.kind == "penalties" and r.text]
    names = "\n".join(r.name for r in recs)
    titles = "\n".join(r.title for r in recs)
    texts = "\n".join(r.text for r in recs)

    def title_words(r: Rec) -> str | None:
        return _rarest(rng, r.title.replace(r.name, " "), (4, 5, 6), titles)

    makers = {
        "name4": (firms, lambda r: _rarest(rng, r.name, (4,), names)),
        "uscc": ([r for r in firms if owners[r.uscc] == 1], lambda r: r.uscc),
        "uscc_prefix": (firms, lambda r: r.uscc[:12]),
        "docno": (recs, lambda r: r.docno),
        "docno_variant": (recs, None),
        "title": (recs, title_words),
        "phrase": (penalties, lambda r: _rarest(rng, r.text, (4, 5, 6), texts)),
    }
    out = []
    for kind, (pool, make) in makers.items():
        chosen: list[dict] = []
        for r in rng.sample(pool, len(pool)):
            if len(chosen) == per_kind:
                break
            query = _typed(r.docno, len(chosen)) if make is None else make(r)
            if query:
                target = r.docno if kind == "docno_variant" else query
                relevant = sorted(x.url for x in recs if target in x.haystack)
                chosen.append({"kind": kind, "query": query, "url": r.url, "relevant": relevant})
        out += chosen
    return out


def _rss_mb() -> float:
    """This process's resident set now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def index_child(tree: Path, out: Path, stats: Path) -> None:
    """Child: load the checked records as a build does, then write the district and department indexes."""
    from gongshi.checkcache import default_dir
    from gongshi.config import from_command
    from gongshi.corpus import load_corpus
    from gongshi.site.columns import Column
    from gongshi.site.generator import Site, column_entries
    from gongshi.site.searchdocs import write_search_index

    config = from_command(ROOT / "pelicanconf.py", AS_OF)
    site = Site(load_corpus(tree, config, cache_dir=default_dir(tree)), config)
    district = Column.of(e for slug in sorted(site.public) for e in site.public[slug])
    loaded = _rss_mb()
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    done = write_search_index(column_entries(district), out / "search", district=True)
    district_s = time.perf_counter() - started
    for slug in sorted(site.public):
        write_search_index(
            column_entries(Column.of(site.public[slug])), out / slug / "search", district=False
        )
    result = {
        "district_s": district_s,
        "all_s": time.perf_counter() - started,
        "records_loaded_mb": loaded,
        "docs": done.docs,
        "files": done.files,
    }
    stats.write_text(json.dumps(result), encoding="utf-8")


def _gzip_bytes(folder: Path) -> int:
    return sum(len(gzip.compress(p.read_bytes(), 6, mtime=0)) for p in folder.rglob("*") if p.is_file())


def prepare(n: int, work: Path) -> tuple[Path, Path]:
    """The demo tree and its build (each made when missing or out of date)."""
    tree, site = work / "tree", work / "site"
    if not (tree / "district.yaml").exists():
        shutil.rmtree(tree, ignore_errors=True)
        _gongshi("demo", "--records", str(n), "--out", str(tree))
    _gongshi(
        "build",
        str(tree),
        "--settings",
        str(ROOT / "pelicanconf.py"),
        "--output",
        str(site),
        f"--as-of={AS_OF}",
    )
    return tree, site


def _gongshi(*args: str) -> None:
    done = subprocess.run([*GONGSHI, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise RuntimeError(f"gongshi {args[0]} failed ({done.returncode}):\n{done.stderr[-3000:]}")


def index_gongshi(tree: Path, work: Path) -> dict:
    """Write gongshi's indexes again, timed: seconds, peak RSS, size of the district index."""
    out, stats = work / "gongshi-index", work / "gongshi-index.json"
    measured = run(
        "gongshi index",
        [sys.executable, "-m", "bench.search_browser", "--index-child", str(tree), str(out)],
        ROOT,
    )
    result = json.loads(stats.read_text(encoding="utf-8"))
    district = out / "search"
    return {
        **result,
        "seconds": result["district_s"],
        "process_s": measured.seconds,
        "peak_mb": measured.peak_mb,
        "bundle_files": sum(1 for p in district.rglob("*") if p.is_file()),
        "bundle_mb": _gzip_bytes(district) / 1e6,
    }


def index_pagefind(site: Path, www: Path) -> dict:
    """Run Pagefind over the built pages into www/pagefind/: seconds, peak RSS, what it wrote."""
    from pagefind_bin_extended import get_executable

    bundle = www / "pagefind"
    shutil.rmtree(bundle, ignore_errors=True)
    measured = run(
        "pagefind",
        [str(get_executable()), "--site", str(site), "--output-path", str(bundle), "--quiet"],
        ROOT,
    )
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {
        "seconds": measured.seconds,
        "peak_mb": measured.peak_mb,
        "pages": sum(lang["page_count"] for lang in entry["languages"].values()),
        "languages": sorted(entry["languages"]),
        "bundle_files": len(files),
        "bundle_mb": sum(p.stat().st_size for p in files) / 1e6,
    }


def lay_out(site: Path, www: Path) -> None:
    """www/: the built site (linked, read only), the Pagefind page and its script."""
    www.mkdir(parents=True, exist_ok=True)
    for child in www.iterdir():
        if child.is_symlink():
            child.unlink()
    for child in site.iterdir():
        (www / child.name).symlink_to(Path("..") / site.name / child.name)
    (www / "bench-pagefind.html").write_text(PAGEFIND_HTML, encoding="utf-8")
    (www / "bench-pagefind.js").write_text(PAGEFIND_JS, encoding="utf-8")


class Sizes:
    """Bytes of the files a query fetched: gzip level 6 of each, or as is when already gzip."""

    def __init__(self, www: Path):
        self.www = www
        self.known: dict[str, int] = {}

    def of(self, url: str) -> int:
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        if path not in self.known:
            file = self.www / path.lstrip("/")
            if path.endswith("/"):
                file = file / "index.html"
            data = file.read_bytes() if file.is_file() else b""
            self.known[path] = len(data) if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6, mtime=0))
        return self.known[path]


def _finished(page: object, timeout_s: float) -> dict:
    """What the page noted once its search is over (polled: the pages' CSP forbids wait_for_function)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = page.evaluate("window.__bench")
        if found:
            return found
        page.wait_for_timeout(20)
    raise TimeoutError(f"no result within {timeout_s:g} s")


def run_query(browser: object, base: str, engine: str, query: str, sizes: Sizes, timeout_s: float) -> dict:
    """One query in a fresh context: time to first result, results, and the bytes fetched."""
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    pending: set[object] = set()
    page.on("request", lambda request: pending.add(request))
    page.on("requestfailed", lambda request: pending.discard(request))
    page.on("requestfinished", lambda request: (pending.discard(request), fetched.append(request.url)))
    quoted = urllib.parse.quote(query)
    if engine == "gongshi":
        page.add_init_script(GONGSHI_PROBE)
        url = f"{base}search.html?q={quoted}"
    else:
        url = f"{base}bench-pagefind.html?q={quoted}"
    try:
        page.goto(url, wait_until="commit")
        found = _finished(page, timeout_s)
        while pending:  # every request the page made is counted, including any it did not wait for
            page.wait_for_timeout(10)
    except Exception as exc:  # a query that does not finish is reported with what it fetched
        found = {
            "first": timeout_s * 1000,
            "done": timeout_s * 1000,
            "total": 0,
            "urls": [],
            "error": str(exc),
        }
        found["timeout"] = True
    context.close()
    search = [u for u in fetched if urllib.parse.urlsplit(u).path.startswith(SEARCH_PATHS)]
    return {
        "ms": found["first"],
        "done_ms": found["done"],
        "html_ms": found.get("html", 0.0),
        "total": found["total"],
        "urls": [u.lstrip("/") for u in found["urls"][:10]],
        "error": found.get("error") or False,
        "timeout": bool(found.get("timeout")),
        "files": len(search),
        "bytes": sum(sizes.of(u) for u in search),
        "page_bytes": sum(sizes.of(u) for u in fetched if u not in search),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summarize(rows: list[dict]) -> dict:
    """Median / p95 KB and ms, recall and relevance of the first result, per kind and overall."""
    out = {}
    for kind in (*KINDS, "all"):
        sel = [r for r in rows if kind in ("all", r["kind"])]
        if not sel:
            continue
        kb = [r["bytes"] / 1024 for r in sel]
        ms = [r["ms"] for r in sel]
        out[kind] = {
            "queries": len(sel),
            "median_kb": statistics.median(kb),
            "p95_kb": _p95(kb),
            "median_ms": statistics.median(ms),
            "p95_ms": _p95(ms),
            "median_after_html_ms": statistics.median(r["ms"] - r["html_ms"] for r in sel),
            "at1": sum(r["rank"] == 1 for r in sel),
            "at10": sum(1 <= r["rank"] <= 10 for r in sel),
            "top_relevant": sum(r["top_relevant"] for r in sel),
            "median_hits": statistics.median(r["total"] for r in sel),
            "median_relevant": statistics.median(r["relevant"] for r in sel),
            "timeouts": sum(r["timeout"] for r in sel),
            "errors": sum(bool(r["error"]) for r in sel),
        }
    return out


def measure_size(n: int, work: Path, per_kind: int, seed: int, timeout_s: float) -> dict:
    """Everything for one size: prepare, index both ways, run every query on both engines."""
    from tests.site.browser import chromium, serve

    load_start = os.getloadavg()
    tree, site = prepare(n, work)
    www = work / "www"
    lay_out(site, www)
    index = {"gongshi": index_gongshi(tree, work), "pagefind": index_pagefind(site, www)}
    recs = records(site)
    queries = choose_queries(recs, per_kind, seed)
    sizes = Sizes(www)
    rows: dict[str, list[dict]] = {engine: [] for engine in ENGINES}
    with serve(www) as base, chromium() as live:
        for q in queries:
            for engine in ENGINES:
                got = run_query(live, base, engine, q["query"], sizes, timeout_s)
                urls = got["urls"]
                got.update(
                    kind=q["kind"],
                    query=q["query"],
                    url=q["url"],
                    relevant=len(q["relevant"]),
                    rank=urls.index(q["url"]) + 1 if q["url"] in urls else 0,
                    top_relevant=bool(urls) and urls[0] in set(q["relevant"]),
                )
                rows[engine].append(got)
        version = live.version
    return {
        "records": n,
        "revision": revision(),
        "timeout_s": timeout_s,
        "public_records": len(recs),
        "chromium": version,
        "load_start": load_start,
        "load_end": os.getloadavg(),
        "engines": {
            engine: {"index": index[engine], "summary": summarize(rows[engine]), "queries": rows[engine]}
            for engine in ENGINES
        },
    }


def tables(results: list[dict]) -> str:
    """The Markdown tables: one line per size and engine, then medians per kind."""
    lines = [
        "| records | engine | index build s | index peak MB | median KB | p95 KB | median ms to first result "
        "| p95 ms | median ms after the page's HTML | over the time limit | @1 | @10 | top relevant | load (1 min) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for res in results:
        for engine in ENGINES:
            e, s = res["engines"][engine], res["engines"][engine]["summary"]["all"]
            q = s["queries"]
            lines.append(
                f"| {res['records']:,} | {engine} | {e['index']['seconds']:.1f} | {e['index']['peak_mb']:.0f} "
                f"| {s['median_kb']:.1f} | {s['p95_kb']:.1f} | {s['median_ms']:.0f} | {s['p95_ms']:.0f} "
                f"| {s['median_after_html_ms']:.0f} | {s['timeouts']} "
                f"| {s['at1']}/{q} | {s['at10']}/{q} | {s['top_relevant']}/{q} "
                f"| {res['load_start'][0]:.1f} → {res['load_end'][0]:.1f} |"
            )
    lines += [
        "",
        "Per kind, medians (gongshi / Pagefind); `@1`, `@10` and `top relevant` out of the kind's queries; "
        "`hits` is the median result count, `contain` the median number of records that contain the query:",
        "",
        "| records | kind | KB | ms to first result | @1 | @10 | top relevant | hits | contain |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for res in results:
        for kind in KINDS:
            g = res["engines"]["gongshi"]["summary"].get(kind)
            p = res["engines"]["pagefind"]["summary"].get(kind)
            if not g or not p:
                continue
            lines.append(
                f"| {res['records']:,} | {kind} | {g['median_kb']:.1f} / {p['median_kb']:.1f} "
                f"| {g['median_ms']:.0f} / {p['median_ms']:.0f} | {g['at1']} / {p['at1']} "
                f"| {g['at10']} / {p['at10']} | {g['top_relevant']} / {p['top_relevant']} "
                f"| {g['median_hits']:g} / {p['median_hits']:g} | {g['median_relevant']:g} |"
            )
    lines += [
        "",
        "| records | engine | index files | index MB (gzip for gongshi, as written for Pagefind) | notes |",
        "|---:|---|---:|---:|---|",
    ]
    for res in results:
        g, p = res["engines"]["gongshi"]["index"], res["engines"]["pagefind"]["index"]
        lines.append(
            f"| {res['records']:,} | gongshi | {g['bundle_files']:,} | {g['bundle_mb']:.1f} | district index "
            f"{g['district_s']:.1f} s, all 13 indexes {g['all_s']:.1f} s; records loaded before writing: "
            f"{g['records_loaded_mb']:.0f} MB |"
        )
        lines.append(
            f"| {res['records']:,} | Pagefind | {p['bundle_files']:,} | {p['bundle_mb']:.1f} | {p['pages']:,} pages, "
            f"language {', '.join(p['languages'])} |"
        )
    return "\n".join(lines)


def targets(res: dict) -> str:
    """Issue 4's targets against gongshi's figures at the largest size measured."""
    s, ix = res["engines"]["gongshi"]["summary"]["all"], res["engines"]["gongshi"]["index"]
    rows = [
        ("median bytes per query", "≤ 50 KB gzip", f"{s['median_kb']:.1f} KB", s["median_kb"] <= 50),
        ("p95 bytes per query", "≤ 250 KB gzip", f"{s['p95_kb']:.1f} KB", s["p95_kb"] <= 250),
        ("median time to first results", "≤ 300 ms", f"{s['median_ms']:.0f} ms", s["median_ms"] <= 300),
        ("index build (district)", "≤ 30 s", f"{ix['seconds']:.1f} s", ix["seconds"] <= 30),
        ("index build peak memory", "≤ 1 GB", f"{ix['peak_mb']:.0f} MB", ix["peak_mb"] <= 1024),
    ]
    lines = [
        f"Issue 4's targets, gongshi at {res['records']:,} records:",
        "",
        "| target | wanted | measured | met |",
        "|---|---|---:|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {'yes' if ok else 'no'} |" for a, b, c, ok in rows]
    return "\n".join(lines)


def revision() -> str:
    """The commit measured, with ``+changes`` when the work tree differs from it."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, cwd=ROOT
    )
    return head.stdout.strip() + (" +changes" if dirty.stdout.strip() else "")


def report(results: list[dict], machine: str) -> str:
    """The block for docs/performance.md."""
    return (
        f"Machine: {machine}; Chromium {results[0]['chromium']}; gongshi at {results[0].get('revision', '?')}\n\n"
        f"{tables(results)}\n\n{targets(results[-1])}\n"
    )


def write_docs(text: str, doc: Path = DOC) -> None:
    """Replace the block between the markers; add the section at the end when it is missing."""
    body = doc.read_text(encoding="utf-8")
    if START not in body:
        body = body.rstrip("\n") + "\n" + SECTION
    start, end = body.index(START) + len(START), body.index(END)
    doc.write_text(body[:start] + "\n" + text + body[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the measurement (or, with --index-child, the timed index writer)."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.search_browser", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000])
    parser.add_argument("--per-kind", type=int, default=10, help="queries of each kind (default 10)")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds one query may take")
    parser.add_argument("--work", type=Path, default=WORK)
    parser.add_argument("--json", type=Path, default=RESULTS / "search_browser.json")
    parser.add_argument("--docs", action="store_true", help="write the tables into docs/performance.md")
    parser.add_argument("--from-json", action="store_true", help="measure nothing: report the --json file")
    parser.add_argument("--index-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.index_child:
        tree, out = args.index_child
        index_child(tree, out, out.parent / f"{out.name}.json")
        return 0
    from bench.__main__ import machine

    if args.from_json:
        saved = json.loads(args.json.read_text(encoding="utf-8"))
        text = report(saved["sizes"], saved["machine"])
        print(text)
        if args.docs:
            write_docs(text)
        return 0
    results = []
    args.json.parent.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:  # the JSON is written after each size, so a later failure keeps what was measured
        results.append(measure_size(n, args.work / f"browser-{n}", args.per_kind, args.seed, args.timeout))
        print(tables(results[-1:]), flush=True)
        args.json.write_text(
            json.dumps({"machine": machine(), "sizes": results}, ensure_ascii=False, indent=1)
        )
    text = report(results, machine())
    print(text)
    if args.docs:
        write_docs(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
