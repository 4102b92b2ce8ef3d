"""``gongshi check-site`` on a built site, and on copies of it broken on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_AS_OF, VALID_TREE, build_site, check_site

SCHEDULED = "departments/scjg/penalties/2025/cf-late.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The valid tree plus one scheduled (hidden) penalty, built as of the fixture date."""
    work = tmp_path_factory.mktemp("check")
    content = work / "content"
    shutil.copytree(VALID_TREE, content)
    source = (content / "departments/scjg/penalties/2025/cf-0002.yaml").read_text(encoding="utf-8")
    hidden = source.replace("上市监罚〔2025〕2号", "上市监罚〔2025〕77号").replace(
        "published_on: 2025-05-08", "published_on: 2025-06-20"
    )
    (content / SCHEDULED).write_text(hidden, encoding="utf-8")
    site = work / "site"
    build_site(content, site, f"--as-of={FIXTURE_AS_OF}")
    return content, site


check = check_site  # stale columns are flagged only where a test asks with --stale-days


@pytest.fixture
def copy(built: tuple[Path, Path], tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(built[1], site)
    return site


def test_a_fresh_build_passes(built: tuple[Path, Path]) -> None:
    content, site = built
    result = check(site, content)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("site check: 0 errors, 0 warnings")


def test_deleted_page(built: tuple[Path, Path], copy: Path) -> None:
    (copy / "scjg/penalties/2025/cf-0001.html").unlink()
    result = check(copy, built[0])
    assert result.returncode == 1
    assert "scjg/penalties/2025/cf-0001.html: 错误 记录页面不存在" in result.stdout
    assert "链接指向不存在的文件" in result.stdout  # the lists still link to it
    assert "站点地图中的页面不存在" in result.stdout


def test_broken_link(built: tuple[Path, Path], copy: Path) -> None:
    page = copy / "departments.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</main>", '<a href="scjg/nowhere.html">x</a></main>'),
        encoding="utf-8",
    )
    result = check(copy, built[0])
    assert result.returncode == 1
    assert "departments.html: 错误 链接指向不存在的文件：scjg/nowhere.html" in result.stdout


def test_edited_page(built: tuple[Path, Path], copy: Path) -> None:
    page = copy / "scjg/licenses/2025/jy-0001.html"
    page.write_text(page.read_text(encoding="utf-8").replace("准予", "驳回"), encoding="utf-8")
    assert "记录页面与构建时不一致" in check(copy, built[0]).stdout


def test_leaked_hidden_record(built: tuple[Path, Path], copy: Path) -> None:
    # the scheduled record's page, a feed entry pointing at it, and its 文号 in a list page
    shutil.copyfile(copy / "scjg/penalties/2025/cf-0002.html", copy / "scjg/penalties/2025/cf-late.html")
    feed = copy / "feeds/all.atom.xml"
    feed.write_text(
        feed.read_text(encoding="utf-8").replace(
            "</feed>", "<link href='/scjg/penalties/2025/cf-late.html'/></feed>"
        ),
        encoding="utf-8",
    )
    index = copy / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace("</main>", "<p>上市监罚〔2025〕77号</p></main>"),
        encoding="utf-8",
    )
    out = check(copy, built[0]).stdout
    assert "scjg/penalties/2025/cf-late.html: 错误 不应公开的记录（scheduled）有页面" in out
    assert (
        "feeds/all.atom.xml: 错误 出现了不应公开的记录（scheduled）：scjg/penalties/2025/cf-late.html" in out
    )
    assert "index.html: 错误 出现了不应公开记录的文号：上市监罚〔2025〕77号" in out


def test_stale_column_is_flagged(built: tuple[Path, Path]) -> None:
    content, site = built
    result = check(site, content, "--stale-days=10")
    assert result.returncode == 0
    assert "scjg/: 警告 栏目已 24 天没有新公示（上次 2025-05-08）" in result.stdout
    assert "jyj/: 警告 栏目没有任何公示记录" in result.stdout
    assert check(site, content, "--stale-days=10", "--strict").returncode == 1


def test_not_a_site(tmp_path: Path) -> None:
    assert check(tmp_path / "nothing", tmp_path).returncode == 2
    (tmp_path / "plain").mkdir()
    result = check(tmp_path / "plain", tmp_path)
    assert result.returncode == 1 and "manifest.json" in result.stdout
