"""Every page as markup: escaping of hostile record strings, the CSP, no inline code, no other host."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import Built
from .tree import HOSTILE_STRINGS

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "data")
EXTERNAL_LINKS_ALLOWED = ("a",)  # people may follow links to other hosts; pages never load anything from them


class Page(HTMLParser):
    """Tags, attributes and text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def html_pages(site: Built) -> list[Path]:
    return sorted(site.output.rglob("*.html"))


def test_every_page_has_the_csp_and_the_language(site: Built) -> None:
    for path in html_pages(site):
        page = parse(path)
        assert ("html", {"lang": "zh-CN"}) in page.tags, path
        metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        assert [m["content"] for m in metas] == [CSP], path


def test_no_inline_code_no_handlers_no_script_links(site: Built) -> None:
    for path in html_pages(site):
        for tag, attrs in parse(path).tags:
            assert tag != "style", path
            if tag == "script":
                assert attrs.get("src"), f"{path}: inline script"
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{path}: <{tag} {name}>"
                assert name != "style", f"{path}: style attribute on <{tag}>"
                if name in URL_ATTRIBUTES and value:
                    scheme = re.match(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):", value)
                    assert not scheme or scheme.group(1).lower() in ("http", "https"), (
                        f"{path}: {name}={value}"
                    )
                    if tag not in EXTERNAL_LINKS_ALLOWED:
                        assert not scheme and not value.startswith("//"), f"{path}: <{tag} {name}={value}>"


HOSTILE_PAGES = [
    "evil/index.html",
    "evil/catalog.html",
    "evil/licenses/2025/x-1.html",
    "evil/penalties/2025/x-1.html",
    "evil/penalties/2025/x-2.html",
    "evil/licenses/2025/index.html",
    "departments.html",
    "index.html",
    "search.html",
]


@pytest.mark.parametrize("rel", HOSTILE_PAGES)
def test_hostile_strings_are_text(site: Built, rel: str) -> None:
    page = parse(site.output / rel)
    text = "".join(page.text)
    for hostile in HOSTILE_STRINGS:
        assert hostile in text, f"{rel}: {hostile!r} is not shown as text"
    assert "49" not in re.sub(r"[0-9]{3,}", "", text)  # {{ 7*7 }} was never evaluated
    raw = (site.output / rel).read_text(encoding="utf-8")
    assert "<script>alert" not in raw and 'onerror=alert(1) x="' not in raw


def test_hostile_fields_all_reach_the_record_pages(site: Built) -> None:
    text = "".join(parse(site.output / "evil/penalties/2025/x-1.html").text)
    for label in (
        "案件",
        "类型",
        "事实",
        "第二行",
        "第二段",
        "处罚依据",
        "内容",
        "证照",
        "机关",
        "来源",
        "渠道",
        "备注",
        "更正",
    ):
        assert f"{label}{HOSTILE_STRINGS[0]}" in text, label
    text = "".join(parse(site.output / "evil/licenses/2025/x-1.html").text)
    for label in (
        "文书",
        "类别",
        "证书",
        "编号",
        "内容",
        "第二段",
        "机关",
        "来源",
        "状态",
        "依据",
        "备注",
        "更正",
    ):
        assert f"{label}{HOSTILE_STRINGS[0]}" in text, label


def test_feeds_and_sitemap_stay_well_formed(site: Built) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for feed in (site.output / "feeds/all.atom.xml", site.output / "evil/feed.atom.xml"):
        root = ET.parse(feed).getroot()
        titles = " ".join(e.find("a:title", ns).text or "" for e in root.findall("a:entry", ns))
        assert HOSTILE_STRINGS[0] in titles
    ET.parse(site.output / "sitemap.xml")


def test_hostile_website_and_department_folder_names(site: Built) -> None:
    departments = (site.output / "departments.html").read_text(encoding="utf-8")
    assert 'href="https://evil.example.gov.cn/?q=%3Cscript%3E"' in departments
