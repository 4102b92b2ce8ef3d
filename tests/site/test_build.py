"""`gongshi build` on the test tree: pages, time rules, fields, determinism and failure handling."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from markupsafe import escape

from gongshi import lifecycle
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.model import Record

from .conftest import ROOT, Built, build, write_settings
from .tree import AS_OF, RESPONSIBLE, SCJG_RECORDS, make_tree

CONFIG = Config(as_of=date.fromisoformat(AS_OF))
MANIFEST = "manifest.json"


def records(site: Built) -> list[Record]:
    corpus = load_corpus(site.content, CONFIG)
    assert not corpus.errors, [p.format() for p in corpus.errors]
    return corpus.records


def by_state(site: Built, *states: str) -> list[Record]:
    return [r for r in records(site) if lifecycle.state(r.kind, r.data, CONFIG) in states]


def esc(text: object) -> str:
    """Text as the templates write it (Jinja's autoescape)."""
    return str(escape(str(text)))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def all_text(output: Path) -> dict[str, str]:
    """Every text file of the output, by path relative to it."""
    return {
        str(p.relative_to(output)): read(p)
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.suffix in (".html", ".xml", ".json")
    }


def lists_and_feeds(output: Path) -> dict[str, str]:
    """Every list page, feed, sitemap and search row file (not record pages)."""
    out = {}
    for rel, text in all_text(output).items():
        name = rel.rsplit("/", 1)[-1]
        if name in ("index.html", "sitemap.xml", "feed.atom.xml", "all.atom.xml", "departments.html") or (
            name.startswith("page-") or "/rows/" in f"/{rel}"
        ):
            out[rel] = text
    return out


def test_the_tree_has_every_state(site: Built) -> None:
    states = {r.identity: lifecycle.state(r.kind, r.data, CONFIG) for r in records(site)}
    for identity, (expected, _) in SCJG_RECORDS.items():
        assert states[f"scjg/{identity}"] == expected, identity


def test_every_public_record_has_its_page_with_document_number_and_uscc(site: Built) -> None:
    public = by_state(site, lifecycle.PUBLIC)
    assert len(public) >= 6
    for record in public:
        page = site.output / record.url
        text = read(page)
        assert esc(record.data["document_number"]) in text, record.identity
        if record.party.get("uscc"):
            assert record.party["uscc"] in text


@pytest.mark.parametrize("state", ["expired", "scheduled", "repaired", "not_shown"])
def test_hidden_records_appear_nowhere(site: Built, state: str) -> None:
    hidden = by_state(site, state)
    assert hidden
    texts = all_text(site.output)
    for record in hidden:
        assert not (site.output / record.url).exists(), record.identity
        needles = (record.url, esc(record.data["document_number"]), esc(record.party["name"]))
        for rel, text in texts.items():
            for needle in needles:
                assert needle not in text, f"{record.identity}: {needle!r} in {rel}"


def test_the_manifest_names_no_hidden_record(site: Built) -> None:
    manifest = site.output / MANIFEST
    text = read(manifest) if manifest.exists() else ""
    for record in by_state(site, "expired", "scheduled", "repaired", "not_shown"):
        assert record.identity not in text and record.url not in text


def test_withdrawn_records_show_only_the_notice(site: Built) -> None:
    withdrawn = by_state(site, lifecycle.WITHDRAWN)
    assert len(withdrawn) == 2
    listed = lists_and_feeds(site.output)
    for record in withdrawn:
        text = read(site.output / record.url)
        assert "撤回" in text and record.data["withdrawn"]["date"] in text
        assert esc(record.data["withdrawn"]["reason"]) in text
        for fact in ("document_number", "case_name", "violation_facts", "penalty_content"):
            assert esc(str(record.data[fact])) not in text, fact
        assert esc(record.party["name"]) not in text
        assert 'name="robots" content="noindex"' in text
        for rel, other in listed.items():
            assert record.url not in other and f"/{record.slug}.html" not in other, rel
            assert esc(record.data["document_number"]) not in other, rel


def test_record_page_fields(site: Built) -> None:
    licence = read(site.output / "scjg/licenses/2025/long-term.html")
    assert '<th scope="row">有效期至</th>\n      <td>长期</td>' in licence
    assert "当前状态：无效" in licence and "注销：经营者申请注销" in licence
    assert "更正记录" in licence and "更正许可内容中的错别字" in licence
    assert "（记录自带）" in licence and "《中华人民共和国食品安全法》第三十五条" not in licence
    assert "郑州市市场监督管理局" in licence  # an authority the record names
    assert "许可类别说明" in licence and "备案类许可" in licence
    order = [
        licence.index(f">{label}<")
        for label in ("行政相对人名称", "行政许可决定文书名称", "许可决定日期", "许可机关", "数据来源单位")
    ]
    assert order == sorted(order)
    penalty = read(site.output / "scjg/penalties/2025/decimals.html")
    assert "12,345.50 元" in penalty and "1,234,567.89 元" in penalty
    assert "410106********567X" not in penalty  # masked numbers stay off by default
    assert "救济渠道" in penalty and "六十日内申请行政复议" in penalty  # the department's remedy
    person = read(site.output / "scjg/penalties/2025/cf-0002.html")
    assert "410106********123X" not in person and "王某某" in person


def test_government_meta_tags_and_footer(site: Built) -> None:
    page = read(site.output / "scjg/penalties/2025/cf-0001.html")
    for name in ("SiteName", "SiteIDCode", "ColumnName", "ArticleTitle", "PubDate", "ContentSource"):
        assert f'<meta name="{name}" content="' in page, name
    assert '<meta name="SiteIDCode" content="4101060001">' in page
    assert '<meta name="PubDate" content="2025-04-03">' in page
    for label in ("主办单位", "地址", "邮编", "网站标识码", "ICP备案号", "公安备案号"):
        assert f"<li>{label}：" in page, label


def test_responsible_block_appears_nowhere(site: Built) -> None:
    for rel, text in all_text(site.output).items():
        for name in RESPONSIBLE.values():
            assert name not in text, rel


def test_columns_lists_and_pagination(site: Built) -> None:
    district = read(site.output / "index.html")
    assert 'id="licenses"' in district and 'id="penalties"' in district
    assert "区市场监管局" in district  # the department is named on each row
    assert 'href="scjg/penalties/2025/cf-0002.html"' in district
    dept = read(site.output / "scjg/index.html")
    assert 'href="penalties/2025/cf-0002.html"' in dept and "../" not in dept.split("<main", 1)[1]
    assert (site.output / "scjg/penalties/2025/page-2.html").exists()  # 2 per page in the test settings
    page2 = read(site.output / "scjg/penalties/2025/page-2.html")
    assert 'rel="prev"' in page2 and 'aria-current="page"' in page2
    first = read(site.output / "scjg/penalties/2025/index.html")
    dates = [
        line.split(">")[1].split("<")[0] for line in first.splitlines() if 'data-label="决定日期"' in line
    ]
    assert dates == sorted(dates, reverse=True) and len(dates) == 2
    assert (site.output / "penalties/2025/index.html").exists() and (
        site.output / "departments.html"
    ).exists()
    assert (site.output / "scjg/catalog.html").exists() and "XK-SCJG-001" in read(
        site.output / "scjg/catalog.html"
    )


def test_department_columns_are_self_contained(site: Built) -> None:
    for page in (site.output / "scjg").rglob("*.html"):
        text = read(page)
        for attr in ("href", "src", "action"):
            for value in text.split(f'{attr}="')[1:]:
                link = value.split('"', 1)[0]
                if link.startswith(("http://", "https://", "#")):
                    continue
                target = (page.parent / link.split("#", 1)[0].split("?", 1)[0]).resolve()
                assert target.is_relative_to((site.output / "scjg").resolve()), f"{page}: {link}"
                theme_file = ROOT / "theme" / link.split("static/", 1)[-1] if "static/js/" in link else None
                if theme_file and not (ROOT / "theme/static" / link.split("static/", 1)[-1]).exists():
                    continue  # a search script its author has not written yet
                assert target.exists(), f"{page}: {link}"
    assert (site.output / "scjg/static/css/gongshi.css").exists()


def test_feeds_and_sitemap(site: Built) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom", "s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    feed = ET.parse(site.output / "feeds/all.atom.xml").getroot()
    assert feed.find("a:updated", ns).text == f"{AS_OF}T00:00:00+08:00"
    links = {e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)}
    public = {f"../{r.url}" for r in by_state(site, lifecycle.PUBLIC)}
    assert links == public
    dept_feed = ET.parse(site.output / "scjg/feed.atom.xml").getroot()
    assert all(
        not e.find("a:link", ns).get("href").startswith("../") for e in dept_feed.findall("a:entry", ns)
    )
    sitemap = ET.parse(site.output / "sitemap.xml").getroot()
    locs = {u.find("s:loc", ns).text for u in sitemap.findall("s:url", ns)}
    assert {r.url for r in by_state(site, lifecycle.PUBLIC)} <= locs
    assert not {r.url for r in by_state(site, lifecycle.WITHDRAWN)} & locs
    assert "pages/about.html" in locs and "search.html" not in locs


