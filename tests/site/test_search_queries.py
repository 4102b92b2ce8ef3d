"""Issue 4 in a real browser on the demo: each kind of query finds the right record first, in its own scope."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gongshi import lifecycle
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.model import Record
from tests.conftest import DEMO_AS_OF, ROOT, need_tool
from tests.site.browser import CHROMIUM, chromium, serve

CONFIG = Config(as_of=date.fromisoformat(DEMO_AS_OF))


def public_records() -> list[Record]:
    corpus = load_corpus(ROOT / "content", CONFIG)
    return [r for r in corpus.records if lifecycle.state(r.kind, r.data, CONFIG) == lifecycle.PUBLIC]


def unique_fragment(target: Record, others: list[Record], field: str, size: int) -> str:
    """A run of ``size`` Han characters of the target's field found in no other public record."""
    text = target.party["name"] if field == "name" else str(target.data[field])
    haystack = "\n".join(
        f"{r.party.get('name', '')} {r.title} {r.data.get('violation_facts', '')} {r.data.get('content', '')}"
        for r in others
        if r is not target
    )
    for start in range(len(text) - size + 1):
        piece = text[start : start + size]
        if re.fullmatch(r"[\u4e00-\u9fff]+", piece) and piece not in haystack:
            return piece
    pytest.skip(f"no unique {size}-character fragment in {target.identity}")


def has_unique_fragment(target: Record, others: list[Record], field: str, size: int) -> bool:
    try:
        unique_fragment(target, others, field, size)
    except pytest.skip.Exception:
        return False
    return True


def docno_variants(number: str) -> list[str]:
    match = re.fullmatch(r"(.+)〔(\d{4})〕(\d+)号", number)
    assert match, number
    head, year, seq = match.groups()
    return [
        number,
        f"{head}[{year}]{seq}号",
        f"{head}（{year}）{seq}号",
        f"{head}【{year}】{seq}号",
        f"{head} [{year}] {seq} 号",
        f"{head}〔{year}〕第{int(seq):04d}号",
        f"{head} {year} {int(seq):04d} 号",  # no brackets at all: the year set off by spaces
        f"{head}{year} 第{seq}号",
    ]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_tool(CHROMIUM)
    with chromium() as b:
        yield b


def first_results(browser: Any, base: str, page_rel: str, query: str) -> list[str]:
    page = browser.new_page()
    page.goto(f"{base}{page_rel}?q={urllib.parse.quote(query)}", wait_until="load")
    page.wait_for_selector("#search-results li a", timeout=15000)
    hrefs = page.eval_on_selector_all("#search-results li a", "els => els.map(a => a.getAttribute('href'))")
    page.close()
    return hrefs


def test_every_kind_of_query_finds_its_record_first(browser: Any, demo_site: Path) -> None:
    records = public_records()
    penalty = next(
        r
        for r in records
        if r.kind == "penalty"
        and "〔" in r.data["document_number"]
        and has_unique_fragment(r, records, "name", 4)
        and has_unique_fragment(r, records, "case_name", 6)
        and has_unique_fragment(r, records, "violation_facts", 8)
    )
    licence = next(r for r in records if r.dept == "zjj" and r.kind == "license" and r.party.get("uscc"))
    queries: list[tuple[Record, str]] = [
        (penalty, q) for q in docno_variants(penalty.data["document_number"])
    ]
    queries += [
        (licence, licence.party["uscc"]),
        (penalty, unique_fragment(penalty, records, "name", 4)),
        (penalty, unique_fragment(penalty, records, "case_name", 6)),
        (penalty, unique_fragment(penalty, records, "violation_facts", 8)),
    ]
    with serve(demo_site) as base:
        for record, query in queries:
            district = first_results(browser, base, "search.html", query)
            assert district and district[0].endswith(record.url), (query, district[:3])
            own = first_results(browser, base, f"{record.dept}/search.html", query)
            assert own and own[0].endswith(f"{record.folder}/{record.year}/{record.slug}.html"), (
                query,
                own[:3],
            )
        prefix = licence.party["uscc"][:10]
        hits = first_results(browser, base, "search.html", prefix)
        assert hits and all(h.endswith(".html") for h in hits)


def test_department_search_stays_in_its_department(browser: Any, demo_site: Path) -> None:
    with serve(demo_site) as base:
        for query in ("有限公司", "许可", "食品"):
            hrefs = first_results(browser, base, "scjg/search.html", query)
            assert hrefs
            page = browser.new_page()
            for href in hrefs:
                target = urllib.parse.urljoin(f"{base}scjg/search.html", href)
                assert target.startswith(f"{base}scjg/"), (query, href)
            page.goto(urllib.parse.urljoin(f"{base}scjg/search.html", hrefs[0]), wait_until="load")
            assert "郑州市上街区市场监督管理局" in page.inner_text("body")
            page.close()


def test_a_result_link_opens_the_record(browser: Any, demo_site: Path) -> None:
    record = next(r for r in public_records() if r.kind == "penalty")
    with serve(demo_site) as base:
        page = browser.new_page()
        page.goto(
            f"{base}search.html?q={urllib.parse.quote(record.data['document_number'])}", wait_until="load"
        )
        page.click("#search-results li a")
        page.wait_for_load_state("load")
        assert page.url == base + record.url
        assert record.data["document_number"] in page.inner_text("main")
        page.close()
