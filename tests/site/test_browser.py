"""The site in headless Chromium: axe-core finds nothing, hostile strings never run, nothing leaves the host."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from .browser import AXE, chromium, chromium_missing, in_ci, serve
from .conftest import Built
from .tree import HOSTILE_STRINGS

pytestmark = pytest.mark.browser

AXE_PAGES = [
    "index.html",  # the district column
    "scjg/index.html",  # a department column
    "scjg/licenses/2025/long-term.html",  # a licence page
    "scjg/penalties/2025/cf-0001.html",  # a penalty page
    "scjg/penalties/2025/withdrawn.html",
    "scjg/penalties/2025/page-2.html",
    "penalties/2025/index.html",
    "departments.html",
    "scjg/catalog.html",
    "search.html",
    "pages/about.html",
]
HOSTILE_PAGES = [
    "index.html",
    "departments.html",
    "evil/index.html",
    "evil/catalog.html",
    "evil/licenses/2025/x-1.html",
    "evil/penalties/2025/x-1.html",
    "evil/penalties/2025/x-2.html",
    "evil/penalties/2025/index.html",
    "penalties/2025/index.html",
]
TRAP = """
window.__fired = [];
for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
  window[name] = (...args) => { window.__fired.push([name, String(args[0])]); };
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = chromium_missing()
    if missing:
        if in_ci():
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def base(site: Built) -> Iterator[str]:
    with serve(site.output) as url:
        yield url


def _watch(page: Any, base: str) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"dialogs": [], "errors": [], "foreign": [], "console": []}
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}"))

    def route(r: Any) -> None:
        if r.request.url.startswith(base) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            seen["foreign"].append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return seen


@pytest.mark.parametrize("rel", AXE_PAGES)
def test_axe_finds_no_violation(browser: Any, base: str, rel: str) -> None:
    context = browser.new_context(bypass_csp=True)  # only so the test can inject axe itself
    page = context.new_page()
    seen = _watch(page, base)
    page.goto(base + rel, wait_until="load")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
    context.close()
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)
    assert seen["foreign"] == []


@pytest.mark.parametrize("rel", HOSTILE_PAGES)
@pytest.mark.parametrize("csp", [True, False], ids=["csp", "no-csp"])
def test_hostile_strings_render_as_text_and_never_run(browser: Any, base: str, rel: str, csp: bool) -> None:
    context = browser.new_context(bypass_csp=not csp)
    context.add_init_script(TRAP)
    page = context.new_page()
    seen = _watch(page, base)
    page.goto(base + rel, wait_until="load")
    page.mouse.move(10, 10)
    for link in page.locator("main a").all()[:6]:
        link.hover()
    fired = page.evaluate("window.__fired")
    body = page.inner_text("body")
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on'))"
        ".map(a => e.tagName + ' ' + a.name))"
    )
    bad_links = page.evaluate("[...document.links].map(a => a.href).filter(h => !/^https?:/.test(h))")
    inline = page.evaluate("document.querySelectorAll('script:not([src]), style, [style]').length")
    context.close()
    assert fired == [] and seen["dialogs"] == [] and seen["errors"] == []
    assert handlers == [] and bad_links == [] and inline == 0
    assert seen["foreign"] == []
    for hostile in HOSTILE_STRINGS:
        assert hostile in body, hostile


@pytest.mark.parametrize("rel", AXE_PAGES[:4])
def test_pages_load_cleanly_under_the_csp(browser: Any, base: str, rel: str) -> None:
    page = browser.new_page()
    seen = _watch(page, base)
    page.goto(base + rel, wait_until="load")
    stylesheet_applied = page.evaluate("getComputedStyle(document.body).fontFamily.includes('PingFang SC')")
    page.close()
    assert seen["console"] == [] and seen["errors"] == [] and seen["foreign"] == []
    assert stylesheet_applied


@pytest.mark.parametrize("rel", AXE_PAGES[:4])
def test_phone_width_needs_no_sideways_scroll(browser: Any, base: str, rel: str) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + rel, wait_until="load")
    width = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert width <= 390


def test_usable_without_javascript(browser: Any, base: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "index.html")
    page.click("nav.tabs >> text=行政处罚")
    assert page.url.endswith("#penalties")
    page.click("#penalties a[href$='penalties/2025/index.html']")
    assert "2025年行政处罚" in page.inner_text("h1")
    page.locator("main table a").first.click()
    assert "行政处罚决定书文号" in page.inner_text("main")
    page.goto(base + "search.html")
    assert page.locator("noscript").count() == 1
    page.fill("#site-q" if page.locator("#site-q").count() else "#q", "某某")
    context.close()


@pytest.mark.parametrize(
    ("rel", "query", "target"),
    [
        ("search.html", "上市监罚〔2025〕1号", "scjg/penalties/2025/cf-0001.html"),
        ("scjg/search.html", "91410106MA4567890Y", "scjg/licenses/2025/jy-0001.html"),
    ],
)
def test_search_pages_find_records_in_their_own_index(
    browser: Any, base: str, rel: str, query: str, target: str
) -> None:
    page = browser.new_page()
    seen = _watch(page, base)
    page.goto(base + rel + "?q=" + query)
    page.wait_for_selector("#search-results li a", timeout=15000)
    hrefs = page.eval_on_selector_all("#search-results a", "els => els.map(a => a.href)")
    page.close()
    assert base + target in hrefs
    assert seen["errors"] == [] and seen["foreign"] == []
