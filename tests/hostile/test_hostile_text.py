"""A corpus of hostile strings in every text field: escaped everywhere, never run, never a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from tests.conftest import FIXTURE_AS_OF, VALID_TREE, build_site, need_tool
from tests.site.browser import CHROMIUM, chromium, serve

PAYLOADS = [
    line
    for line in (Path(__file__).with_name("payloads.txt")).read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("# ")
]
TRAP = """
window.__fired = [];
for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
  window[name] = (...args) => { window.__fired.push([name, String(args[0])]); };
}
"""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def hostile_record(n: int, payload: str) -> dict[str, Any]:
    """A valid penalty whose every text field carries the payload."""
    marked = f"恶意{n}号{payload}"
    return {
        "item": "CF-SCJG-001",
        "case_name": f"测试案{marked}",
        "document_number": f"上市监罚〔2025〕{1000 + n}号{payload}",
        "party": {
            "name": f"郑州某某{marked}有限公司",
            "category": "法人及非法人组织",
            "uscc": "91410106MA4567890Y",
            "legal_rep": f"张某{payload}",
        },
        "violation_type": f"违法{marked}",
        "violation_facts": f"事实一{marked}\n\n事实二{payload}",
        "legal_basis": f"依据{payload}",
        "penalty_types": ["罚款"],
        "penalty_content": f"罚款{payload}",
        "fine_yuan": 100 + n,
        "decision_date": "2025-05-06",
        "authority": f"郑州市某某机关{payload}",
        "source_unit": f"郑州市某某单位{payload}",
        "remedy": f"救济{payload}",
        "remarks": f"备注{payload}",
        "corrections": [{"date": "2025-05-07", "note": f"更正{payload}"}],
        "published_on": "2025-05-08",
    }


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hostile")
    content = work / "content"
    shutil.copytree(VALID_TREE, content)
    folder = content / "departments/scjg/penalties/2025"
    for n, payload in enumerate(PAYLOADS):
        text = yaml.safe_dump(hostile_record(n, payload), allow_unicode=True, sort_keys=False)
        (folder / f"hostile-{n:02d}.yaml").write_text(text, encoding="utf-8")
    out = work / "site"
    build_site(content, out, f"--as-of={FIXTURE_AS_OF}")
    return out


def test_the_corpus_is_large_enough() -> None:
    assert len(PAYLOADS) >= 50


def pages_to_open(site: Path) -> list[str]:
    records = sorted(p.relative_to(site).as_posix() for p in site.glob("scjg/penalties/2025/hostile-*.html"))
    assert len(records) == len(PAYLOADS)
    lists = ["index.html", "scjg/index.html", "penalties/2025/index.html", "scjg/penalties/2025/index.html"]
    lists += [p.relative_to(site).as_posix() for p in site.glob("penalties/2025/page-*.html")]
    searches = [
        f"search.html?q={urllib.parse.quote('恶意')}",
        f"scjg/search.html?q={urllib.parse.quote('测试案')}",
    ]
    searches += [f"search.html?q={urllib.parse.quote(f'恶意{n}号')}" for n in range(0, len(PAYLOADS), 7)]
    return records + lists + searches


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_tool(CHROMIUM)
    with chromium() as b:
        yield b


@pytest.mark.parametrize("csp", [True, False], ids=["csp", "escaping-alone"])
def test_nothing_runs_on_any_page(hostile_site: Path, browser: Any, csp: bool) -> None:
    with serve(hostile_site) as base:
        context = browser.new_context(bypass_csp=not csp)
        context.add_init_script(TRAP)
        foreign: list[str] = []
        context.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith((base, "data:"))
                else (foreign.append(r.request.url), r.abort())
            ),
        )
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for rel in pages_to_open(hostile_site):
            page.goto(base + rel, wait_until="load")
            if "search.html" in rel:
                page.wait_for_selector("#search-results li a", timeout=15000)
            page.mouse.move(5, 5)
            for link in page.locator("main a").all()[:5]:
                link.hover()
            state = page.evaluate(
                "({fired: window.__fired, pwned: window.__pwned || null, "
                "handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)), "
                "links: [...document.links].map(a => a.href).filter(h => !/^https?:/.test(h)), "
                "meta: document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content || ''})"
            )
            assert state["fired"] == [] and state["pwned"] is None, (rel, state)
            assert state["handlers"] == [] and state["links"] == [], (rel, state)
            assert "script-src 'self'" in state["meta"], rel
        context.close()
    assert dialogs == [] and foreign == []


def test_record_pages_show_the_payload_as_text(hostile_site: Path, browser: Any) -> None:
    with serve(hostile_site) as base:
        page = browser.new_page()
        for n, payload in enumerate(PAYLOADS[:20]):
            page.goto(f"{base}scjg/penalties/2025/hostile-{n:02d}.html", wait_until="load")
            assert " ".join(payload.split()) in " ".join(page.inner_text("main").split()), payload
        page.close()


def test_exported_cells_cannot_start_a_formula(hostile_site: Path) -> None:
    for folder in (hostile_site / "data", hostile_site / "scjg/data"):
        text = (folder / "penalties.csv").read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > len(PAYLOADS)
        for row in rows:
            for cell in row:
                assert not cell.startswith(FORMULA_START), cell
        book = openpyxl.load_workbook(folder / "penalties.xlsx")
        cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
        assert cells
        for cell in cells:
            assert cell.data_type != "f", cell.value
            assert not (isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)), cell.value