def test_search_index_holds_public_records_only(site: Built) -> None:
    rows = [row for p in sorted((site.output / "search/rows").glob("*.json")) for row in json.loads(read(p))]
    urls = {row[0] for row in rows}
    assert urls == {r.url for r in by_state(site, lifecycle.PUBLIC)}
    dept_rows = [
        row for p in (site.output / "scjg/search/rows").glob("*.json") for row in json.loads(read(p))
    ]
    assert {row[0] for row in dept_rows} == {
        r.url.removeprefix("scjg/") for r in by_state(site, lifecycle.PUBLIC) if r.dept == "scjg"
    }
    search = read(site.output / "search.html")
    for needle in (
        'id="search-form"',
        'data-index="search/"',
        'id="q" name="q"',
        'id="kind"',
        'id="dept"',
        'id="year"',
    ):
        assert needle in search
    assert 'id="search-status"' in search and 'id="search-results"' in search and "<noscript>" in search
    for script in ("tokenizer.js", "client.js", "ui.js"):
        assert f'src="static/js/search/{script}"' in search
    dept_search = read(site.output / "scjg/search.html")
    assert 'data-index="search/"' in dept_search and 'id="dept"' not in dept_search


def test_markdown_pages_use_the_theme_and_are_sanitised(site: Built) -> None:
    page = read(site.output / "pages/about.html")
    assert '<html lang="zh-CN">' in page and "关于本栏目" in page and "本栏目依法公示" in page
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script>alert" not in main and "javascript:" not in main
    assert 'href="../pages/about.html"' not in page and 'href="pages/about.html"' in read(
        site.output / "index.html"
    )


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_content_and_date_give_identical_bytes(site: Built, tmp_path: Path) -> None:
    again = build(site.content, tmp_path / "again", site.settings)
    assert again.returncode == 0, again.stderr
    assert tree_bytes(tmp_path / "again") == tree_bytes(site.output)
    # rebuilding in place writes nothing new
    before = tree_bytes(tmp_path / "again")
    third = build(site.content, tmp_path / "again", site.settings)
    assert third.returncode == 0 and "写入 0 个文件" in third.stderr, third.stderr
    assert tree_bytes(tmp_path / "again") == before


