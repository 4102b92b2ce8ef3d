"""数据下载 in every column and the optional public compliance report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_AS_OF, ROOT, VALID_TREE, build_site


@pytest.fixture(scope="module")
def with_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("report")
    settings = work / "conf.py"
    settings.write_text(
        (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
        + f"\nGONGSHI_PUBLISH_REPORT = True\nTHEME = {str(ROOT / 'theme')!r}\n",
        encoding="utf-8",
    )
    out = work / "site"
    build_site(VALID_TREE, out, f"--as-of={FIXTURE_AS_OF}", "--settings", str(settings))
    return out


def test_every_column_links_its_downloads(demo_site: Path) -> None:
    for column in (demo_site, demo_site / "scjg"):
        index = (column / "index.html").read_text(encoding="utf-8")
        assert "数据下载" in index
        for name in (
            "licenses.csv",
            "licenses.xlsx",
            "licenses.json",
            "penalties.csv",
            "penalties.xlsx",
            "penalties.json",
        ):
            assert f'data/{name}"' in index
            assert (column / "data" / name).is_file()
        assert (column / "data/penalties.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    district = json.loads((demo_site / "data/penalties.json").read_text(encoding="utf-8"))
    department = json.loads((demo_site / "scjg/data/penalties.json").read_text(encoding="utf-8"))
    assert {r["department"] for r in department} == {
        d["department"] for d in district if d["url"].startswith("scjg/")
    }
    assert len(department) < len(district)


def test_report_page_only_when_the_setting_is_on(demo_site: Path, with_report: Path) -> None:
    assert not (demo_site / "report.html").exists()
    page = (with_report / "report.html").read_text(encoding="utf-8")
    assert "各部门公示情况" in page and "郑州市上街区市场监督管理局" in page and "全区合计" in page
    assert "王某某" not in page and "李某某" not in page  # the responsible block stays internal
    assert 'href="report.html"' in (with_report / "index.html").read_text(encoding="utf-8")
