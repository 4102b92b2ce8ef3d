"""The browser search bench at 200 records: a real build, real Pagefind and headless Chromium (about 30 s)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import search_browser
from tests.conftest import need_tool
from tests.site.browser import CHROMIUM

pytestmark = pytest.mark.browser


def test_bench_at_200_records(tmp_path: Path) -> None:
    """One test, so that pytest-xdist does not run the minute-long measurement once per worker."""
    need_tool(CHROMIUM)
    measured = search_browser.measure_size(200, tmp_path / "browser-200", per_kind=2, seed=4, timeout_s=30)
    every_query_is_measured_on_both_engines(measured)
    gongshi_finds_identifiers_first(measured)
    pagefind_ran_over_the_same_pages_in_chinese(measured)
    gongshi_index_is_timed_after_the_records_are_loaded(measured)
    json_and_docs_block(measured, tmp_path)


def every_query_is_measured_on_both_engines(measured: dict) -> None:
    for engine in search_browser.ENGINES:
        rows = measured["engines"][engine]["queries"]
        assert sorted({r["kind"] for r in rows}) == sorted(search_browser.KINDS)
        assert len(rows) == 2 * len(search_browser.KINDS)
        for row in rows:
            assert not row["timeout"] and not row["error"], row
            assert row["files"] > 0 and row["bytes"] > 0 and row["page_bytes"] > 0, row
            assert 0 < row["html_ms"] <= row["ms"] <= row["done_ms"], row


def gongshi_finds_identifiers_first(measured: dict) -> None:
    for row in measured["engines"]["gongshi"]["queries"]:
        if row["kind"] in ("uscc", "docno", "docno_variant"):
            assert row["rank"] == 1, (row["query"], row["url"], row["urls"][:3])
        assert row["top_relevant"], (row["query"], row["urls"][:3])


def pagefind_ran_over_the_same_pages_in_chinese(measured: dict) -> None:
    index = measured["engines"]["pagefind"]["index"]
    assert index["languages"] == ["zh-cn"]
    assert index["pages"] > measured["public_records"]  # record pages and the lists
    assert index["seconds"] > 0 and index["peak_mb"] > 0
    uscc = [r for r in measured["engines"]["pagefind"]["queries"] if r["kind"] == "uscc"]
    assert all(1 <= r["rank"] <= 10 for r in uscc), [(r["query"], r["urls"][:3]) for r in uscc]
    # Pagefind's own files are sent as they are (already gzip); its wasm alone is over 50 KB
    assert all(r["bytes"] > 50_000 for r in measured["engines"]["pagefind"]["queries"])


def gongshi_index_is_timed_after_the_records_are_loaded(measured: dict) -> None:
    index = measured["engines"]["gongshi"]["index"]
    assert index["docs"] == measured["public_records"]
    assert 0 < index["seconds"] <= index["all_s"] <= index["process_s"]
    assert index["peak_mb"] >= index["records_loaded_mb"] > 0
    assert index["bundle_files"] > 0


def json_and_docs_block(measured: dict, tmp_path: Path) -> None:
    assert measured["revision"]
    data = json.loads(json.dumps({"machine": "test", "sizes": [measured]}))
    summary = data["sizes"][0]["engines"]["gongshi"]["summary"]
    assert set(summary) == {*search_browser.KINDS, "all"}
    for key in ("median_kb", "p95_kb", "median_ms", "p95_ms", "at1", "at10", "top_relevant", "timeouts"):
        assert key in summary["all"]
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\n## Other\n\nkept\n", encoding="utf-8")
    text = search_browser.report([measured], "test machine")
    search_browser.write_docs(text, doc)
    search_browser.write_docs(text, doc)  # a second run replaces the block, it does not add one
    body = doc.read_text(encoding="utf-8")
    assert body.startswith("# Performance\n\n## Other\n\nkept\n")
    assert body.count("## Search in the browser (issue 4)") == 1
    assert body.count(search_browser.START) == 1 and body.count("| 200 | pagefind |") == 1