def test_a_failed_build_leaves_the_previous_output_as_it_was(tmp_path: Path) -> None:
    content = make_tree(tmp_path / "content")
    settings = write_settings(tmp_path)
    output = tmp_path / "output"
    assert build(content, output, settings).returncode == 0
    before = tree_bytes(output)
    bad = content / "departments/scjg/penalties/2025/bad.yaml"
    bad.write_text((content / "departments/scjg/penalties/2025/cf-0001.yaml").read_text(encoding="utf-8"))
    failed = build(content, output, settings)
    assert failed.returncode == 1
    assert "错误" in failed.stderr and "bad.yaml" in failed.stderr and "document_number" in failed.stderr
    assert tree_bytes(output) == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("__pycache__", ".gongshi-cache"))
    assert left == ["content", "output", "testconf.py"]


def test_warnings_are_printed_and_the_build_goes_on(site: Built) -> None:
    assert "gongshi: " in site.stderr and "scheduled.yaml" in site.stderr and "警告" in site.stderr


def test_one_department_alone_is_its_folder_of_the_full_site(site: Built, tmp_path: Path) -> None:
    done = build(site.content, tmp_path / "out-scjg", site.settings, "--department", "scjg")
    assert done.returncode == 0, done.stderr
    alone = tree_bytes(tmp_path / "out-scjg")
    alone.pop("manifest.json", None)  # the build's own record of what it published, not a page
    assert alone == tree_bytes(site.output / "scjg")
    missing = build(site.content, tmp_path / "out-x", site.settings, "--department", "nope")
    assert missing.returncode == 2 and not (tmp_path / "out-x").exists()
